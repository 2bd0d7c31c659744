import type { FoundBotIssue, PlannedBotIssueAction } from '@meshplane/core';
import { applyBotIssueWrite } from './apply-bot-issue-write.js';
import { findBotIssueDuplicates, type BotIssueKind } from './bot-issue-kind.js';
import { closeIssueDuplicate } from './close-issue-duplicate.js';
import { createGithubClient, type GithubClientOptions } from './create-github-client.js';
import { GithubError, toGithubError } from './github-error.js';
import { listBotIssues, type RepoRef } from './list-bot-issues.js';

/** The repository, how to reach it, and whether to write. */
export interface BotIssueSyncTarget extends RepoRef {
  token: string;
  /** The REST API root (`GITHUB_API_URL`), default https://api.github.com. */
  baseUrl?: string;
  /** Plan and report, but make no write call. */
  dryRun?: boolean;
  /** Client tuning (retries, waits, write pacing); production leaves it out. */
  client?: Omit<GithubClientOptions, 'token' | 'baseUrl' | 'onWait'>;
}

/** A planned action: a write, or `none` with its reason. */
export type BotIssueAction = PlannedBotIssueAction;

/** What happened for one planned action, and whether carrying it out worked. */
export interface BotIssueOutcome<A extends BotIssueAction> {
  action: A;
  issueNumber?: number;
  htmlUrl?: string;
  /** The create had happened behind a failed answer and was found again instead of repeated. */
  recovered?: boolean;
  /** Another run created this issue at the same time: `issueNumber` is its issue, the one that stays. */
  concurrent?: boolean;
  /** The issue this run had created, closed as a duplicate of `issueNumber`. */
  closedDuplicate?: number;
  /** Set when the action failed; the run went on with the others. */
  error?: GithubError;
}

/** What a sync did for each planned action, the failed ones, and notes (rate-limit waits, duplicates). */
export interface BotIssueSyncResult<A extends BotIssueAction> {
  dryRun: boolean;
  outcomes: BotIssueOutcome<A>[];
  failed: BotIssueOutcome<A>[];
  notes: string[];
}

/**
 * Syncs one bot's issues: lists them (issues list API by the kind's label, state all), closes duplicates an earlier
 * run left, plans with `plan` and carries out each action; one failing action does not stop the others. With
 * `dryRun`, only the list call is made. Throws a GithubError when the issues cannot be listed (without them, any
 * create could be a duplicate).
 */
export async function syncBotIssues<A extends BotIssueAction>(
  kind: BotIssueKind,
  target: BotIssueSyncTarget,
  plan: (found: FoundBotIssue[]) => A[],
): Promise<BotIssueSyncResult<A>> {
  const notes: string[] = [];
  const client = createGithubClient({
    ...target.client,
    token: target.token,
    ...(target.baseUrl ? { baseUrl: target.baseUrl } : {}),
    onWait: (n) => notes.push(n),
  });
  const ref = { owner: target.owner, repo: target.repo };
  const found = await listBotIssues(client, ref, kind);
  // Duplicates left by an earlier run that stopped between its create and its check are closed first.
  for (const duplicate of findBotIssueDuplicates(kind, found)) {
    const what = `issue #${duplicate.duplicate.number} duplicates #${duplicate.survivor.number} (${duplicate.fingerprint})`;
    if (target.dryRun) {
      notes.push(`${what}: would close it as a duplicate`);
      continue;
    }
    try {
      await closeIssueDuplicate(client, ref, kind, duplicate);
      Object.assign(duplicate.duplicate, { state: 'closed', stateReason: 'duplicate' });
      notes.push(`${what}: closed it as a duplicate`);
    } catch (e) {
      notes.push(`${what}, but closing it failed: ${toGithubError(e, 'close the duplicate').message} (the next run tries again)`);
    }
  }
  const outcomes: BotIssueOutcome<A>[] = [];
  for (const action of plan(found)) {
    const known = action.kind === 'create' || action.issueNumber === undefined ? {} : { issueNumber: action.issueNumber };
    if (action.kind === 'none' || target.dryRun) {
      outcomes.push({ action, ...known });
      continue;
    }
    try {
      const done = await applyBotIssueWrite(client, ref, kind, action);
      const { issueNumber, htmlUrl, recovered, concurrent, closedDuplicate } = done;
      outcomes.push({
        action,
        issueNumber,
        ...(htmlUrl ? { htmlUrl } : {}),
        ...(recovered ? { recovered } : {}),
        ...(concurrent ? { concurrent } : {}),
        ...(closedDuplicate !== undefined ? { closedDuplicate } : {}),
      });
      if (concurrent) notes.push(describeConcurrentCreate(action.fingerprint, issueNumber, closedDuplicate));
    } catch (e) {
      outcomes.push({ action, ...known, error: toGithubError(e, `${action.kind} the issue for ${action.fingerprint}`) });
    }
  }
  return { dryRun: target.dryRun === true, outcomes, failed: outcomes.filter((o) => o.error !== undefined), notes };
}

function describeConcurrentCreate(fingerprint: string, survivor: number, closed: number | undefined): string {
  return closed === undefined
    ? `another run had just created #${survivor} for ${fingerprint}: not created again`
    : `another run created #${survivor} for ${fingerprint} at the same time: closed #${closed} as its duplicate`;
}
