import type { RenewalReport } from '@meshplane/core';
import { syncRenewalIssues, type SyncRenewalIssuesResult } from '@meshplane/github';
import { readIssueSyncTarget, type IssueSyncOptions } from '../github/read-issue-sync-target.js';

/**
 * Opens, updates and closes the repository's renewal issues from a report of {@link reportRenewals}: one per agreement
 * due, both teams mentioned. A GitHub fault on one issue is in the result's `failed`; a usage fault throws.
 */
export async function syncRenewalIssuesFromReport(
  report: RenewalReport,
  options: IssueSyncOptions,
): Promise<{ repository: string; result: SyncRenewalIssuesResult }> {
  const { repository, target } = readIssueSyncTarget(options);
  return { repository, result: await syncRenewalIssues(report, target) };
}
