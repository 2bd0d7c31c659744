import { spawnSync } from 'node:child_process';
import { GitError } from './read-git-tree.js';

/**
 * Every path the work tree changes against a commit — modified, added, deleted, both sides of a rename, and new
 * untracked files — as a pull request's file list would name them (for routing reviews from a checkout).
 */
export function listChangedPaths(root: string, commit: string): string[] {
  const run = (args: string[]): string => {
    const r = spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (r.status !== 0) throw new GitError(`git ${args[0]} failed: ${r.stderr.trim()}`, 'git-failed');
    return r.stdout;
  };
  const diff = run(['diff', '--name-only', '-z', '--no-renames', commit, '--']);
  const untracked = run(['ls-files', '--others', '--exclude-standard', '-z']);
  return [...new Set([...diff.split('\0'), ...untracked.split('\0')].filter(Boolean))].sort();
}
