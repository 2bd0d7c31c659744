import { planRenewalIssueActions, type RenewalIssueAction, type RenewalReport } from '@meshplane/core';
import { RENEWAL_ISSUES } from './bot-issue-kind.js';
import { syncBotIssues, type BotIssueSyncResult, type BotIssueSyncTarget } from './sync-bot-issues.js';

/** What syncRenewalIssues did for each agreement, the failed ones, and notes (rate-limit waits, duplicates). */
export type SyncRenewalIssuesResult = BotIssueSyncResult<RenewalIssueAction>;

/**
 * Syncs the renewal issues of a repository with a day's renewals: one issue per agreement due, both teams mentioned,
 * edited in place, closed once renewed or removed (see planRenewalIssueActions), with the guards every bot issue has
 * against duplicates (syncBotIssues).
 */
export async function syncRenewalIssues(report: RenewalReport, target: BotIssueSyncTarget & { siteUrl?: string }): Promise<SyncRenewalIssuesResult> {
  return syncBotIssues(RENEWAL_ISSUES, target, (found) => planRenewalIssueActions(report, found, target.siteUrl ? { siteUrl: target.siteUrl } : {}));
}
