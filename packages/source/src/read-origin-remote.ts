import { spawnSync } from 'node:child_process';
import { GitError } from './read-git-tree.js';

/** The URL (or path) of the `origin` remote of the git work tree at `root`, as actions/checkout leaves it. */
export function readOriginRemote(root: string): string {
  const r = spawnSync('git', ['remote', 'get-url', 'origin'], { cwd: root, encoding: 'utf8' });
  const url = (r.stdout ?? '').trim();
  if (r.status !== 0 || !url)
    throw new GitError(`${root} has no git remote origin to keep the data branch on: check the repository out with git.`, 'not-a-repository');
  return url;
}
