import { planSloIssueActions, type SloIssueAction, type SloIssueSubject, type SloState } from '@meshplane/core';
import type { GithubClientOptions } from './create-github-client.js';
import type { GithubError } from './github-error.js';
import { SLO_ISSUES } from './bot-issue-kind.js';
import { syncBotIssues } from './sync-bot-issues.js';

/** What syncSloIssues needs: the statuses, the repository and how to reach it, and the site products link to. */
export interface SyncSloIssuesOptions {
  statuses: SloIssueSubject[];
  owner: string;
  repo: string;
  token: string;
  /** The REST API root (`GITHUB_API_URL`), default https://api.github.com. */
  baseUrl?: string;
  /** The catalog site; product pages are `<siteUrl>/products/<productId>/`. */
  siteUrl: string;
  /** Plan and report, but make no write call. */
  dryRun?: boolean;
  /** The evaluation time (ISO instant), default the current time. */
  now?: string;
  openOnAtRisk?: boolean;
  reopenCooldownMs?: number;
  /** Client tuning (retries, waits, write pacing); production leaves it out. */
  client?: Omit<GithubClientOptions, 'token' | 'baseUrl' | 'onWait'>;
}

/** What happened for one SLO: the planned action, and whether carrying it out worked. */
export interface SloIssueOutcome {
  kind: SloIssueAction['kind'];
  fingerprint: string;
  state: SloState;
  issueNumber?: number;
  htmlUrl?: string;
  /** `none`: why nothing was needed. */
  reason?: string;
  /** The create had happened behind a failed answer and was found again instead of repeated. */
  recovered?: boolean;
  /** Another run created this episode's issue at the same time: `issueNumber` is its issue, the one that stays. */
  concurrent?: boolean;
  /** The issue this run had created, closed as a duplicate of `issueNumber`. */
  closedDuplicate?: number;
  /** Set when the action failed; the run went on with the other SLOs. */
  error?: GithubError;
}

/** A run's report: every outcome (in the order of the statuses), the failed ones, and notes (rate-limit waits, duplicates). */
export interface SyncSloIssuesResult {
  dryRun: boolean;
  outcomes: SloIssueOutcome[];
  failed: SloIssueOutcome[];
  notes: string[];
}

/**
 * Syncs GitHub issues with SLO statuses: lists the bot's issues (issues list API, label `slo-breach`, state all),
 * plans with core's planSloIssueActions, and carries out each action; one failing action does not stop the others,
 * it is reported in `failed`. With `dryRun`, only the list call is made and the outcomes say what would be done.
 * Throws a GithubError when the issues cannot be listed (without them, any create could be a duplicate).
 */
export async function syncSloIssues(options: SyncSloIssuesOptions): Promise<SyncSloIssuesResult> {
  const { outcomes, notes } = await syncBotIssues(SLO_ISSUES, options, (found) =>
    planSloIssueActions(options.statuses, found, {
      siteUrl: options.siteUrl,
      now: options.now ?? new Date().toISOString(),
      ...(options.openOnAtRisk !== undefined ? { openOnAtRisk: options.openOnAtRisk } : {}),
      ...(options.reopenCooldownMs !== undefined ? { reopenCooldownMs: options.reopenCooldownMs } : {}),
    }),
  );
  const slo = outcomes.map(({ action, ...rest }): SloIssueOutcome => ({
    kind: action.kind,
    fingerprint: action.fingerprint,
    state: action.state,
    ...(action.kind === 'none' ? { reason: action.reason } : {}),
    ...rest,
  }));
  return { dryRun: options.dryRun === true, outcomes: slo, failed: slo.filter((o) => o.error !== undefined), notes };
}
