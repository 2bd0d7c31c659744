import { readBasePath } from '@meshplane/usecases';
import { readInput, type RunnerEnv } from '../runner/read-input.js';
import { readRepositoryName } from '../runner/read-repository-name.js';

/** The base path the site is built for, and where it came from (for the log and the job summary). */
export interface PagesBasePath {
  basePath: string;
  from: 'input' | 'repository';
}

/**
 * The path GitHub Pages serves this repository's site under: the input `base-path` when given (checked and
 * normalised as `mesh site build --base` does), otherwise from `GITHUB_REPOSITORY`: a project site `owner/repo` is
 * served at `https://owner.github.io/repo/`, so `/repo/`; a user or organisation site, the repository named
 * `owner.github.io` (in any case), at the root, so `/`. A custom domain serves at the root too, which the repository
 * name cannot tell: such a workflow sets `base-path: /` (see docs/actions.md).
 *
 * @example derivePagesBasePath({ GITHUB_REPOSITORY: 'daff/catalog' }) // { basePath: '/catalog/', from: 'repository' }
 */
export function derivePagesBasePath(env: RunnerEnv): PagesBasePath {
  const input = readInput(env, 'base-path');
  if (input !== '') return { basePath: readBasePath(input, 'Input `base-path`'), from: 'input' };
  const { owner, repo } = readRepositoryName(env);
  const basePath = repo.toLowerCase() === `${owner.toLowerCase()}.github.io` ? '/' : readBasePath(`/${repo}/`, 'The repository name in GITHUB_REPOSITORY');
  return { basePath, from: 'repository' };
}
