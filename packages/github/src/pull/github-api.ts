import type { GithubClient } from '../create-github-client.js';

/** The part of an Octokit the pull-request adapters use: Probot's `context.octokit` and `createGithubClient` both fit. */
export type GithubApi = Pick<GithubClient, 'rest' | 'paginate'>;

export type { RepoRef } from '../list-bot-issues.js';
