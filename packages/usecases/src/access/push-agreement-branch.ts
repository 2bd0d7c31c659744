import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitError } from '@meshplane/source';

/**
 * Commits one file onto a new branch off `HEAD` and pushes it to `origin`, without touching the work tree, the index
 * or the current branch: the commit is built with a private index (`read-tree`, `update-index`, `write-tree`,
 * `commit-tree`). The push uses the user's own git credentials. Resolves to the branch's commit.
 */
export function pushAgreementBranch(root: string, options: { branch: string; file: string; message: string }): string {
  const dir = mkdtempSync(join(tmpdir(), 'meshplane-index-'));
  const env = { ...process.env, GIT_INDEX_FILE: join(dir, 'index') };
  const git = (args: string[], input?: string): string => {
    const r = spawnSync('git', args, { cwd: root, env, encoding: 'utf8', ...(input === undefined ? {} : { input }) });
    if (r.status !== 0) throw new GitError(`git ${args[0]} failed: ${(r.stderr || r.stdout || '').trim().split('\n').at(-1) ?? ''}`, 'git-failed');
    return r.stdout.trim();
  };
  try {
    git(['read-tree', 'HEAD']);
    const blob = git(['hash-object', '-w', '--', options.file]);
    git(['update-index', '--add', '--cacheinfo', `100644,${blob},${options.file}`]);
    const tree = git(['write-tree']);
    const commit = git(['commit-tree', tree, '-p', 'HEAD', '-F', '-'], `${options.message}\n`);
    git(['push', '--quiet', 'origin', `${commit}:refs/heads/${options.branch}`]);
    return commit;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
