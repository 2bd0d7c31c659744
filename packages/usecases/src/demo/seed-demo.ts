import { join, resolve } from 'node:path';
import { buildDemoLineageEvents, countFindings, readSloSpecs, type DemoDrift } from '@meshplane/core';
import { observeLineageDrift } from '../catalog/report-lineage-drift.js';
import { writeFilesWhole } from '../write-files-whole.js';
import { openObservationStore, openPlatformDriver } from '@meshplane/platform';
import { seedDemo, type SeedResult } from './seed-demo-data.js';
import { checkRepository, type Repository } from '../repository/resolve-repository.js';
import { UsageError } from '../usage-error.js';
import { OBSERVATION_STORE } from '../slo/observation-store-at.js';

/** Where `mesh demo seed` writes the demo pipelines' OpenLineage run events. */
export const DEMO_LINEAGE_EVENTS = '.meshplane/demo/lineage-events.jsonl';

/**
 * `mesh demo seed [--seed N] [--now ISO]`: 30 days of demo data for the provisioned mesh — sample rows and the
 * pipelines' run reports, with scripted incidents. It replaces the rows of every provisioned table, so it refuses to
 * run on PostgreSQL (demo data belongs in the embedded DuckDB). It also writes the pipelines' OpenLineage run events
 * (`.meshplane/demo/lineage-events.jsonl`, one drift of each kind) and merges them into the observed lineage, as
 * `mesh lineage drift` does.
 */
export async function seedDemoPlatform(
  repo: Repository,
  options: { now: string; seed?: string },
): Promise<SeedResult & { seed: number; days: number; lineage: { file: string; events: number; warnings: number; drift: DemoDrift } }> {
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
    const { lines, drift } = buildDemoLineageEvents(check.graph, options.now);
    const file = join(repo.root, DEMO_LINEAGE_EVENTS);
    writeFilesWhole([{ file, text: `${lines.join('\n')}\n` }]);
    const observed = observeLineageDrift(repo, { events: [file], now: options.now });
    return {
      ...r,
      seed,
      days: 30,
      lineage: { file: DEMO_LINEAGE_EVENTS, events: lines.length, warnings: countFindings(observed.report.findings).warning, drift },
    };
  } finally {
    await store.close();
    await driver.close();
  }
}
