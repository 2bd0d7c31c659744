import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { PolicyEvaluation, PolicyMeshData, PolicyResult, ProductPolicyInput } from '@meshplane/core';
import type { CompiledBundle } from './compile-policy-bundle.js';
import { evaluatePolicyBundle } from './evaluate-policy-bundle.js';
import { projectMeshData } from './project-mesh-data.js';
import type { MeshRead } from './list-mesh-reads.js';

/**
 * {@link evaluatePolicyBundle} with its results remembered under `cacheDir`. A product's results depend only on the
 * bundle, its input and the parts of the mesh data (`data.mesh`) its rules may read, which the bundle's compilation
 * lists by analysing the rules ({@link CompiledBundle.meshReads}); they are kept by the hash of the three. So a re-run
 * over an unchanged catalog (`mesh apply` after `mesh check`) evaluates nothing, and a change to what no product rule
 * reads (a version bump, a description) evaluates only the products whose own input changed; a change to what they
 * read (a product's lifecycle, a team) evaluates every product again. The mesh-wide rules are kept the same way. Failed
 * evaluations are never kept, so they fail every run (fail closed). When every result is known the bundle is not even
 * loaded. `identify` names a parsed value by the file it came from (see `identifyParsedValue` in @meshplane/source),
 * so a known product is looked up without serializing it.
 */
export async function evaluatePolicyBundleCached(
  bundle: CompiledBundle,
  mesh: PolicyMeshData,
  inputs: ReadonlyArray<{ productId: string; input: ProductPolicyInput }>,
  now: string,
  cacheDir: string,
  { identify = () => undefined }: { identify?: (value: unknown) => string | undefined } = {},
): Promise<PolicyEvaluation> {
  const hashReads = (reads: readonly MeshRead[]): string =>
    createHash('sha256')
      .update(bundle.digest)
      .update('\0')
      .update(JSON.stringify(projectMeshData(mesh, reads)))
      .digest('hex');
  const file = join(cacheDir, `${hashReads(bundle.meshReads.product).slice(0, 40)}.v8`);
  const known = readStore(file);
  // A product (and its previous version) named by `identify` (the file it was parsed from) is keyed by that name, not
  // serialized: at 10 000 products that is most of the cost of a check whose results are all known.
  const keyOf = ({ product, previous, ...rest }: ProductPolicyInput): string => {
    const productId = identify(product);
    const previousId = identify(previous);
    const parts = [productId ?? null, productId ? null : product, previousId ?? null, previousId ? null : previous, rest];
    return createHash('sha256').update(JSON.stringify(parts)).digest('base64');
  };
  const meshKey = `mesh ${now} ${hashReads(bundle.meshReads.mesh)}`;
  const keyed = inputs.map((x) => ({ ...x, key: keyOf(x.input) }));
  const missing = keyed.filter((x) => !known.has(x.key));
  const products = new Map<string, PolicyResult[]>();
  const errors: PolicyEvaluation['errors'] = [];
  let meshResults = known.get(meshKey);
  if (missing.length > 0 || !meshResults) {
    const fresh = await evaluatePolicyBundle(bundle, mesh, missing, now);
    errors.push(...fresh.errors);
    for (const x of missing) {
      const r = fresh.products.get(x.productId);
      if (r) known.set(x.key, r);
    }
    if (!fresh.errors.some((e) => e.productId === undefined)) known.set(meshKey, fresh.mesh);
    meshResults = fresh.mesh;
    // Kept: this run's entries, then as many earlier ones, so the store follows the catalog instead of growing, and a
    // pull request's check (inputs carry the change) and a plain check of the same catalog do not evict each other.
    const kept = new Map<string, PolicyResult[]>();
    for (const k of [...keyed.map((x) => x.key), meshKey]) {
      const r = known.get(k);
      if (r) kept.set(k, r);
    }
    const limit = 2 * kept.size;
    for (const [k, r] of known) {
      if (kept.size >= limit) break;
      if (!kept.has(k)) kept.set(k, r);
    }
    writeStore(file, kept);
  }
  for (const x of keyed) {
    const r = known.get(x.key);
    if (r) products.set(x.productId, r);
  }
  return { digest: bundle.digest, rules: bundle.rules, products, mesh: meshResults, errors };
}

function readStore(file: string): Map<string, PolicyResult[]> {
  try {
    return deserialize(readFileSync(file)) as Map<string, PolicyResult[]>;
  } catch {
    return new Map();
  }
}

function writeStore(file: string, entries: Map<string, PolicyResult[]>): void {
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, serialize(entries));
    renameSync(tmp, file);
  } catch {
    // Unwritable: the next run evaluates again.
  }
}
