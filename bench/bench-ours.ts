import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildPolicyData, buildPolicyInputs, checkCatalog, type PolicyMeshData, type ProductPolicyInput } from '@meshplane/core';
import { compilePolicyBundle, evaluatePolicyBundle, loadPolicyEvaluator, type CompiledBundle } from '@meshplane/policy';
import { loadRepository, openParseIndex, readPolicyFiles } from '@meshplane/source';
import { REPO_ROOT } from '@meshplane/testkit';
import { measureProcess, summarizeRuns } from './measure-process.js';
import type { BenchRow } from './render-bench-table.js';

/** Where the bench packs the installed package (`npm run pack`) whose `mesh` it runs. */
const PACK_DIR = join(REPO_ROOT, '.meshplane/bench-pack');

/**
 * The `mesh` the rows run: by default the CLI as the installed package carries it (one esbuild bundle, what an
 * organisation's catalog repository runs after `npm install meshplane`), run in place so its external dependencies
 * resolve from this checkout's node_modules. `BENCH_CLI=workspace` runs the workspace's own build instead
 * (packages/cli/dist/main.js: about 400 modules of ours loaded one by one at start).
 */
export const CLI = process.env.BENCH_CLI === 'workspace' ? join(REPO_ROOT, 'packages/cli/dist/main.js') : join(PACK_DIR, 'meshplane/dist/mesh.js');

/** Packs the installed package the rows run (unless `BENCH_CLI=workspace`); a few seconds, before any measure. */
export async function prepareCli(): Promise<string> {
  if (process.env.BENCH_CLI === 'workspace') return 'the workspace build (packages/cli/dist/main.js, BENCH_CLI=workspace)';
  const { packMesh } = (await import(pathToFileURL(join(REPO_ROOT, 'scripts/pack-mesh.mjs')).href)) as { packMesh: (dir: string) => Promise<string> };
  await packMesh(PACK_DIR);
  return 'the installed package (npm run pack: the bundled CLI, run in place)';
}

/** A generated repository and what every measure at this size shares. */
export interface BenchMesh {
  dir: string;
  products: number;
  today: string;
  runs: number;
  /** Why measures are skipped from now on (the bench's time budget is spent), or undefined to go on. */
  overBudget: () => string | undefined;
}

/** The row of a measure that was not run, and why. */
export function notRun(measure: string, mesh: BenchMesh, why: string): BenchRow {
  return { measure, products: mesh.products, result: { notRun: why }, notes: '' };
}

/** Writes the mesh with the real `mesh demo generate` (one run: it is set-up, shown for information). */
export function generateBenchMesh(mesh: BenchMesh): BenchRow {
  const r = measureProcess(process.execPath, [
    CLI,
    'demo',
    'generate',
    '--products',
    String(mesh.products),
    '--seed',
    '1',
    '--out',
    mesh.dir,
    '--today',
    mesh.today,
  ]);
  if (r.status !== 0) throw new Error(`mesh demo generate failed: ${r.stderr}`);
  return { measure: 'mesh demo generate (catalog + 30 days of observations)', products: mesh.products, result: summarizeRuns([r]), notes: 'set-up' };
}

/** Drops the parse index and remembered policy results (not the compiled bundle): the next check starts cold. */
export function dropCheckCaches(dir: string): void {
  rmSync(join(dir, '.meshplane/cache/index'), { recursive: true, force: true });
  rmSync(join(dir, '.meshplane/cache/policy-results'), { recursive: true, force: true });
  rmSync(join(dir, '.meshplane/cache/reports'), { recursive: true, force: true });
  rmSync(join(dir, '.meshplane/cache/bases'), { recursive: true, force: true });
  rmSync(join(dir, '.meshplane/cache/tables'), { recursive: true, force: true });
}

/** Our full check as users run it: a cold `mesh check` process (schema + graph + policies through wasm). */
export function benchMeshCheck(mesh: BenchMesh): BenchRow {
  const measure = 'mesh check, whole process (schema + graph + policies)';
  const late = mesh.overBudget();
  if (late) return notRun(measure, mesh, late);
  // Cold each time (no parse index, no remembered policy results or report) as conftest is: the re-run rows show the caches.
  const runs = Array.from({ length: mesh.runs }, () => {
    dropCheckCaches(mesh.dir);
    return measureProcess(process.execPath, [CLI, 'check', mesh.dir, '--today', mesh.today]);
  });
  const failed = runs.find((r) => r.status !== 0);
  if (failed) return { measure, products: mesh.products, result: { notRun: `exit ${failed.status}: ${lastLine(failed.stdout + failed.stderr)}` }, notes: '' };
  return { measure, products: mesh.products, result: summarizeRuns(runs), notes: `${lastLine(runs[0]?.stdout ?? '')}; first run compiles the policies` };
}

