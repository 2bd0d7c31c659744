import { execFileSync } from 'node:child_process';
import { createGithubClient, listPullReviews } from '@meshplane/github';
import { collectAgreementApprovals, type ReadApprovals } from '@meshplane/usecases';
import { ActionInputError, readInput, type RunnerEnv } from '../runner/read-input.js';
import type { PullRequestRefs } from '../runner/read-pull-request.js';
import { readRepositoryName } from '../runner/read-repository-name.js';

/**
 * What the pull request's reviews say of the agreements it changes: its reviews through GitHub's API (the
 * `github-token` input, `pull-requests: read`), and each agreement file at the commit a reviewer approved and at the
 * head, from the checkout's git history (`fetch-depth: 0`; a commit not there — force-pushed away — covers nothing).
 * A GitHub fault fails the check.
 */
export function readActionApprovals(env: RunnerEnv, root: string, pr: PullRequestRefs): ReadApprovals {
  return async (changes) => {
    const token = readInput(env, 'github-token');
    if (!token) throw new ActionInputError('Input `github-token` is empty: approving data sharing agreements needs a token with pull-requests: read.');
    const api = createGithubClient({ token, ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}) });
    const reviews = await listPullReviews(api, { ...readRepositoryName(env), pull: pr.number });
    const at = async (commit: string, path: string): Promise<string | undefined> => showFile(root, commit, path);
    return collectAgreementApprovals(reviews, changes, { at, head: (path) => at(pr.headSha, path) }, pr.author);
  };
}

/** A file's text at a commit, or undefined when the commit or the file is not there. */
function showFile(root: string, commit: string, path: string): string | undefined {
  if (!/^[0-9a-f]{40}$/.test(commit) || path.startsWith('-')) return undefined;
  try {
    return execFileSync('git', ['show', `${commit}:${path}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 8 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}
