import type { ExpiryReport } from '@meshplane/core';
import { syncExpiryIssues, type SyncExpiryIssuesResult } from '@meshplane/github';
import { readIssueSyncTarget, type IssueSyncOptions } from '../github/read-issue-sync-target.js';

/** What `mesh expiry sync-issues` needs besides the report. */
export type ExpiryIssueSyncOptions = IssueSyncOptions;

/**
 * Opens, updates and closes the repository's expiry issues from a report of {@link reportExpiries}: one per product,
 * its owners mentioned. A GitHub fault on one issue is in the result's `failed`; a usage fault throws.
 */
export async function syncExpiryIssuesFromReport(
  report: ExpiryReport,
  options: ExpiryIssueSyncOptions,
): Promise<{ repository: string; result: SyncExpiryIssuesResult }> {
  const { repository, target } = readIssueSyncTarget(options);
  return { repository, result: await syncExpiryIssues(report, target) };
}
