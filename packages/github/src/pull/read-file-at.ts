import { toGithubError } from '../github-error.js';
import type { GithubApi, RepoRef } from './github-api.js';

/**
 * One file's bytes at a ref, or undefined when it does not exist there (a 404). The contents API leaves out the
 * content of a file over 1 MB (`encoding: none`); such a file is read through the git blob API, which takes up to 100 MB.
 * See https://docs.github.com/rest/repos/contents#get-repository-content.
 */
export async function readFileAt(api: GithubApi, at: RepoRef & { ref: string }, path: string): Promise<Buffer | undefined> {
  try {
    const { data } = await api.rest.repos.getContent({ owner: at.owner, repo: at.repo, path, ref: at.ref });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined;
    if (data.encoding === 'none' || (data.content === '' && data.size > 0)) {
      const blob = await api.rest.git.getBlob({ owner: at.owner, repo: at.repo, file_sha: data.sha });
      return Buffer.from(blob.data.content, 'base64');
    }
    return Buffer.from(data.content, 'base64');
  } catch (e) {
    if (typeof e === 'object' && e !== null && 'status' in e && e.status === 404) return undefined;
    throw toGithubError(e, `read ${path} at ${at.ref} of ${at.owner}/${at.repo}`);
  }
}
