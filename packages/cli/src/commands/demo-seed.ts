import { resolve } from 'node:path';
import { readSloSpecs } from '@meshplane/core';
import { openObservationStore, openPlatformDriver } from '@meshplane/platform';
import { seedDemo } from '../demo/seed-demo.js';
import { checkRepository, resolveRepository } from '../resolve-repository.js';
import { UsageError } from '../usage-error.js';
import { OBSERVATION_STORE } from './slo.js';
import type { CommandOutcome } from './provision.js';

/**
 * `mesh demo seed [--seed N] [--now ISO]`: 30 days of demo data for the provisioned mesh — sample rows and the
 * pipelines' run reports, with scripted incidents. It replaces the rows of every provisioned table, so it refuses to
 * run on PostgreSQL (demo data belongs in the embedded DuckDB).
 */
export async function runDemoSeed(options: { root?: string; now: string; seed?: string }): Promise<CommandOutcome> {
  const seed = options.seed === undefined ? 42 : Number(options.seed);
  if (!Number.isInteger(seed)) throw new UsageError('--seed takes a whole number.');
  const repo = resolveRepository(options.root);
  if ((repo.config.platform?.driver ?? 'duckdb') !== 'duckdb')
    throw new UsageError('mesh demo seed replaces table contents: it runs on the embedded DuckDB platform only.');
  const check = checkRepository(repo);
  const specs = readSloSpecs(check.index, check.graph);
  const driver = await openPlatformDriver({ root: repo.root, config: repo.config });
  const store = await openObservationStore(resolve(repo.root, OBSERVATION_STORE));
  try {
    const r = await seedDemo(check, specs, driver, store, { now: options.now, seed, days: 30 });
    return {
      stdout: `Seeded 30 days of demo data: ${r.rows} rows in ${r.tables} tables, ${r.observations} pipeline observations (seed ${seed}).\n`,
      exitCode: 0,
    };
  } finally {
    await store.close();
    await driver.close();
  }
}
