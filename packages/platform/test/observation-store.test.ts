import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { inject } from 'vitest';
import { describe, expect, it } from 'vitest';
import { seriesOf, type Observation } from '@meshplane/core';
import { openObservationStore, type ObservationStoreAt } from '@meshplane/platform';
import { buildPostgresUrl, commitAll, copyExampleMesh, runMesh } from '@meshplane/testkit';
import { createTestDatabase } from './platform-fixtures.js';

const at = (id: string, hour: number): Observation => ({
  observationId: id,
  productId: 'podcast.podcast-listeners',
  port: 'daily-listeners',
  slo: 'fresh-daily',
  observedAt: `2026-11-21T${String(hour).padStart(2, '0')}:00:00.000Z`,
  value: hour / 2,
  unit: 'hours',
});

/** A new, empty store location of each engine: a DuckDB file, or a fresh database on the tests' PostgreSQL server. */
async function newLocation(engine: ObservationStoreAt['engine']): Promise<ObservationStoreAt> {
  if (engine === 'duckdb') return { engine, path: join(mkdtempSync(join(tmpdir(), 'meshplane-obs-')), 'observations.duckdb') };
  return { engine, connectionString: buildPostgresUrl(inject('postgresPort'), { database: await createTestDatabase('obs') }) };
}

// On Trino the observations stay in the DuckDB file (locateObservationStore): the store has two engines.
const STORE_ENGINES: ObservationStoreAt['engine'][] = ['duckdb', 'postgres'];

describe.each(STORE_ENGINES)('the observation store on %s', (engine) => {
  it('keeps each observation once, across stores opened one after the other', async () => {
    const where = await newLocation(engine);
    const first = await openObservationStore(where);
    expect(await first.addObservations([at('a', 1), at('a', 1), at('b', 2)], 'jsonl')).toEqual({ added: 2, duplicates: 1 });
    await first.close();
    const second = await openObservationStore(where);
    expect(await second.addObservations([at('b', 2), at('c', 3)], 'probe')).toEqual({ added: 1, duplicates: 1 });
    const read = await second.readObservations('2026-11-21T02:00:00Z');
    expect(read.get('podcast.podcast-listeners/daily-listeners/fresh-daily')).toEqual([at('b', 2), at('c', 3)]);
    await second.close();
  });

  it('hands the same observations over as series, per SLO, oldest first, for the evaluation', async () => {
    const store = await openObservationStore(await newLocation(engine));
    expect(await store.readSeries('2026-11-21T02:00:00Z')).toEqual(new Map());
    const other = (o: Observation): Observation => ({ ...o, observationId: `x-${o.observationId}`, slo: 'complete', unit: 'percent', value: 99 });
    const all = [at('c', 5), at('a', 1), other(at('d', 4)), at('b', 3), other(at('e', 2))];
    await store.addObservations(all, 'jsonl');
    const series = await store.readSeries('2026-11-21T02:00:00Z');
    const observations = await store.readObservations('2026-11-21T02:00:00Z');
    expect([...series.keys()]).toEqual([...observations.keys()]);
    for (const [key, list] of observations) expect(series.get(key)).toEqual(seriesOf(list));
    expect(Array.from(series.get('podcast.podcast-listeners/daily-listeners/fresh-daily')?.times ?? [])).toEqual(
      [3, 5].map((h) => Date.parse(`2026-11-21T0${h}:00:00Z`)),
    );
    expect(series.get('podcast.podcast-listeners/daily-listeners/complete')).toMatchObject({ unit: 'percent' });
    await store.close();
  });

  it('remembers the SLO states between stores, replacing the previous memory', async () => {
    const where = await newLocation(engine);
    const first = await openObservationStore(where);
    await first.writeMemory(new Map([['x/y/z', { state: 'ok', since: '2026-11-20T00:00:00Z' }]]));
    const pending = { state: 'ok' as const, since: '2026-11-20T00:00:00Z', pending: { state: 'breached' as const, count: 1, since: '2026-11-21T00:00:00Z' } };
    await first.writeMemory(new Map([['p/q/r', pending]]));
    await first.close();
    const second = await openObservationStore(where);
    expect(await second.readMemory()).toEqual(new Map([['p/q/r', pending]]));
    await second.close();
  });

  // DuckDB allows one process per file (a second writer is refused): concurrent writers are PostgreSQL's alone.
  it.skipIf(engine === 'duckdb')('counts an observation added by two stores at once exactly once between them', async () => {
    const where = await newLocation(engine);
    const [one, two] = await Promise.all([openObservationStore(where), openObservationStore(where)]);
    const batch = Array.from({ length: 500 }, (_, i) => at(`id-${i}`, i % 24));
    const results = await Promise.all([one.addObservations(batch, 'probe'), two.addObservations(batch, 'probe')]);
    expect(results.reduce((n, r) => n + r.added, 0)).toBe(500);
    await Promise.all([one.close(), two.close()]);
  });

  it('exports every observation with its source to Parquet', async () => {
    const store = await openObservationStore(await newLocation(engine));
    await store.addObservations([at('a', 1)], 'jsonl');
    await store.addObservations([at('b', 2)], 'probe');
    const file = join(mkdtempSync(join(tmpdir(), 'meshplane-parquet-')), 'o.parquet');
    expect(await store.exportParquet(file)).toBe(2);
    await store.close();
    const duck = await (await DuckDBInstance.create(':memory:')).connect();
    const rows = (await duck.runAndReadAll(`SELECT observation_id, source, value FROM '${file}' ORDER BY 1`)).getRows();
    expect(rows).toEqual([
      ['a', 'jsonl', 0.5],
      ['b', 'probe', 1],
    ]);
  });
});

