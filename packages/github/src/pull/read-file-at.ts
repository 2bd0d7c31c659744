import { toGithubError } from '../github-error.js';
import type { GithubApi, RepoRef } from './github-api.js';

/** One file's bytes at a ref, or undefined when it does not exist there (a 404). */
export async function readFileAt(api: GithubApi, at: RepoRef & { ref: string }, path: string): Promise<Buffer | undefined> {
  try {
    const { data } = await api.rest.repos.getContent({ owner: at.owner, repo: at.repo, path, ref: at.ref });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined;
    return Buffer.from(data.content, 'base64');
  } catch (e) {
    if (typeof e === 'object' && e !== null && 'status' in e && e.status === 404) return undefined;
    throw toGithubError(e, `read ${path} at ${at.ref} of ${at.owner}/${at.repo}`);
  }
}
