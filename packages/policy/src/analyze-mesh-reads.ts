import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listMeshReads, type MeshRead, type ModuleAst } from './list-mesh-reads.js';
import { ENTRYPOINTS } from './render-entrypoints.js';
import { runOpa } from './run-opa.js';

/** What each entry point's rules may read of `data.mesh`. */
export interface BundleMeshReads {
  /** The product entry points (`product`, `products`): what a product's results depend on besides its input. */
  product: MeshRead[];
  /** The mesh entry point. */
  mesh: MeshRead[];
}

/** Reads everything: what a bundle whose rules could not be analysed depends on. */
export const READS_EVERYTHING: BundleMeshReads = { product: [{ path: [] }], mesh: [{ path: [] }] };

/**
 * Parses the bundle's modules (repository path → Rego text, the generated entry module included) with the real OPA,
 * `rego.parse_module` in one `opa eval`, and lists what each entry point's rules may read of `data.mesh` (see
 * {@link listMeshReads}). When OPA cannot parse them this way, the bundle is taken to read everything: its results are
 * then remembered only for an unchanged mesh, as before the analysis.
 */
export function analyzeMeshReads(work: string, modules: ReadonlyArray<readonly [string, string]>): BundleMeshReads {
  const file = join(work, 'modules.json');
  writeFileSync(file, JSON.stringify({ modules: Object.fromEntries(modules) }));
  const r = runOpa(['eval', '--format', 'json', '--input', file, '[rego.parse_module(p, t) | some p, t in input.modules]'], { cwd: work });
  if (r.status !== 0) return READS_EVERYTHING;
  try {
    const asts = (JSON.parse(r.stdout) as { result?: { expressions?: { value?: unknown }[] }[] }).result?.[0]?.expressions?.[0]?.value;
    if (!Array.isArray(asts) || asts.length !== modules.length) return READS_EVERYTHING;
    const [product, products, mesh] = ENTRYPOINTS.map((e) => e.split('/'));
    return {
      product: listMeshReads(asts as ModuleAst[], [product as string[], products as string[]]),
      mesh: listMeshReads(asts as ModuleAst[], [mesh as string[]]),
    };
  } catch {
    return READS_EVERYTHING;
  }
}
