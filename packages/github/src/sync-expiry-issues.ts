import { planExpiryIssueActions, type ExpiryIssueAction, type ExpiryReport } from '@meshplane/core';
import { EXPIRY_ISSUES } from './bot-issue-kind.js';
import { syncBotIssues, type BotIssueSyncResult, type BotIssueSyncTarget } from './sync-bot-issues.js';

/** What syncExpiryIssues did for each product, the failed ones, and notes (rate-limit waits, duplicates). */
export type SyncExpiryIssuesResult = BotIssueSyncResult<ExpiryIssueAction>;

/**
 * Syncs the expiry issues of a repository with a day's expiry report: one issue per product with time-based findings,
 * its owner team mentioned, edited in place, and closed once nothing has expired (see planExpiryIssueActions).
 */
export async function syncExpiryIssues(report: ExpiryReport, target: BotIssueSyncTarget & { siteUrl?: string }): Promise<SyncExpiryIssuesResult> {
  return syncBotIssues(EXPIRY_ISSUES, target, (found) => planExpiryIssueActions(report, found, target.siteUrl ? { siteUrl: target.siteUrl } : {}));
}
