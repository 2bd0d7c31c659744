/**
 * Provisioning timings for the bench: for the example mesh and a generated 1 000-product mesh, on DuckDB (a file on
 * disk), on a real PostgreSQL server and on a real Trino (a Hive catalog with SQL-standard roles) started for the run —
 * the first apply, the re-plan after it (what every later apply and `mesh drift` pay), and the pure planner alone.
 * Trino is left out, saying why, where no Java 24+ JDK or Trino install is found (scripts/setup-trino.mjs).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildDesiredState, checkCatalog, groupOperations, planChanges, type DesiredState, type Engine } from '@meshplane/core';
import {
  applyChanges,
  openDuckdbDriver,
  openPostgresDriver,
  openTrinoDriver,
  openTrinoSession,
  planAgainstPlatform,
  type PlatformDriver,
} from '@meshplane/platform';
import { loadRepository } from '@meshplane/source';
import {
  buildPostgresUrl,
  explainTrinoMissing,
  generateMesh,
  makeTempRepo,
  REPO_ROOT,
  startPostgres,
  startTrino,
  waitForTrino,
  type TestTrino,
} from '@meshplane/testkit';

import { summarizeRuns } from './measure-process.js';
import type { BenchRow } from './render-bench-table.js';

function loadIndex(root: string) {
  return checkCatalog(loadRepository(root), { root, toolVersion: 'bench' }).index;
}

/** A Trino for the run, with an OpenLineage endpoint that accepts and drops the events. */
async function startBenchTrino(): Promise<{ trino: TestTrino; stop: () => Promise<void> }> {
  const sink = createServer((req, res) => req.resume().on('end', () => res.writeHead(201).end()));
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  const address = sink.address();
  const trino = await startTrino({ lineageUrl: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  await waitForTrino(trino);
  return { trino, stop: async () => (await trino.stop(), await new Promise<void>((resolve) => sink.close(() => resolve()))) };
}

/** A new Hive catalog with SQL-standard security on the bench's Trino, and the driver on it. */
async function openTrinoCatalog(trino: TestTrino, name: string): Promise<PlatformDriver> {
  const props = `"hive.metastore" = 'file', "hive.metastore.catalog.dir" = 'local:///${name}/metastore', "fs.native-local.enabled" = 'true', "local.location" = '${trino.dataDir}', "hive.security" = 'sql-standard'`;
  await openTrinoSession({ server: trino.url, catalog: 'system', user: 'admin' }).run(`CREATE CATALOG ${name} USING hive WITH (${props})`);
  return openTrinoDriver({ server: trino.url, catalog: name, user: 'admin', role: 'admin' });
}

async function openFresh(
  engine: Engine,
  port: number | undefined,
  name: string,
  trino?: TestTrino,
): Promise<{ driver: PlatformDriver; cleanup: () => Promise<void> }> {
  if (engine === 'trino') {
    const driver = await openTrinoCatalog(trino as TestTrino, name);
    return { driver, cleanup: () => driver.close() };
  }
  if (engine === 'duckdb') {
    const dir = mkdtempSync(join(tmpdir(), 'meshplane-bench-duck-'));
    const driver = await openDuckdbDriver({ path: join(dir, 'mesh.duckdb') });
    return { driver, cleanup: async () => (await driver.close(), rmSync(dir, { recursive: true, force: true })) };
  }
  const admin = new pg.Client({ connectionString: buildPostgresUrl(port ?? 0) });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const driver = await openPostgresDriver({ connectionString: buildPostgresUrl(port ?? 0, { database: name }) });
  return { driver, cleanup: () => driver.close() };
}

/** Measures provisioning; every row names its mesh, engine and step. */
export async function measureProvisioning(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const server = await startPostgres();
  const trinoMissing = explainTrinoMissing();
  const bench = trinoMissing ? undefined : await startBenchTrino();
  const engines: Engine[] = bench ? ['duckdb', 'postgres', 'trino'] : ['duckdb', 'postgres'];
  if (trinoMissing) rows.push({ measure: 'provisioning on Trino', result: { notRun: trinoMissing }, notes: '' });
  const generated = makeTempRepo(Object.fromEntries(generateMesh({ products: 1000, seed: 1 })));
  try {
    const meshes: [string, ReturnType<typeof loadIndex>][] = [
      ['example mesh (36 products)', loadIndex(REPO_ROOT)],
      ['generated mesh (1 000 products)', loadIndex(generated.dir)],
    ];
    for (const [label, index] of meshes) {
      const pure = buildDesiredState(index, { engine: 'duckdb', today: '2026-11-22' });
      const t = performance.now();
      const plan = planChanges(pure, { schemas: [], tables: [], views: [], roles: [], grants: [], managed: [] });
      const size = index.products.length;
      rows.push({
        measure: `provisioning plan from nothing (pure planner), ${label}`,
        products: size,
        result: summarizeRuns([{ ms: performance.now() - t }]),
        notes: `${plan.operations.length} operations`,
      });
      for (const engine of engines) {
        const desired = buildDesiredState(index, { engine, today: '2026-11-22' });
        const { driver, cleanup } = await openFresh(engine, server.port, `bench_${index.products.length}`, bench?.trino);
        try {
          const t0 = performance.now();
          const applied = await applyChanges(driver, desired, { commit: 'bench', bundleDigest: 'bench', toolVersion: 'bench' });
          const applyMs = performance.now() - t0;
          const t1 = performance.now();
          const again = await planAgainstPlatform(driver, desired);
          const planMs = performance.now() - t1;
          rows.push({
            measure: `apply to an empty platform, ${label}, ${engine}`,
            products: size,
            result: summarizeRuns([{ ms: applyMs }]),
            notes: `${applied.operations} operations`,
          });
          rows.push({
            measure: `provisioning plan against the platform, ${label}, ${engine}`,
            products: size,
            result: summarizeRuns([{ ms: planMs }]),
            notes: `read the engine's catalog + plan; ${again.operations.length} operations left`,
          });
        } finally {
          await cleanup();
        }
      }
    }
    rows.push(...(await measureLargePlan(server.port)));
  } finally {
    generated.remove();
    server.stop();
    await bench?.stop();
  }
  return rows;
}

/** Products of the large mesh whose plan against a loaded platform is timed (#18: ≤ 5 s at 10 000). */
const LARGE = Number(process.env.BENCH_PROVISIONING_PRODUCTS ?? 10_000);

/**
 * The plan against an applied platform at 10 000 products, on DuckDB and PostgreSQL: the platform is bulk-loaded
 * first (the plan's operations in transactions of 500 products, not 10 000 applies, which would take most of an hour),
 * then `planAgainstPlatform` — read the engine's catalog with set-based queries, then plan — is timed, 3 runs.
 */
export async function measureLargePlan(port: number): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const large = makeTempRepo(Object.fromEntries(generateMesh({ products: LARGE, seed: 1, today: '2026-11-22' })));
  try {
    const index = loadIndex(large.dir);
    for (const engine of ['duckdb', 'postgres'] as const) {
      const desired = buildDesiredState(index, { engine, today: '2026-11-22' });
      const { driver, cleanup } = await openFresh(engine, port, `bench_large_${LARGE}`);
      try {
        const t0 = performance.now();
        const operations = await bulkLoad(driver, desired);
        const loadMs = performance.now() - t0;
        const runs: { ms: number }[] = [];
        let left = 0;
        for (let i = 0; i < 3; i++) {
          const t = performance.now();
          left = (await planAgainstPlatform(driver, desired)).operations.length;
          runs.push({ ms: performance.now() - t });
        }
        rows.push({
          measure: `bulk load of the platform (bench set-up), generated mesh (${LARGE.toLocaleString('en')} products), ${engine}`,
          products: LARGE,
          result: summarizeRuns([{ ms: loadMs }]),
          notes: `${operations} operations in transactions of 500 products`,
        });
        rows.push({
          measure: `provisioning plan against the platform, generated mesh (${LARGE.toLocaleString('en')} products), ${engine} (target ≤ 5 s)`,
          products: LARGE,
          result: summarizeRuns(runs),
          notes: `read the engine's catalog + plan; ${left} operations left`,
        });
      } finally {
        await cleanup();
      }
    }
  } finally {
    large.remove();
  }
  return rows;
}

/** Applies the plan from an empty platform in transactions of 500 products each (the bench's set-up only). */
async function bulkLoad(driver: PlatformDriver, desired: DesiredState): Promise<number> {
  await driver.prepareState();
  const plan = await planAgainstPlatform(driver, desired);
  const groups = groupOperations(plan.operations);
  for (let i = 0; i < groups.length; i += 500) await driver.applyGroup({ operations: groups.slice(i, i + 500).flatMap((g) => g.operations) });
  return plan.operations.length;
}

// Run on its own: `npx tsx --tsconfig tsconfig.test.json bench/measure-provisioning.ts`.
if (process.argv[1]?.endsWith('measure-provisioning.ts')) {
  const { renderBenchText } = await import('./render-bench-table.js');
  process.stdout.write(renderBenchText(await measureProvisioning()));
}
