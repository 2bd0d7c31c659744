import { renderRenewalText } from '@meshplane/core';
import { renderRenewalSyncResult } from '@meshplane/github';
import { reportRenewals, syncRenewalIssuesFromReport, type IssueSyncOptions, type Repository } from '@meshplane/usecases';
import type { Outcome } from '../outcome.js';
import { readDaysFlag, readIssueSyncFlags } from '../cli-options.js';

/** The flags `mesh access renewals` and `mesh access sync-issues` read. */
export interface RenewalFlags {
  today: string;
  days?: string | undefined;
  format?: string | undefined;
  siteUrl?: string | undefined;
  dryRun?: boolean | undefined;
  env?: IssueSyncOptions['env'];
  client?: IssueSyncOptions['client'];
}

/**
 * `mesh access renewals [--days N]`: the agreements ending within N days (default `review.agreements.renewalDays`,
 * 14), or ended, each with both teams and whose approval a renewal needs; exit 0, since nothing is wrong yet.
 * `mesh access sync-issues [--days N] [--site-url URL] [--dry-run]`: one GitHub issue per such agreement, closed once
 * renewed or removed (exit 2 when a write failed; the others were made).
 */
export async function runAccessRenewals(sub: 'renewals' | 'sync-issues', repo: Repository, flags: RenewalFlags): Promise<Outcome> {
  const report = reportRenewals(repo, { today: flags.today, ...(flags.days !== undefined ? { days: readDaysFlag('days', flags.days) } : {}) });
  if (sub === 'renewals') return { stdout: flags.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderRenewalText(report), exitCode: 0 };
  const { repository, result } = await syncRenewalIssuesFromReport(report, readIssueSyncFlags(flags));
  return { stdout: renderRenewalSyncResult(repository, result), exitCode: result.failed.length > 0 ? 2 : 0 };
}
