import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { listSourceFolders } from './load-git-source.js';
import { hashGitBlob } from './parse-index.js';
import type { RepositoryLayout } from './load-repository.js';
import type { WorkTreeListing } from './list-work-tree-files.js';

/**
 * A hash of every file a check of the work tree reads (the catalog folders, the waivers and the config file): their
 * paths and contents, without reading the files git knows to be unchanged. Git's index gives their blob ids; the files
 * the work tree changed, the untracked and ignored ones, and those git does not vouch for (assume-unchanged,
 * skip-worktree, a merge in progress) are read and hashed. Two equal fingerprints mean the same files with the same
 * bytes. Undefined when git cannot say (no listing), or with a submodule or a nested repository in the catalog (the
 * check reads the files in it, which git's index does not list).
 */
export function fingerprintWorkTree(root: string, layout: RepositoryLayout, listing: WorkTreeListing | undefined): string | undefined {
  if (!listing) return undefined;
  const { tracked, changed, untracked } = listing;
  // A nested repository is listed as its folder (`catalog/x/`): the check reads into it, and git cannot say what is there.
  if (untracked.split('\0').some((p) => p.endsWith('/'))) return undefined;
  const fromDisk = new Set([...changed.split('\0'), ...untracked.split('\0')].filter(Boolean));
  for (const entry of tracked.split('\0')) {
    if (!entry) continue;
    // `H 100644 <oid> 0\t<path>`: only a cached (H), merged (stage 0) entry's blob id is the file's content.
    const tab = entry.indexOf('\t');
    if (entry.slice(2, 8) === '160000') return undefined;
    if (entry[0] !== 'H' || entry[tab - 1] !== '0') fromDisk.add(entry.slice(tab + 1));
  }
  // The config file is always read from disk by the check; it is hashed the same way here.
  const config = listSourceFolders(layout).find((f) => !f.endsWith('/') && f.endsWith('.yml'));
  if (config) fromDisk.add(config);
  const hash = createHash('sha256').update('meshplane-work-tree 1\0').update(tracked).update('\0');
  for (const path of [...fromDisk].sort()) hash.update(`${path}\0${describeOnDisk(join(root, path))}\n`);
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