/** What the policy peers need: the policy data and every product's input, as our pipeline builds them. */
export interface PolicyWork {
  data: PolicyMeshData;
  inputs: { productId: string; input: ProductPolicyInput }[];
}

/**
 * The parts of a check, in this process, one run each, as `mesh check` runs them on a first check: reading and parsing
 * the manifests through a new parse index (files parsed on worker threads), schema and graph checks, and evaluating
 * the policies through wasm. Then the policy throughput: every product evaluated `mesh.runs` times with the bundle
 * loaded, counted both per product (all of its rules) and per rule and product (as conftest counts its tests).
 * Returns the rows and the inputs the OPA peer evaluates.
 */
export async function benchInProcess(mesh: BenchMesh): Promise<{ rows: BenchRow[]; work: PolicyWork }> {
  const time = <T>(f: () => T): [T, number] => {
    const t = performance.now();
    return [f(), performance.now() - t];
  };
  const indexDir = join(mesh.dir, '..', 'bench-parse-index');
  rmSync(indexDir, { recursive: true, force: true });
  const index = openParseIndex(indexDir);
  const [loaded, loadMs] = time(() => loadRepository(mesh.dir, {}, index.reader()));
  rmSync(indexDir, { recursive: true, force: true });
  const [checked, checkMs] = time(() => checkCatalog(loaded, { root: mesh.dir, toolVersion: 'bench' }));
  const bundle = compilePolicyBundle(readPolicyFiles(mesh.dir) as Map<string, string>, { cacheDir: join(mesh.dir, '..', 'bench-policy-cache') });
  const data = buildPolicyData(checked.index, checked.graph);
  const inputs = buildPolicyInputs(checked.graph, { today: mesh.today });
  const t0 = performance.now();
  const evaluation = await evaluatePolicyBundle(bundle, data, inputs, mesh.today);
  const evalMs = performance.now() - t0;
  const one = (ms: number): BenchRow['result'] => summarizeRuns([{ ms }]);
  const rows: BenchRow[] = [
    {
      measure: `  of which: read + parse manifests (yaml without positions, ${Math.min(availableParallelism(), 4)} worker threads)`,
      products: mesh.products,
      result: one(loadMs),
      notes: `in process; ${(loadMs / mesh.products).toFixed(2)} ms per product; ${index.stats.misses} files parsed`,
    },
    {
      measure: '  of which: schema + graph checks',
      products: mesh.products,
      result: one(checkMs),
      notes: `in process; ${checked.report.stats.edges} lineage edges`,
    },
    {
      measure: '  of which: policy evaluation through wasm (load the bundle and data.mesh, evaluate)',
      products: mesh.products,
      result: one(evalMs),
      notes: `in process; ${((inputs.length / evalMs) * 1000).toFixed(0)} products/s, ${evaluation.errors.length} evaluation errors`,
    },
    await measurePolicyThroughput(mesh, bundle, data, inputs),
  ];
  return { rows, work: { data, inputs } };
}

/** Policy evaluations per second through wasm on one thread: the bundle and `data.mesh` loaded, only evaluation timed. */
async function measurePolicyThroughput(
  mesh: BenchMesh,
  bundle: CompiledBundle,
  data: PolicyMeshData,
  inputs: { productId: string; input: ProductPolicyInput }[],
): Promise<BenchRow> {
  const evaluator = await loadPolicyEvaluator(bundle, data);
  const runs = Array.from({ length: mesh.runs }, () => {
    const t = performance.now();
    const r = evaluator.evaluateProducts(inputs);
    if (r.errors.length > 0) throw new Error(`policy evaluation failed: ${r.errors[0]?.message}`);
    return { ms: performance.now() - t };
  });
  const s = summarizeRuns(runs);
  // Rules that apply to each product: every product-level global rule, and the domain rules of its own domain.
  const applied = inputs.reduce((n, { input }) => {
    const domain = (input.product as { metadata?: { domain?: string } }).metadata?.domain;
    return n + bundle.rules.filter((r) => !r.meshWide && (r.scope !== 'domain' || r.domain === domain)).length;
  }, 0);
  const perSecond = (count: number): string => Math.round((count / s.median) * 1000).toLocaleString('en-US');
  return {
    measure: 'policy evaluations per second through wasm, one thread (bundle loaded)',
    products: mesh.products,
    result: s,
    notes: `${perSecond(inputs.length)} products/s (all their rules); ${perSecond(applied)} rule evaluations/s (${applied.toLocaleString('en-US')} rule × product pairs, as conftest counts tests)`,
  };
}

export function lastLine(text: string): string {
  return text.trim().split('\n').at(-1)?.trim() ?? '';
}
