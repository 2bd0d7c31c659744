import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { hashGitBlob } from './parse-index.js';
import type { RepositoryLayout } from './load-repository.js';
import { readListing, type WorkTreeListing } from './list-work-tree-files.js';

/**
 * A hash of every file a check of the work tree reads (the catalog folders, the waivers and the config file): their
 * paths and contents, without reading the files git knows to be unchanged. Git's index gives their blob ids; the files
 * the work tree changed, the untracked and ignored ones, and those git does not vouch for (assume-unchanged,
 * skip-worktree, a merge in progress) are read and hashed. Two equal fingerprints mean the same files with the same
 * bytes. Undefined when git cannot say (no listing), or with a submodule or a nested repository in the catalog (the
 * check reads the files in it, which git's index does not list).
 */
export function fingerprintWorkTree(root: string, layout: RepositoryLayout, listing: WorkTreeListing | undefined): string | undefined {
  // The files as the loader reads them: by blob id where git vouches for them, from disk otherwise.
  const listed = readListing(listing, layout);
  if (!listed) return undefined;
  const hash = createHash('sha256').update('meshplane-work-tree 2\0');
  for (const f of listed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)))
    hash.update(`${f.path}\0${f.oid === undefined ? describeOnDisk(join(root, f.path)) : `${f.link ? 'link' : 'file'} ${f.oid}`}\n`);
  return hash.digest('base64url');
}

/** A file as the check would find it: its git blob id, a link's target, or what else is there. */
function describeOnDisk(path: string): string {
  try {
    const st = lstatSync(path);
    if (st.isSymbolicLink()) return `link ${readlinkSync(path)}`;
    if (st.isFile()) return `file ${hashGitBlob(readFileSync(path))}`;
    return st.isDirectory() ? 'folder' : 'other';
  } catch (e) {
    return `unreadable ${(e as NodeJS.ErrnoException).code ?? 'error'}`;
  }
}
