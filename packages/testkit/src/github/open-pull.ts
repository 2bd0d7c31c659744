import { resolveObject } from './read-git-objects.js';
import { buildIssue, describeUser, type GithubPull, type GithubRepoState, type GithubServerState } from './github-state.js';

/** A pull request to open on the local server. */
export interface PullOptions {
  title?: string;
  body?: string;
  /** The base branch (default: the repository's default branch). */
  base?: string;
  /** The head branch (or a commit) of the served git repository. */
  head: string;
  /** `owner/repo` of a fork the head comes from (its commits must be in the same git folder). */
  headRepo?: string;
  author?: string;
  draft?: boolean;
}

/** Opens a pull request: resolves its branches in the git folder and files the issue GitHub keeps for it. */
export function openPull(state: GithubServerState, repo: GithubRepoState, options: PullOptions, now: string): GithubPull {
  if (!repo.gitDir) throw new Error(`serveGit ${repo.owner}/${repo.repo} before opening a pull request`);
  const baseRef = options.base ?? repo.defaultBranch;
  const sha = (ref: string): string => {
    const c = resolveObject(repo.gitDir as string, ref, 'commit');
    if (!c) throw new Error(`no commit ${ref} in ${repo.gitDir}`);
    return c;
  };
  const full = `${repo.owner}/${repo.repo}`;
  const number = repo.issues.length + 1;
  const user = describeUser(options.author ?? 'octocat');
  const pull: GithubPull = {
    number,
    title: options.title ?? `Change ${options.head}`,
    body: options.body ?? null,
    state: 'open',
    merged: false,
    draft: options.draft ?? false,
    user,
    base: { ref: baseRef, sha: sha(baseRef), repo: full },
    head: { ref: options.head, sha: sha(options.head), repo: options.headRepo ?? full },
    created_at: now,
    updated_at: now,
  };
  repo.pulls.push(pull);
  repo.issues.push(buildIssue(state, repo, { title: pull.title, body: pull.body, user, now, apiUrl: 'https://api.github.com', pull: true }));
  return pull;
}
