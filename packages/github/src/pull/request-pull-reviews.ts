import { splitReviewers, type ReviewerNeed } from '@meshplane/core';
import { toGithubError } from '../github-error.js';
import type { GithubApi, RepoRef } from './github-api.js';

/**
 * Asks for the reviews a pull request needs. Requests already pending are not repeated; handles from another
 * organisation than the repository's cannot be requested and come back in `skipped`.
 */
export async function requestPullReviews(
  api: GithubApi,
  at: RepoRef & { pull: number },
  reviewers: readonly ReviewerNeed[],
): Promise<{ teams: string[]; users: string[]; skipped: string[] }> {
  const split = splitReviewers(reviewers, at.owner);
  try {
    const { data } = await api.rest.pulls.listRequestedReviewers({ owner: at.owner, repo: at.repo, pull_number: at.pull });
    const pendingTeams = new Set(data.teams.map((t) => t.slug.toLowerCase()));
    const pendingUsers = new Set(data.users.map((u) => u.login.toLowerCase()));
    const teams = split.teams.filter((t) => !pendingTeams.has(t.toLowerCase()));
    const users = split.users.filter((u) => !pendingUsers.has(u.toLowerCase()));
    if (teams.length > 0 || users.length > 0) {
      await api.rest.pulls.requestReviewers({ owner: at.owner, repo: at.repo, pull_number: at.pull, team_reviewers: teams, reviewers: users });
    }
    return { teams, users, skipped: split.skipped };
  } catch (e) {
    throw toGithubError(e, `request reviews on pull request #${at.pull}`);
  }
}
