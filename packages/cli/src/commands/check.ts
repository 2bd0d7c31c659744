import type { CheckReport } from '@meshplane/core';
import { resolveRepository } from '../resolve-repository.js';
import { runGovernanceCheck } from '../pipeline/run-governance-check.js';

/**
 * `mesh check [path] [--base REF]`: every file against its schema, the whole mesh (ids, references, lineage cycles),
 * then the governance policies — from the base ref when one is given.
 */
export async function runCheck(path: string | undefined, options: { base?: string; today: string }): Promise<CheckReport> {
  return runGovernanceCheck(resolveRepository(path), options);
}
