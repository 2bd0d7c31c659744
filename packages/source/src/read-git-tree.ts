import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** A fault reading git: a ref that does not exist, or no repository. Callers report it as a usage error (exit 2). */
export class GitError extends Error {
  constructor(
    message: string,
    readonly code: 'unknown-ref' | 'not-a-repository' | 'git-failed' | 'unreachable' | 'push-rejected',
  ) {
    super(message);
    this.name = 'GitError';
  }
}

import type { GitFile } from '@meshplane/core';
export type { GitFile };

function git(root: string, args: string[], input?: string): Buffer {
  const r = spawnSync('git', args, { cwd: root, input, maxBuffer: 1024 * 1024 * 1024 });
  if (r.error) throw new GitError(`git could not run: ${r.error.message}`, 'git-failed');
  if (r.status !== 0) {
    const err = r.stderr.toString().trim();
    if (/not a git repository/i.test(err)) throw new GitError(`${resolve(root)} is not a git repository.`, 'not-a-repository');
    throw new GitError(`git ${args[0]} failed: ${err}`, 'git-failed');
  }
  return r.stdout;
}

/** The commit a ref names, or a {@link GitError} that says the ref does not exist. */
export function resolveCommit(root: string, ref: string): string {
  if (ref.startsWith('-')) throw new GitError(`\`${ref}\` is not a git ref.`, 'unknown-ref');
  const r = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0 || !r.stdout.trim()) {
    git(root, ['rev-parse', '--git-dir']);
    // The absolute path: the root as the user named it is often `.`, which read "does not exist in ..".
    throw new GitError(
      `The git ref \`${ref}\` does not exist in the repository at ${resolve(root)}. Fetch it first (e.g. git fetch origin main).`,
      'unknown-ref',
    );
  }
  return r.stdout.trim();
}

/**
 * Every file under the given folders at a commit, read with one `git ls-tree` and (when a content is first used) one
 * `git cat-file --batch`, never touching the work tree. Paths are repository-relative with forward slashes.
 */
export function readGitTree(root: string, commit: string, folders: readonly string[]): GitFile[] {
  const listing = git(root, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...folders]).toString('utf8');
  const entries = listing
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [meta = '', path = ''] = line.split('\t');
      const [mode = '', type = '', oid = ''] = meta.split(' ');
      return { mode, type, oid, path };
    })
    .filter((e) => e.type === 'blob');
  if (entries.length === 0) return [];
  // Contents are read on first use, all at once with one `git cat-file --batch`: a check whose parse index knows every
  // blob id never reads them.
  let contents: Buffer[] | undefined;
  const readContents = (): Buffer[] => {
    if (contents) return contents;
    const batch = git(root, ['cat-file', '--batch'], entries.map((e) => e.oid).join('\n') + '\n');
    const read: Buffer[] = [];
    let off = 0;
    for (let i = 0; i < entries.length; i++) {
      const nl = batch.indexOf(0x0a, off);
      const size = Number(batch.subarray(off, nl).toString('utf8').split(' ')[2]);
      read.push(batch.subarray(nl + 1, nl + 1 + size));
      off = nl + 1 + size + 1;
    }
    contents = read;
    return read;
  };
  return entries.map((e, i) => ({
    path: e.path,
    mode: e.mode,
    oid: e.oid,
    get content(): Buffer {
      return readContents()[i] as Buffer;
    },
  }));
}
