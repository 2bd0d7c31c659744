import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { compilePolicyBundle, findOpa, renderEntrypoints } from '@meshplane/policy';
import { readPolicyFiles } from '@meshplane/source';
import { REPO_ROOT } from '@meshplane/testkit';
import { lastLine, notRun, type BenchMesh, type PolicyWork } from './bench-ours.js';
import { measureProcess, summarizeRuns } from './measure-process.js';
import type { BenchRow } from './render-bench-table.js';

const CONFTEST = join(REPO_ROOT, '.tools/bin/conftest');
const CONFTEST_POLICY = join(REPO_ROOT, 'bench/conftest');
const CONFTEST_MEASURE = 'conftest test, same manifests (15 equivalent rules, bench/conftest)';

/** Installs the pinned conftest (scripts/setup-conftest.mjs); returns why it cannot run, or undefined when it can. */
export function setUpConftest(): string | undefined {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/setup-conftest.mjs')], { encoding: 'utf8', timeout: 900_000 });
  if (r.status === 0) return undefined;
  return `setup failed: ${lastLine(r.stderr || r.stdout || String(r.error))}`;
}

/** The product manifests of a generated repository, relative to it. */
export function listManifests(dir: string): string[] {
  return (readdirSync(join(dir, 'catalog'), { recursive: true }) as string[]).filter((p) => p.endsWith('product.yaml')).map((p) => `catalog/${p}`);
}

/** Proves the conftest policy can fail: a generated product without locality and retention must be denied. */
export function checkConftestFails(mesh: BenchMesh, manifest: string): string | undefined {
  const doc = parse(readFileSync(join(mesh.dir, manifest), 'utf8')) as { spec: { policies?: object; outputPorts: { retention?: string }[] } };
  delete doc.spec.policies;
  delete doc.spec.outputPorts[0]?.retention;
  const broken = join(mesh.dir, '..', 'broken-product.yaml');
  writeFileSync(broken, stringify(doc));
  const r = spawnSync(CONFTEST, ['test', '--no-color', '--policy', CONFTEST_POLICY, broken], { encoding: 'utf8' });
  return r.status === 1 && /[1-9]\d* failures/.test(r.stdout)
    ? undefined
    : `the conftest policy did not deny a broken product (exit ${r.status}): ${lastLine(r.stdout + r.stderr)}`;
}

/** conftest on every product manifest, one process per run; every generated product must pass. */
export function benchConftest(mesh: BenchMesh, cannotRun: string | undefined): BenchRow {
  const why = cannotRun ?? mesh.overBudget();
  if (why) return notRun(CONFTEST_MEASURE, mesh, why);
  const files = listManifests(mesh.dir);
  const runs = Array.from({ length: mesh.runs }, () =>
    measureProcess(CONFTEST, ['test', '--no-color', '--policy', CONFTEST_POLICY, ...files], { cwd: mesh.dir }),
  );
  const failed = runs.find((r) => r.status !== 0);
  if (failed)
    return {
      measure: CONFTEST_MEASURE,
      products: mesh.products,
      result: { notRun: `exit ${failed.status}: ${lastLine(failed.stdout + failed.stderr)}` },
      notes: '',
    };
  return { measure: CONFTEST_MEASURE, products: mesh.products, result: summarizeRuns(runs), notes: lastLine(runs[0]?.stdout ?? '') };
}

/** A folder with our policies, their generated entry points, the mesh data and every product's input, for `opa eval`. */
export function prepareOpaWork(mesh: BenchMesh, work: PolicyWork): string {
  const dir = join(mesh.dir, '..', 'opa-eval');
  mkdirSync(dir, { recursive: true });
  cpSync(join(mesh.dir, 'policies'), join(dir, 'policies'), { recursive: true });
  const bundle = compilePolicyBundle(readPolicyFiles(mesh.dir) as Map<string, string>, { cacheDir: join(mesh.dir, '..', 'bench-policy-cache') });
  writeFileSync(join(dir, 'policies/lib/entry.rego'), renderEntrypoints(bundle.rules));
  writeFileSync(join(dir, 'mesh.json'), JSON.stringify({ mesh: work.data }));
  writeFileSync(join(dir, 'inputs.json'), JSON.stringify({ bench: { inputs: work.inputs.map((i) => i.input) } }));
  writeFileSync(join(dir, 'one-input.json'), JSON.stringify(work.inputs[0]?.input ?? {}));
  return dir;
}

const POLICY_DIRS = ['-d', 'policies/lib', '-d', 'policies/global', '-d', 'policies/domains', '-d', 'mesh.json'];
const ALL_QUERY = 'r := [n | some x in data.bench.inputs; n := count(data.meshplane.entry.product) with input as x]; evaluated := count(r); findings := sum(r)';

/** `opa eval` (the Rego interpreter), one process evaluating every product's input in turn. */
export function benchOpaEvalAll(mesh: BenchMesh, dir: string): BenchRow {
  const measure = 'opa eval, one process, every product as input';
  const late = mesh.overBudget();
  if (late) return notRun(measure, mesh, late);
  const runs = Array.from({ length: mesh.runs }, () =>
    measureProcess(findOpa().path, ['eval', '--format', 'json', ...POLICY_DIRS, '-d', 'inputs.json', ALL_QUERY], { cwd: dir }),
  );
  const failed = runs.find((r) => r.status !== 0);
  if (failed) return { measure, products: mesh.products, result: { notRun: `exit ${failed.status}: ${lastLine(failed.stderr)}` }, notes: '' };
  const out = JSON.parse(runs[0]?.stdout ?? '{}') as { result?: { bindings: { evaluated: number; findings: number } }[] };
  const b = out.result?.[0]?.bindings;
  if (b?.evaluated !== mesh.products)
    return { measure, products: mesh.products, result: { notRun: `evaluated ${b?.evaluated} of ${mesh.products} products` }, notes: '' };
  const s = summarizeRuns(runs);
  return { measure, products: mesh.products, result: s, notes: `${((mesh.products / s.median) * 1000).toFixed(0)} products/s; ${b.findings} findings` };
}

/**
 * `opa eval` as a CI script would call it per product: one process per product, loading the policies and the mesh
 * data each time. Measured on a sample of products and extrapolated (running it for every product would take hours).
 */
export function benchOpaEvalPerProduct(mesh: BenchMesh, dir: string, sample: number): BenchRow {
  const measure = 'opa eval, one process per product (sampled, extrapolated)';
  const late = mesh.overBudget();
  if (late) return notRun(measure, mesh, late);
  const runs = Array.from({ length: sample }, () =>
    measureProcess(findOpa().path, ['eval', '--format', 'json', ...POLICY_DIRS, '--input', 'one-input.json', 'data.meshplane.entry.product'], { cwd: dir }),
  );
  const failed = runs.find((r) => r.status !== 0);
  if (failed) return { measure, products: mesh.products, result: { notRun: `exit ${failed.status}: ${lastLine(failed.stderr)}` }, notes: '' };
  const per = summarizeRuns(runs);
  const scale = (ms: number): number => ms * mesh.products;
  return {
    measure,
    products: mesh.products,
    result: {
      runs: per.runs,
      median: scale(per.median),
      min: scale(per.min),
      max: scale(per.max),
      ...(per.peakRssMiB !== undefined ? { peakRssMiB: per.peakRssMiB } : {}),
    },
    notes: `${per.median.toFixed(0)} ms per process (median of ${sample}) × ${mesh.products} products`,
  };
}
