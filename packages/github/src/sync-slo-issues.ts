import { findSloIssueDuplicates, planSloIssueActions, type SloIssueAction, type SloIssueSubject, type SloState } from '@meshplane/core';
import { createGithubClient, type GithubClientOptions } from './create-github-client.js';
import { GithubError, toGithubError } from './github-error.js';
import { listSloIssues } from './list-slo-issues.js';
import { applySloIssueAction } from './apply-slo-issue-action.js';
import { closeSloIssueDuplicate } from './close-slo-issue-duplicate.js';

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
  const notes: string[] = [];
  const client = createGithubClient({
    ...options.client,
    token: options.token,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    onWait: (note) => notes.push(note),
  });
  const ref = { owner: options.owner, repo: options.repo };
  const found = await listSloIssues(client, ref);
  // Duplicates left by an earlier run that stopped between its create and its check are closed first.
  for (const duplicate of findSloIssueDuplicates(found)) {
    const what = `issue #${duplicate.duplicate.number} duplicates #${duplicate.survivor.number} (${duplicate.fingerprint})`;
    if (options.dryRun) {
      notes.push(`${what}: would close it as a duplicate`);
      continue;
    }
    try {
      await closeSloIssueDuplicate(client, ref, duplicate);
      Object.assign(duplicate.duplicate, { state: 'closed', stateReason: 'duplicate' });
      notes.push(`${what}: closed it as a duplicate`);
    } catch (e) {
      notes.push(`${what}, but closing it failed: ${toGithubError(e, 'close the duplicate').message} (the next run tries again)`);
    }
  }
  const actions = planSloIssueActions(options.statuses, found, {
    siteUrl: options.siteUrl,
    now: options.now ?? new Date().toISOString(),
    ...(options.openOnAtRisk !== undefined ? { openOnAtRisk: options.openOnAtRisk } : {}),
    ...(options.reopenCooldownMs !== undefined ? { reopenCooldownMs: options.reopenCooldownMs } : {}),
  });
  const outcomes: SloIssueOutcome[] = [];
  for (const action of actions) {
    const base: SloIssueOutcome = { kind: action.kind, fingerprint: action.fingerprint, state: action.state };
    if (action.kind === 'none') {
      outcomes.push({ ...base, reason: action.reason, ...(action.issueNumber !== undefined ? { issueNumber: action.issueNumber } : {}) });
      continue;
    }
    const planned = action.kind === 'create' ? base : { ...base, issueNumber: action.issueNumber };
    if (options.dryRun) {
      outcomes.push(planned);
      continue;
    }
    try {
      const done = await applySloIssueAction(client, ref, action);
      outcomes.push({
        ...planned,
        issueNumber: done.issueNumber,
        ...(done.htmlUrl ? { htmlUrl: done.htmlUrl } : {}),
        ...(done.recovered ? { recovered: true } : {}),
        ...(done.concurrent ? { concurrent: true } : {}),
        ...(done.closedDuplicate !== undefined ? { closedDuplicate: done.closedDuplicate } : {}),
      });
      if (done.concurrent) notes.push(describeConcurrentCreate(action.fingerprint, done.issueNumber, done.closedDuplicate));
    } catch (e) {
      outcomes.push({ ...planned, error: toGithubError(e, `${action.kind} the issue for ${action.fingerprint}`) });
    }
  }
  return { dryRun: options.dryRun === true, outcomes, failed: outcomes.filter((o) => o.error !== undefined), notes };
}

function describeConcurrentCreate(fingerprint: string, survivor: number, closed: number | undefined): string {
  return closed === undefined
    ? `another run had just created #${survivor} for ${fingerprint}: not created again`
    : `another run created #${survivor} for ${fingerprint} at the same time: closed #${closed} as its duplicate`;
}
