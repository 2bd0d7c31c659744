import { PULL_COMMENT_MARKER } from '@meshplane/core';
import { toGithubError } from '../github-error.js';
import type { GithubApi, RepoRef } from './github-api.js';

/** What happened to the sticky comment. */
export type CommentOutcome = 'created' | 'updated' | 'unchanged';

/**
 * Keeps Meshplane's one comment on a pull request: finds it by its hidden marker (among every page of comments) and
 * edits it in place, or creates it the first time. Never a new comment per push.
 */
export async function upsertPullComment(api: GithubApi, at: RepoRef & { pull: number }, body: string): Promise<CommentOutcome> {
  try {
    const comments = await api.paginate(api.rest.issues.listComments, { owner: at.owner, repo: at.repo, issue_number: at.pull, per_page: 100 });
    const mine = comments.find((c) => c.body?.startsWith(PULL_COMMENT_MARKER));
    if (!mine) {
      await api.rest.issues.createComment({ owner: at.owner, repo: at.repo, issue_number: at.pull, body });
      return 'created';
    }
    if (mine.body === body) return 'unchanged';
    await api.rest.issues.updateComment({ owner: at.owner, repo: at.repo, comment_id: mine.id, body });
    return 'updated';
  } catch (e) {
    throw toGithubError(e, `write the Meshplane comment on pull request #${at.pull}`);
  }
}
