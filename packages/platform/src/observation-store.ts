import type { Observation, SloMemory, SloSeries } from '@meshplane/core';
import { openDuckdbObservationStore } from './duckdb-observation-store.js';
import { openPostgresObservationStore } from './postgres-observation-store.js';

/** The append-only store of SLO observations and what each SLO's evaluation remembers between runs. */
export interface ObservationStore {
  /** Where the observations are kept, for messages (a file, or a PostgreSQL server without its password). */
  readonly location: string;
  /** Adds observations; one already stored (same id) is not counted again. */
  addObservations(observations: Observation[], source: string): Promise<{ added: number; duplicates: number }>;
  /** Observations since an instant, grouped by `<productId>/<port>/<slo>`, each group oldest first. */
  readObservations(since: string): Promise<Map<string, Observation[]>>;
  /** The same as series (times and values, no object per observation): what an evaluation reads. */
  readSeries(since: string): Promise<Map<string, SloSeries>>;
  readMemory(): Promise<Map<string, SloMemory>>;
  writeMemory(memory: Map<string, SloMemory>): Promise<void>;
  /** Removes every observation a source added (the demo seed replaces its own). */
  removeSource(source: string): Promise<void>;
  /** Writes every observation to a Parquet file. */
  exportParquet(path: string): Promise<number>;
  close(): Promise<void>;
}

/** Where an observation store lives: a DuckDB file (or `:memory:`), or tables on a PostgreSQL server. */
export type ObservationStoreAt = { engine: 'duckdb'; path: string } | { engine: 'postgres'; connectionString: string };

/** The key of one SLO in the store and in evaluations. */
export const sloKey = (o: { productId: string; port: string; slo: string }): string => `${o.productId}/${o.port}/${o.slo}`;

/**
 * Opens the observation store: a DuckDB file (a path, or `{ engine: 'duckdb', path }`), or Meshplane's tables in the
 * `meshplane_state` schema of a PostgreSQL server. Both keep each observation once (by id) and the SLO memory.
 */
export async function openObservationStore(at: string | ObservationStoreAt): Promise<ObservationStore> {
  const where = typeof at === 'string' ? ({ engine: 'duckdb', path: at } as const) : at;
  return where.engine === 'duckdb' ? openDuckdbObservationStore(where.path) : openPostgresObservationStore(where.connectionString);
}