describe('mesh slo on the PostgreSQL platform', () => {
  it('keeps the observations on the server: a fresh clone sees what another one ingested', async () => {
    const env = { DAFF_MESH_DB: buildPostgresUrl(inject('postgresPort'), { database: await createTestDatabase('slo') }) };
    const config = 'apiVersion: meshplane/v1\nkind: Config\nplatform:\n  driver: postgres\n  connectionEnv: DAFF_MESH_DB\n';
    const [first, second] = [copyExampleMesh(), copyExampleMesh()];
    for (const repo of [first, second]) writeFileSync(join(repo.dir, '.github/meshplane.yml'), config);
    commitAll(first.dir);
    const lines = [at('p:d:f:1', 1), at('p:d:f:2', 2)].map((o) => JSON.stringify(o)).join('\n');
    writeFileSync(join(first.dir, 'pushed.jsonl'), lines + '\n');
    const now = ['--now', '2026-11-21T06:00:00Z'];
    const ingest = runMesh(['slo', 'ingest', 'pushed.jsonl', ...now], { cwd: first.dir, env });
    expect(ingest.stdout).toMatch(/: 2 stored, 0 already stored/);
    expect(runMesh(['slo', 'ingest', 'pushed.jsonl', ...now], { cwd: first.dir, env }).stdout).toMatch(/: 0 stored, 2 already stored/);
    const status = runMesh(['slo', 'status', 'podcast.podcast-listeners', '--format', 'json', ...now], { cwd: second.dir, env });
    expect(status.status, status.stderr).toBe(0);
    type Export = { products: Record<string, { statuses: { slo: string; state: string }[] }> };
    const statuses = (JSON.parse(status.stdout) as Export).products['podcast.podcast-listeners']?.statuses ?? [];
    // Only the freshness SLO has observations, all of them in the other clone's run: it is judged, the others have none.
    expect(Object.fromEntries(statuses.map((s) => [s.slo, s.state]))).toEqual({ 'fresh-daily': 'ok', complete: 'no-data', 'daily-volume': 'no-data' });
    first.remove();
    second.remove();
  });
});
