import type { FoundBotIssue, IssueDuplicate } from '@meshplane/core';
import type { BotIssueKind } from './bot-issue-kind.js';
import type { GithubClient } from './create-github-client.js';
import { toGithubError } from './github-error.js';
import type { RepoRef } from './list-bot-issues.js';

/**
 * Closes a bot issue as a duplicate of its survivor: a comment `Duplicate of #N` (once: two runs cleaning up the same
 * duplicate post it once between them unless they comment at the very same moment), then `state: closed` with
 * `state_reason: duplicate` and `duplicate_issue_id` naming the survivor, as the REST API takes it
 * (https://docs.github.com/rest/issues/issues#update-an-issue). The comment comes first, so a run stopped in between
 * leaves the duplicate open and the next run closes it.
 */
export async function closeIssueDuplicate(client: GithubClient, ref: RepoRef, kind: BotIssueKind, found: IssueDuplicate<FoundBotIssue>): Promise<void> {
  const issue_number = found.duplicate.number;
  const body = kind.renderDuplicateComment(found.survivor.number);
  try {
    const comments = await client.paginate(client.rest.issues.listComments, { ...ref, issue_number, per_page: 100 });
    if (!comments.some((c) => c.body === body)) await client.rest.issues.createComment({ ...ref, issue_number, body, request: { retries: 0 } });
    await client.rest.issues.update({
      ...ref,
      issue_number,
      state: 'closed',
      state_reason: 'duplicate',
      ...(found.survivor.id !== undefined ? { duplicate_issue_id: found.survivor.id } : {}),
    });
  } catch (e) {
    throw toGithubError(e, `close issue #${issue_number} as a duplicate of #${found.survivor.number} (${found.fingerprint})`);
  }
}
