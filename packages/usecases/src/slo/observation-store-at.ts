import { resolve } from 'node:path';
import { openObservationStore, type ObservationStore } from '@meshplane/platform';
import type { Repository } from '../repository/resolve-repository.js';

/** Where observations are kept, relative to the repository root. */
export const OBSERVATION_STORE = '.meshplane/observations.duckdb';
/** The status export the catalog site reads. */
export const SLO_EXPORT = '.meshplane/slo-status.json';

/** Opens the repository's observation store, runs `body` with it and always closes it. */
export async function withObservationStore<T>(repo: Repository, body: (store: ObservationStore) => Promise<T>): Promise<T> {
  const store = await openObservationStore(resolve(repo.root, OBSERVATION_STORE));
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}
