import type pg from 'pg';
import { loadPg } from './load-drivers.js';
import { seriesOf, STATE_SCHEMA, type Observation, type SloMemory, type SloState } from '@meshplane/core';
import { openDuckdbObservationStore } from './duckdb-observation-store.js';
import { describeCause, PlatformError } from './platform-error.js';
import { describeLocation } from './postgres-driver.js';
import { sloKey, type ObservationStore } from './observation-store.js';
import { quoteIdent } from './quote-sql.js';

const s = quoteIdent(STATE_SCHEMA);
const SCHEMA = [
  `CREATE SCHEMA IF NOT EXISTS ${s}`,
  `CREATE TABLE IF NOT EXISTS ${s}."observations" (observation_id TEXT PRIMARY KEY, product_id TEXT NOT NULL, port TEXT NOT NULL, slo TEXT NOT NULL,
    observed_at TIMESTAMPTZ NOT NULL, value DOUBLE PRECISION NOT NULL, unit TEXT NOT NULL, source TEXT NOT NULL, ingested_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
  `CREATE INDEX IF NOT EXISTS observations_observed_at ON ${s}."observations" (observed_at)`,
  `CREATE TABLE IF NOT EXISTS ${s}."slo_memory" (slo_key TEXT PRIMARY KEY, state TEXT NOT NULL, since TEXT NOT NULL,
    pending_state TEXT, pending_count INTEGER, pending_since TEXT)`,
];
const AT = `to_char(observed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
/** Rows per INSERT: PostgreSQL takes at most 65 535 parameters per statement, and arrays count as one each. */
const BATCH = 10_000;
/** Two runs creating the schema at once would race on the catalog: one advisory lock makes it one at a time. */
const SCHEMA_LOCK = 0x6d65_736f;

/**
 * The observation store on the PostgreSQL platform: `meshplane_state.observations` and `meshplane_state.slo_memory`.
 * Every run and every process sees the same history; an observation is stored once (`ON CONFLICT DO NOTHING` on its
 * id), so two runs adding the same one at once count it once between them.
 */
export async function openPostgresObservationStore(connectionString: string): Promise<ObservationStore> {
  const location = `PostgreSQL ${describeLocation(connectionString)}`;
  const client = new (await loadPg()).Client({ connectionString, connectionTimeoutMillis: 10_000, application_name: 'meshplane' });
  client.on('error', () => undefined); // a lost connection fails the next query, which says so
  try {
    await client.connect();
    await client.query(`SET TIME ZONE 'UTC'`);
    await client.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK]);
    for (const sql of SCHEMA) await client.query(sql);
    await client.query('SELECT pg_advisory_unlock($1)', [SCHEMA_LOCK]);
  } catch (cause) {
    await client.end().catch(() => undefined);
    throw new PlatformError('unreachable', `Cannot open the observation store on ${location}: ${describeCause(cause)}`, { cause });
  }
  const transaction = async (body: () => Promise<void>): Promise<void> => {
    await client.query('BEGIN');
    try {
      await body();
      await client.query('COMMIT');
    } catch (cause) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw cause;
    }
  };
  const store: ObservationStore = {
    location,
    async addObservations(observations, source) {
      let added = 0;
      for (let i = 0; i < observations.length; i += BATCH) added += await insertBatch(client, observations.slice(i, i + BATCH), source);
      return { added, duplicates: observations.length - added };
    },
    async readSeries(since) {
      // PostgreSQL answers row by row anyway: the rows become series here.
      const observations = await store.readObservations(since);
      return new Map([...observations].map(([key, list]) => [key, seriesOf(list)]));
    },
    async readObservations(since) {
      const { rows } = await client.query<Record<string, unknown>>(
        `SELECT observation_id, product_id, port, slo, ${AT} AS at, value, unit FROM ${s}."observations"
         WHERE observed_at >= $1::timestamptz ORDER BY product_id, port, slo, observed_at`,
        [since],
      );
      const out = new Map<string, Observation[]>();
      for (const r of rows) {
        const o = toObservation(r);
        const list = out.get(sloKey(o));
        if (list) list.push(o);
        else out.set(sloKey(o), [o]);
      }
      return out;
    },
    async readMemory() {
      const { rows } = await client.query<Record<string, string | number | null>>(`SELECT * FROM ${s}."slo_memory"`);
      return new Map(rows.map((r) => [String(r.slo_key), toMemory(r)]));
    },
    writeMemory: (memory) =>
      transaction(async () => {
        // One writer at a time: the row locks of DELETE make a second run wait, then replace the first one's memory.
        await client.query(`DELETE FROM ${s}."slo_memory"`);
        const rows = [...memory];
        await client.query(`INSERT INTO ${s}."slo_memory" SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[])`, [
          rows.map(([k]) => k),
          rows.map(([, m]) => m.state),
          rows.map(([, m]) => m.since),
          rows.map(([, m]) => m.pending?.state ?? null),
          rows.map(([, m]) => m.pending?.count ?? null),
          rows.map(([, m]) => m.pending?.since ?? null),
        ]);
      }),
    async removeSource(source) {
      await client.query(`DELETE FROM ${s}."observations" WHERE source = $1`, [source]);
    },
    exportParquet: (path) => exportThroughDuckdb(client, path),
    async close() {
      await client.end();
    },
  };
  return store;
}

async function insertBatch(client: pg.Client, batch: Observation[], source: string): Promise<number> {
  const result = await client.query(
    `INSERT INTO ${s}."observations" (observation_id, product_id, port, slo, observed_at, value, unit, source)
     SELECT DISTINCT ON (id) id, p, po, sl, at, v, u, $8 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::float8[], $7::text[])
       AS t(id, p, po, sl, at, v, u)
     ON CONFLICT (observation_id) DO NOTHING`,
    [
      batch.map((o) => o.observationId),
      batch.map((o) => o.productId),
      batch.map((o) => o.port),
      batch.map((o) => o.slo),
      batch.map((o) => o.observedAt),
      batch.map((o) => o.value),
      batch.map((o) => o.unit),
      source,
    ],
  );
  return result.rowCount ?? 0;
}

/** Parquet is DuckDB's: the rows go through an in-memory DuckDB store, grouped by the source that added them. */
async function exportThroughDuckdb(client: pg.Client, path: string): Promise<number> {
  const { rows } = await client.query<Record<string, unknown>>(
    `SELECT observation_id, product_id, port, slo, ${AT} AS at, value, unit, source FROM ${s}."observations" ORDER BY observed_at, observation_id`,
  );
  const bySource = new Map<string, Observation[]>();
  for (const r of rows) {
    const list = bySource.get(String(r.source));
    if (list) list.push(toObservation(r));
    else bySource.set(String(r.source), [toObservation(r)]);
  }
  const duck = await openDuckdbObservationStore(':memory:');
  try {
    for (const [source, list] of bySource) await duck.addObservations(list, source);
    return await duck.exportParquet(path);
  } finally {
    await duck.close();
  }
}

function toObservation(r: Record<string, unknown>): Observation {
  return {
    observationId: String(r.observation_id),
    productId: String(r.product_id),
    port: String(r.port),
    slo: String(r.slo),
    observedAt: String(r.at),
    value: Number(r.value),
    unit: String(r.unit) as Observation['unit'],
  };
}

function toMemory(r: Record<string, string | number | null>): SloMemory {
  const memory: SloMemory = { state: String(r.state) as SloState, since: String(r.since) };
  if (r.pending_state) memory.pending = { state: String(r.pending_state) as SloState, count: Number(r.pending_count), since: String(r.pending_since) };
  return memory;
}
