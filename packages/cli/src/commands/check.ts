import type { CheckReport } from '@meshplane/core';
import { checkRepository, resolveRepository } from '../resolve-repository.js';

/** `mesh check [path]`: every file against its schema, then the whole mesh (ids, references, lineage cycles). */
export function runCheck(path: string | undefined): CheckReport {
  return checkRepository(resolveRepository(path)).report;
}
