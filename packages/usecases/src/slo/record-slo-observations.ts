import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseObservationLines, parseOpenLineageEvents, readSloSpecs, type RecordedObservations } from '@meshplane/core';
import { measureSlos } from '@meshplane/platform';
import { checkRepository, type Repository } from '../repository/resolve-repository.js';
import { withPlatformDriver } from '../provision/with-platform-driver.js';
import { UsageError } from '../usage-error.js';
import { withObservationStore } from './observation-store-at.js';

/** Measures every SLO of the provisioned tables with SQL probes and stores the observations. */
export async function measureSloObservations(repo: Repository, options: { now: string }): Promise<RecordedObservations> {
  const check = checkRepository(repo);
  const specs = readSloSpecs(check.index, check.graph);
  return withPlatformDriver(repo, true, async (driver) => {
    const { observations, findings } = await measureSlos(driver, specs, options.now);
    const stored = await withObservationStore(repo, (store) => store.addObservations(observations, 'probe'));
    return { from: driver.location, kind: 'probe', observed: observations.length, ...stored, findings };
  });
}

/** Stores the observations pipelines pushed: JSON lines, or OpenLineage run events (told apart by their first lines). */
export async function ingestObservations(repo: Repository, file: string, options: { now: string }): Promise<RecordedObservations> {
  const check = checkRepository(repo);
  const specs = readSloSpecs(check.index, check.graph);
  let text: string;
  try {
    text = readFileSync(resolve(file), 'utf8');
  } catch {
    throw new UsageError(`Cannot read ${file}.`);
  }
  const openLineage = /"eventType"\s*:/.test(text.slice(0, 4096));
  const parsed = openLineage ? parseOpenLineageEvents(file, text, specs, options.now) : parseObservationLines(file, text, specs, options.now);
  const kind = openLineage ? 'openlineage' : 'jsonl';
  const stored = await withObservationStore(repo, (store) => store.addObservations(parsed.observations, kind));
  return { from: file, kind, observed: parsed.observations.length, ...stored, findings: parsed.findings };
}
