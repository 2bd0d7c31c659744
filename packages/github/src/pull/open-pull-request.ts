import { toGithubError } from '../github-error.js';
import type { GithubApi, RepoRef } from './github-api.js';

/**
 * Opens a pull request from `head` (a branch already pushed) into `base`
 * (https://docs.github.com/en/rest/pulls/pulls#create-a-pull-request); resolves to its number and address.
 */
export async function openPullRequest(
  api: GithubApi,
  at: RepoRef & { head: string; base: string; title: string; body: string },
): Promise<{ number: number; url: string }> {
  try {
    const { data } = await api.rest.pulls.create({ owner: at.owner, repo: at.repo, head: at.head, base: at.base, title: at.title, body: at.body });
    return { number: data.number, url: data.html_url };
  } catch (e) {
    throw toGithubError(e, `open a pull request from ${at.head} into ${at.base}`);
  }
}
