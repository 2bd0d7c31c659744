import { toGithubError } from '../github-error.js';
import type { GithubApi, RepoRef } from './github-api.js';

/** Every path a pull request changes (both paths of a rename), following every page of GitHub's list. */
export async function listPullFiles(api: GithubApi, at: RepoRef & { pull: number }): Promise<string[]> {
  try {
    const files = await api.paginate(api.rest.pulls.listFiles, { owner: at.owner, repo: at.repo, pull_number: at.pull, per_page: 100 });
    const paths = new Set<string>();
    for (const f of files) {
      paths.add(f.filename);
      if (f.previous_filename) paths.add(f.previous_filename);
    }
    return [...paths].sort();
  } catch (e) {
    throw toGithubError(e, `list the files of pull request #${at.pull}`);
  }
}
