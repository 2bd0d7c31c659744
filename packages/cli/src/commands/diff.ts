import type { CheckReport } from '@meshplane/core';
import { resolveRepository } from '../resolve-repository.js';
import { runDiff } from '../pipeline/run-governance-check.js';
import { UsageError } from '../usage-error.js';

/**
 * `mesh diff --base REF [--head REF]`: what a change does to the catalog — products added, modified and removed, each
 * change classified (breaking, additive, patch), the version bump required, and who is affected.
 */
export function runDiffCommand(path: string | undefined, options: { base?: string; head?: string; today: string }): CheckReport {
  if (!options.base) throw new UsageError('mesh diff needs --base <ref>: the version to compare with (e.g. origin/main).');
  return runDiff(resolveRepository(path), { base: options.base, today: options.today, ...(options.head ? { head: options.head } : {}) });
}
