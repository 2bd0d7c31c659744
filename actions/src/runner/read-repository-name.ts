import { ActionInputError, type RunnerEnv } from './read-input.js';

/** `GITHUB_REPOSITORY` (`owner/repo`, set by the runner) as its two parts. */
export function readRepositoryName(env: RunnerEnv): { owner: string; repo: string } {
  const [owner, repo, ...extra] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || extra.length > 0) throw new ActionInputError('GITHUB_REPOSITORY must name the repository as owner/repo (the runner sets it).');
  return { owner, repo };
}
