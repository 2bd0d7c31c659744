import { resolve } from 'node:path';
import { openObservationStore, PlatformError, type ObservationStore, type ObservationStoreAt } from '@meshplane/platform';
import type { PlatformAt } from '../provision/with-platform-driver.js';

/** Where observations are kept on the embedded platform, relative to the repository root. */
export const OBSERVATION_STORE = '.meshplane/observations.duckdb';
/** The status export the catalog site reads. */
export const SLO_EXPORT = '.meshplane/slo-status.json';

/**
 * The one place that decides where a repository's observations live: with `platform.driver: postgres` in
 * `.github/meshplane.yml`, Meshplane's tables on that server (the connection string from the environment variable the
 * config names), so every run and machine shares one history; otherwise (DuckDB, Trino) the DuckDB file
 * `.meshplane/observations.duckdb`.
 */
export function locateObservationStore(at: PlatformAt): ObservationStoreAt {
  const platform = at.config.platform ?? {};
  // Trino's Hive tables take no upsert or delete, which the store needs: on Trino observations stay in the DuckDB file
  // (on Actions the data branch shares its history between runs).
  if ((platform.driver ?? 'duckdb') !== 'postgres') return { engine: 'duckdb', path: resolve(at.root, OBSERVATION_STORE) };
  const name = platform.connectionEnv ?? 'MESHPLANE_DATABASE_URL';
  const connectionString = (at.env ?? process.env)[name];
  if (!connectionString) {
    throw new PlatformError('config', `The platform is PostgreSQL, but the environment variable ${name} (named by platform.connectionEnv) is not set.`);
  }
  return { engine: 'postgres', connectionString };
}

/** Opens the repository's observation store, runs `body` with it and always closes it. */
export async function withObservationStore<T>(at: PlatformAt, body: (store: ObservationStore) => Promise<T>): Promise<T> {
  const store = await openObservationStore(locateObservationStore(at));
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}
