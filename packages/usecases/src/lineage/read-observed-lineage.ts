import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readObservedLineage, type ObservedLineage } from '@meshplane/core';
import type { Repository } from '../repository/resolve-repository.js';
import { UsageError } from '../usage-error.js';

/** Where `mesh lineage drift` keeps what runs were observed doing, in a repository. */
export const OBSERVED_LINEAGE_FILE = '.meshplane/lineage-observed.json';

/** The observed lineage on the data branch, which the slo-monitor action updates and the app's check reads. */
export const OBSERVED_LINEAGE_ON_DATA_BRANCH = 'lineage-observed.json';

/** What the checks know of runtime lineage: the observations, or undefined with where they were looked for. */
export interface RuntimeLineageInput {
  observed: ObservedLineage | undefined;
  source: string;
}

/** An observed lineage file read whole; a file that is not one is a usage error naming it. */
export function readObservedLineageFile(file: string): ObservedLineage {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`Cannot read the observed lineage in ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const r = readObservedLineage(text);
  if ('error' in r) throw new UsageError(`${file} is ${r.error}. Delete it and run mesh lineage drift <events…> again.`);
  return r.observed;
}

/**
 * The runtime lineage a check reads: the named file (which must exist), or the repository's {@link OBSERVED_LINEAGE_FILE}
 * when there is one; undefined observations when there is none (policies then see `input.runtime` as null).
 */
export function readLatestObservedLineage(repo: Repository, file?: string): RuntimeLineageInput {
  const path = file ?? join(repo.root, OBSERVED_LINEAGE_FILE);
  if (!file && !existsSync(path)) return { observed: undefined, source: `no ${OBSERVED_LINEAGE_FILE}; run mesh lineage drift <events…>` };
  return { observed: readObservedLineageFile(path), source: file ?? OBSERVED_LINEAGE_FILE };
}
