import type { BotIssueWrite, FoundBotIssue } from '@meshplane/core';
import { findBotIssueDuplicates, type BotIssueKind } from './bot-issue-kind.js';
import type { GithubClient } from './create-github-client.js';
import { toGithubError } from './github-error.js';
import { createOnce } from './create-once.js';
import { listBotIssues, type RepoRef } from './list-bot-issues.js';
import { closeIssueDuplicate } from './close-issue-duplicate.js';

type CreateAction = Extract<BotIssueWrite, { kind: 'create' }>;

/** What applying one action did: the issue it touched, and whether a create was found done behind a failed answer. */
export interface AppliedBotIssueWrite {
  issueNumber: number;
  htmlUrl?: string;
  recovered: boolean;
  /** Another run created the same issue at the same time; `issueNumber` is that one, which stays. */
  concurrent?: boolean;
  /** The issue this run created and then closed as a duplicate of `issueNumber`. */
  closedDuplicate?: number;
}

/**
 * Carries out one planned action on GitHub. Creates (issues and comments) go through createOnce, so a create that
 * succeeded behind a 502 is found again rather than repeated; edits are idempotent and left to the retry plugin.
 * A state-change comment is posted before the body is edited: should the run stop in between, the body still shows
 * the old state and the next run posts the comment again.
 */
export async function applyBotIssueWrite(client: GithubClient, ref: RepoRef, kind: BotIssueKind, action: BotIssueWrite): Promise<AppliedBotIssueWrite> {
  if (action.kind === 'create') return createBotIssue(client, ref, kind, action);
  let recovered = false;
  if (action.comment !== undefined) recovered = await commentOnce(client, ref, action.issueNumber, action.comment);
  const state =
    action.kind === 'close' ? { state: 'closed' as const, state_reason: 'completed' as const } : action.kind === 'reopen' ? { state: 'open' as const } : {};
  try {
    const res = await client.rest.issues.update({
      ...ref,
      issue_number: action.issueNumber,
      title: action.title,
      body: action.body,
      labels: action.labels,
      ...state,
    });
    return { issueNumber: action.issueNumber, htmlUrl: res.data.html_url, recovered };
  } catch (e) {
    throw toGithubError(e, `${action.kind} issue #${action.issueNumber} (${action.fingerprint})`);
  }
}

/**
 * Creates a new issue, guarded against a concurrent run: the fingerprint is looked for among the open
 * issues just before the create (the plan's list may be minutes old), and again after it. Should two runs both have
 * created one, each sees both, and the one whose issue has the higher number closes it as a duplicate of the other.
 */
async function createBotIssue(client: GithubClient, ref: RepoRef, kind: BotIssueKind, action: CreateAction): Promise<AppliedBotIssueWrite> {
  const findOpen = async (): Promise<FoundBotIssue[]> =>
    (await listBotIssues(client, ref, kind, 'open')).filter((i) => kind.readFingerprint(i.body) === action.fingerprint);
  const before = (await findOpen()).sort((a, b) => a.number - b.number)[0];
  if (before) return { issueNumber: before.number, ...(before.htmlUrl ? { htmlUrl: before.htmlUrl } : {}), recovered: false, concurrent: true };
  const { value, recovered } = await createOnce<{ number: number; htmlUrl?: string }>({
    doing: `create the issue for ${action.fingerprint}`,
    create: async () => {
      const res = await client.rest.issues.create({ ...ref, title: action.title, body: action.body, labels: action.labels, request: { retries: 0 } });
      return { number: res.data.number, htmlUrl: res.data.html_url };
    },
    // The newest match is the one most likely made by the create that failed (an older one is another run's).
    findExisting: async () => {
      const found = (await findOpen()).sort((a, b) => b.number - a.number)[0];
      return found ? { number: found.number, ...(found.htmlUrl ? { htmlUrl: found.htmlUrl } : {}) } : undefined;
    },
  });
  const created = { issueNumber: value.number, ...(value.htmlUrl ? { htmlUrl: value.htmlUrl } : {}), recovered };
  const duplicate = findBotIssueDuplicates(kind, await findOpen()).find((d) => d.duplicate.number === value.number);
  if (!duplicate) return created;
  await closeIssueDuplicate(client, ref, kind, duplicate);
  const { survivor } = duplicate;
  return {
    issueNumber: survivor.number,
    ...(survivor.htmlUrl ? { htmlUrl: survivor.htmlUrl } : {}),
    recovered,
    concurrent: true,
    closedDuplicate: value.number,
  };
}

async function commentOnce(client: GithubClient, ref: RepoRef, issueNumber: number, body: string): Promise<boolean> {
  const { recovered } = await createOnce({
    doing: `comment on issue #${issueNumber}`,
    create: async () => (await client.rest.issues.createComment({ ...ref, issue_number: issueNumber, body, request: { retries: 0 } })).data.id,
    findExisting: async () => {
      try {
        const comments = await client.paginate(client.rest.issues.listComments, { ...ref, issue_number: issueNumber, per_page: 100 });
        return comments.find((c) => c.body === body)?.id;
      } catch (e) {
        throw toGithubError(e, `list the comments of issue #${issueNumber}`);
      }
    },
  });
  return recovered;
}
