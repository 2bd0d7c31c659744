/**
 * `npm run bench`: measures Meshplane on this machine and prints one table. Cold whole-process `mesh check` on the
 * example mesh; policy compile time with an empty cache; policy evaluations per second through wasm on a generated
 * mesh of 10 000 products; `opa eval` (the OPA interpreter) over the same inputs, for comparison; and provisioning
 * (apply and re-plan, DuckDB and PostgreSQL, example mesh and 1 000 generated products).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPolicyData, buildPolicyInputs, checkCatalog } from '@meshplane/core';
import { compilePolicyBundle, evaluatePolicyBundle, renderEntrypoints, runOpa } from '@meshplane/policy';
import { loadRepository, readPolicyFiles } from '@meshplane/source';
import { generateMesh, makeTempRepo, REPO_ROOT } from '@meshplane/testkit';
import { measureProvisioning } from './measure-provisioning.js';

const rows: [string, string, string][] = [];
const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const cli = join(REPO_ROOT, 'packages/cli/dist/main.js');

// 1. Cold `mesh check` of the example mesh, as a whole process (policy bundle cached, as after the first run).
spawnSync(process.execPath, [cli, 'check', REPO_ROOT], { encoding: 'utf8' });
const runs = Array.from({ length: 5 }, () => time(() => spawnSync(process.execPath, [cli, 'check', REPO_ROOT], { encoding: 'utf8' }))[1]);
rows.push(['mesh check, example mesh (36 products), whole process', `${median(runs).toFixed(0)} ms`, 'median of 5, bundle cached']);

// 2. Policy compile with an empty cache.
const files = readPolicyFiles(REPO_ROOT) as Map<string, string>;
const cache = mkdtempSync(join(tmpdir(), 'meshplane-bench-'));
const [bundle, compileMs] = time(() => compilePolicyBundle(files, { cacheDir: cache }));
rows.push([
  `policy compile, cold (${bundle.rules.length} rules, opa build -t wasm)`,
  `${compileMs.toFixed(0)} ms`,
  `${(bundle.wasm.byteLength / 1024).toFixed(0)} KiB wasm`,
]);

// 3. Evaluations per second through wasm on 10 000 generated products.
const repo = makeTempRepo(Object.fromEntries(generateMesh({ products: 10_000, seed: 1 })));
const [loaded, loadMs] = time(() => loadRepository(repo.dir));
const [checked, checkMs] = time(() => checkCatalog(loaded, { root: repo.dir, toolVersion: 'bench' }));
rows.push(['read + parse 10 000 manifests (yaml with positions)', `${loadMs.toFixed(0)} ms`, `${(loadMs / 10_000).toFixed(2)} ms per file`]);
rows.push(['schema + graph check, 10 000 products', `${checkMs.toFixed(0)} ms`, `${checked.report.stats.edges} lineage edges`]);
const now = '2026-11-22';
const data = buildPolicyData(checked.index, checked.graph);
const inputs = buildPolicyInputs(checked.graph, { today: now });
const t0 = performance.now();
const evaluation = await evaluatePolicyBundle(bundle, data, inputs, now);
const evalMs = performance.now() - t0;
rows.push([
  'policy evaluation through wasm, 10 000 products',
  `${((inputs.length / evalMs) * 1000).toFixed(0)} products/s`,
  `${evalMs.toFixed(0)} ms total, ${evaluation.errors.length} errors`,
]);

// 4. The same evaluation with the OPA interpreter (`opa eval`, one process), for comparison.
const work = mkdtempSync(join(tmpdir(), 'meshplane-bench-eval-'));
writeFileSync(join(work, 'data.json'), JSON.stringify({ mesh: data, bench: { inputs: Object.fromEntries(inputs.map((i) => [i.productId, i.input])) } }));
cpSync(join(REPO_ROOT, 'policies'), join(work, 'policies'), { recursive: true });
writeFileSync(join(work, 'policies/lib/entry.rego'), renderEntrypoints(bundle.rules));
const query = 'count([1 | some _, x in data.bench.inputs; some _ in data.meshplane.entry.product with input as x])';
const [opaRun, opaMs] = time(() =>
  runOpa(['eval', '--format', 'json', '-d', 'policies/lib', '-d', 'policies/global', '-d', 'policies/domains', '-d', 'data.json', query], {
    cwd: work,
    timeoutMs: 600_000,
  }),
);
rows.push([
  'opa eval (interpreter), same 10 000 inputs, one process',
  opaRun.status === 0 ? `${((inputs.length / opaMs) * 1000).toFixed(0)} products/s` : 'failed',
  `${opaMs.toFixed(0)} ms incl. loading`,
]);

rmSync(cache, { recursive: true, force: true });
rmSync(work, { recursive: true, force: true });
repo.remove();

// 5. Provisioning: apply and re-plan on DuckDB and on a real PostgreSQL server.
rows.push(...(await measureProvisioning()));

const machine = `${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const width = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length))];
console.log(`Meshplane bench — ${machine}\n`);
console.log(`${'measure'.padEnd(width[0] ?? 0)}  ${'result'.padEnd(width[1] ?? 0)}  notes`);
for (const [a, b, c] of rows) console.log(`${a.padEnd(width[0] ?? 0)}  ${b.padEnd(width[1] ?? 0)}  ${c}`);
const md = [
  '# Benchmarks',
  '',
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}. Numbers vary with the machine's disk and load; compare runs on one machine.`,
  '',
  '| measure | result | notes |',
  '|---|---|---|',
  ...rows.map(([a, b, c]) => `| ${a} | ${b} | ${c} |`),
  '',
];
writeFileSync(join(REPO_ROOT, 'docs/benchmarks.md'), md.join('\n'));
