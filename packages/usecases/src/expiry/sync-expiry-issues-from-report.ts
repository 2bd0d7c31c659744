import type { ExpiryReport } from '@meshplane/core';
import { syncExpiryIssues, type SyncExpiryIssuesResult, type BotIssueSyncTarget } from '@meshplane/github';
import { readGithubTarget } from '../github/read-github-target.js';
import { UsageError } from '../usage-error.js';

/** What `mesh expiry sync-issues` needs besides the report. */
export interface ExpiryIssueSyncOptions {
  dryRun: boolean;
  /** `--site-url`: the catalog site the issues link product pages to (optional). */
  siteUrl?: string;
  /** GITHUB_TOKEN, GITHUB_REPOSITORY (`owner/repo`), GITHUB_API_URL. */
  env: Record<string, string | undefined>;
  /** Client tuning, for tests. */
  client?: BotIssueSyncTarget['client'];
}

/**
 * Opens, updates and closes the repository's expiry issues from a report of {@link reportExpiries}: one per product,
 * its owners mentioned. A GitHub fault on one issue is in the result's `failed`; a usage fault throws.
 */
export async function syncExpiryIssuesFromReport(
  report: ExpiryReport,
  options: ExpiryIssueSyncOptions,
): Promise<{ repository: string; result: SyncExpiryIssuesResult }> {
  if (options.siteUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(options.siteUrl))
    throw new UsageError('--site-url takes the catalog site URL (http or https).');
  const target = readGithubTarget(options.env, 'issues: write');
  const result = await syncExpiryIssues(report, {
    ...target,
    dryRun: options.dryRun,
    ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}),
    ...(options.client ? { client: options.client } : {}),
  });
  return { repository: `${target.owner}/${target.repo}`, result };
}
