import { isManagedLabel } from '@meshplane/core';
import { toGithubError } from '../github-error.js';
import type { GithubApi, RepoRef } from './github-api.js';

/**
 * Sets Meshplane's labels on a pull request: adds the wanted ones and removes managed labels (`domain:*`,
 * `breaking-change`, …) that no longer apply. Labels people added are never touched.
 */
export async function syncPullLabels(
  api: GithubApi,
  at: RepoRef & { pull: number },
  wanted: readonly string[],
): Promise<{ added: string[]; removed: string[] }> {
  try {
    const current = await api.paginate(api.rest.issues.listLabelsOnIssue, { owner: at.owner, repo: at.repo, issue_number: at.pull, per_page: 100 });
    const have = new Set(current.map((l) => l.name));
    const added = wanted.filter((l) => !have.has(l));
    const removed = [...have].filter((l) => isManagedLabel(l) && !wanted.includes(l));
    if (added.length > 0) await api.rest.issues.addLabels({ owner: at.owner, repo: at.repo, issue_number: at.pull, labels: added });
    for (const name of removed) await api.rest.issues.removeLabel({ owner: at.owner, repo: at.repo, issue_number: at.pull, name });
    return { added, removed };
  } catch (e) {
    throw toGithubError(e, `label pull request #${at.pull}`);
  }
}
