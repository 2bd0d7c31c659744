import { toGithubError } from '../github-error.js';
import type { GithubApi, RepoRef } from './github-api.js';

/** A review as the approvals need it: who, what it says, and on which commit it was given. */
export interface SubmittedReview {
  login: string;
  state: string;
  commitId: string | null;
  submittedAt: string | null;
}

/**
 * Every review of a pull request, oldest first, following every page of GitHub's list
 * (https://docs.github.com/en/rest/pulls/reviews#list-reviews-for-a-pull-request). A GitHub fault is an error: the
 * check that needs approvals fails closed.
 */
export async function listPullReviews(api: GithubApi, at: RepoRef & { pull: number }): Promise<SubmittedReview[]> {
  try {
    const reviews = await api.paginate(api.rest.pulls.listReviews, { owner: at.owner, repo: at.repo, pull_number: at.pull, per_page: 100 });
    return reviews.flatMap((r) =>
      r.user ? [{ login: r.user.login, state: r.state, commitId: r.commit_id ?? null, submittedAt: r.submitted_at ?? null }] : [],
    );
  } catch (e) {
    throw toGithubError(e, `list the reviews of pull request #${at.pull}`);
  }
}
