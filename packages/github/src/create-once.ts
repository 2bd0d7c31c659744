import { GithubError, toGithubError } from './github-error.js';

/** How to make one thing exactly once: the create call, and how to find it should an earlier attempt have worked. */
export interface CreateOnce<T> {
  create: () => Promise<T>;
  findExisting: () => Promise<T | undefined>;
  /** What is being created, for error messages. */
  doing: string;
  /** Attempts at most (default 3). */
  attempts?: number;
}

/**
 * Creates something that must not be duplicated (an issue, a comment). A create that fails with a 5xx or a lost
 * connection may still have happened on GitHub's side, so before each new attempt this looks for the result first,
 * and returns it when found. Errors GitHub would repeat (4xx) are not retried.
 */
export async function createOnce<T>(op: CreateOnce<T>): Promise<{ value: T; recovered: boolean }> {
  const attempts = op.attempts ?? 3;
  let last: GithubError | undefined;
  for (let i = 0; i < attempts; i += 1) {
    if (i > 0) {
      const existing = await op.findExisting();
      if (existing !== undefined) return { value: existing, recovered: true };
    }
    try {
      return { value: await op.create(), recovered: false };
    } catch (e) {
      last = toGithubError(e, op.doing);
      if (last.code !== 'server-error' && last.code !== 'unreachable') throw last;
    }
  }
  const existing = await op.findExisting();
  if (existing !== undefined) return { value: existing, recovered: true };
  throw last ?? new GithubError('server-error', `Could not ${op.doing}.`);
}
