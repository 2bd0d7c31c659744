import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { listSourceFolders } from './load-git-source.js';
import type { RepositoryLayout } from './load-repository.js';

const run = promisify(execFile);

/**
 * What git says of the files under the catalog folders, as git prints it (`-z`, NUL-separated): the index entries
 * (`ls-files --stage -v`), the files the work tree changed since (`diff-files`), and the untracked and ignored ones
 * (`ls-files --others`). Read once, it serves both the loader ({@link loadWorkTree}) and the fingerprint of the files
 * ({@link fingerprintWorkTree}).
 */
export interface WorkTreeListing {
  tracked: string;
  changed: string;
  untracked: string;
}

/** The git commands of a listing: the config file is one path, which the loader and the fingerprint read themselves. */
function listingCommands(layout: RepositoryLayout): string[][] {
  const spec = ['--', ...listSourceFolders(layout).filter((f) => f.endsWith('/') || !f.endsWith('.yml'))];
  // Literal pathspecs: a folder name is a name, never a glob.
  return [
    ['--literal-pathspecs', 'ls-files', '--stage', '-v', '-z', ...spec],
    ['--literal-pathspecs', 'diff-files', '--name-only', '--relative', '-z', ...spec],
    ['--literal-pathspecs', 'ls-files', '--others', '-z', ...spec],
  ];
}

/** The listing, the three commands one after another; undefined when git cannot say (not a work tree, no git). */
export function listWorkTreeFiles(root: string, layout: RepositoryLayout = {}): WorkTreeListing | undefined {
  const out = listingCommands(layout).map((args) => {
    const r = spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
    return r.status === 0 ? r.stdout : undefined;
  });
  return toListing(out);
}

/** {@link listWorkTreeFiles} with the three commands at once: git's walk for untracked files overlaps the others. */
export async function listWorkTreeFilesAsync(root: string, layout: RepositoryLayout = {}): Promise<WorkTreeListing | undefined> {
  const out = await Promise.all(
    listingCommands(layout).map((args) =>
      run('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 }).then(
        (r) => r.stdout,
        () => undefined,
      ),
    ),
  );
  return toListing(out);
}

function toListing([tracked, changed, untracked]: (string | undefined)[]): WorkTreeListing | undefined {
  return tracked === undefined || changed === undefined || untracked === undefined ? undefined : { tracked, changed, untracked };
}

/** A file of the work tree as git lists it: unchanged since the index (its blob id), or to be read from disk. */
export type Listed = { path: string; oid: string; link: boolean } | { path: string; oid?: undefined };

/**
 * The files under the catalog folders as the walk would find them, from git's listing: tracked files with their index
 * entry, minus those the work tree changed (`git diff-files`), which are read from disk with the untracked ones (ignored
 * ones included, as the walk includes them). Undefined when git cannot say.
 */
export function readListing(listing: WorkTreeListing | undefined, layout: RepositoryLayout): Listed[] | undefined {
  if (!listing) return undefined;
  // A check reads one listing up to three times (its report's key before and after, the loader): it is read once.
  const config = listSourceFolders(layout).find((f) => f.endsWith('.yml'));
  const known = readings.get(listing) ?? new Map<string | undefined, Listed[] | undefined>();
  readings.set(listing, known);
  if (!known.has(config)) known.set(config, readListingOnce(listing, config));
  const listed = known.get(config);
  return listed ? [...listed] : undefined;
}

const readings = new WeakMap<WorkTreeListing, Map<string | undefined, Listed[] | undefined>>();

function readListingOnce(listing: WorkTreeListing, config: string | undefined): Listed[] | undefined {
  // A repository nested in the catalog is listed as its folder (`catalog/x/`), not its files: the walk reads them.
  if (listing.untracked.split('\0').some((p) => p.endsWith('/'))) return undefined;
  const fromDisk = new Set(listing.changed.split('\0').filter(Boolean));
  const out = new Map<string, Listed>();
  for (const entry of listing.tracked.split('\0').filter(Boolean)) {
    const parts = splitIndexEntry(entry);
    if (!parts) return undefined;
    const { tag, mode, oid, stage, path } = parts;
    if (mode === '160000') return undefined; // a submodule: the walk reads into it
    if (isSkipped(path)) continue;
    out.set(path, tag === 'H' && stage === '0' && !fromDisk.has(path) ? { path, oid, link: mode === '120000' } : { path });
  }
  for (const path of listing.untracked.split('\0').filter(Boolean)) if (!isSkipped(path)) out.set(path, { path });
  if (config) out.set(config, { path: config });
  return [...out.values()];
}

/**
 * One entry of `ls-files --stage -v`: `H 100644 <oid> 0\t<path>`, its tag (H: cached; others — assume-unchanged,
 * skip-worktree, … — are read from disk), mode, blob id, stage and path. Undefined when it is not that shape. Read by
 * position, not by a regular expression: a listing has one entry per catalog file, read at every check.
 */
function splitIndexEntry(entry: string): { tag: string; mode: string; oid: string; stage: string; path: string } | undefined {
  const tab = entry.indexOf('\t');
  const oid = entry.slice(9, tab - 2);
  const fixed = entry[1] === ' ' && entry[8] === ' ' && entry[tab - 2] === ' ' && entry[0] !== ' ';
  if (tab < 0 || !fixed || !MODE.test(entry.slice(2, 8)) || !STAGE.test(entry[tab - 1] ?? '') || !OID.test(oid)) return undefined;
  return { tag: entry[0] as string, mode: entry.slice(2, 8), oid, stage: entry[tab - 1] as string, path: entry.slice(tab + 1) };
}

const MODE = /^\d{6}$/;
const STAGE = /^\d$/;
const OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** Paths inside the folders the walk skips (`.git`, `node_modules`). */
function isSkipped(path: string): boolean {
  if (!path.includes('.git/') && !path.includes('node_modules/')) return false;
  return path.split('/').some((part, i, all) => i < all.length - 1 && (part === '.git' || part === 'node_modules'));
}
