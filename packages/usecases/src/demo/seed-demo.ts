import { resolve } from 'node:path';
import { readSloSpecs } from '@meshplane/core';
import { openObservationStore, openPlatformDriver } from '@meshplane/platform';
import { seedDemo, type SeedResult } from './seed-demo-data.js';
import { checkRepository, type Repository } from '../repository/resolve-repository.js';
import { UsageError } from '../usage-error.js';
import { OBSERVATION_STORE } from '../slo/observation-store-at.js';

/**
 * `mesh demo seed [--seed N] [--now ISO]`: 30 days of demo data for the provisioned mesh — sample rows and the
 * pipelines' run reports, with scripted incidents. It replaces the rows of every provisioned table, so it refuses to
 * run on PostgreSQL (demo data belongs in the embedded DuckDB).
 */
export async function seedDemoPlatform(repo: Repository, options: { now: string; seed?: string }): Promise<SeedResult & { seed: number; days: number }> {
  const seed = options.seed === undefined ? 42 : Number(options.seed);
  if (!Number.isInteger(seed)) throw new UsageError('--seed takes a whole number.');
  if ((repo.config.platform?.driver ?? 'duckdb') !== 'duckdb')
    throw new UsageError('mesh demo seed replaces table contents: it runs on the embedded DuckDB platform only.');
  const check = checkRepository(repo);
  const specs = readSloSpecs(check.index, check.graph);
  const driver = await openPlatformDriver({ root: repo.root, config: repo.config });
  const store = await openObservationStore(resolve(repo.root, OBSERVATION_STORE));
  try {
    const r = await seedDemo(check, specs, driver, store, { now: options.now, seed, days: 30 });
    return { ...r, seed, days: 30 };
  } finally {
    await store.close();
    await driver.close();
  }
}
