import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedSource } from '@meshplane/core';
import { loadRepository, type RepositoryLayout } from './load-repository.js';
import { listSourceFolders } from './load-git-source.js';
import { addReadResult, prepareRead, statOrUndefined, type Step } from './prepare-read.js';
import { readYamlDocument, symlinkFinding } from './read-yaml-document.js';
import type { ReadYaml } from './parse-index.js';
import { listWorkTreeFiles, type WorkTreeListing } from './list-work-tree-files.js';

/** A file of the work tree as git lists it: unchanged since the index (its blob id), or to be read from disk. */
type Listed = { path: string; oid: string; link: boolean } | { path: string; oid?: undefined };

/**
 * Reads a repository's work tree as {@link loadRepository} does — the same files, the same findings, the same
 * documents — but lists the files with git instead of walking and hashing them all: a file git knows to be unchanged
 * since its index is known by its blob id, so a parse index answers for it without reading it; only changed and
 * untracked files are read from disk. Outside a git work tree, without an index to answer, or when git cannot say
 * (an error, a submodule in the catalog), it walks the tree as {@link loadRepository}. A caller that already listed the
 * files ({@link listWorkTreeFiles}) passes the listing.
 */
export function loadWorkTree(
  root: string,
  layout: RepositoryLayout = {},
  read: ReadYaml = readYamlDocument,
  listing: WorkTreeListing | undefined = read.readStored ? listWorkTreeFiles(root, layout) : undefined,
): LoadedSource {
  const listed = read.readStored ? readListing(listing, layout) : undefined;
  if (!listed) return loadRepository(root, layout, read);
  const out: LoadedSource = { documents: [], findings: [], files: [] };
  const steps: Step[] = [];
  const contents: { file: string; content: Uint8Array }[] = [];
  const stored: { file: string; oid: string; content: () => Uint8Array }[] = [];
  for (const f of listed) {
    if (f.oid === undefined) {
      const st = statOrUndefined(join(root, f.path));
      // Walking visits YAML files and links; other files are only counted. A deleted file is not there at all.
      if (st && (/\.ya?ml$/.test(f.path) || st.isSymbolicLink())) steps.push(prepareRead(root, f.path, st, read, contents));
      else if (st?.isFile()) steps.push((o) => void o.files.push(f.path));
    } else if (f.link) steps.push((o) => (o.files.push(f.path), o.findings.push(symlinkFinding(f.path))));
    else if (!/\.ya?ml$/.test(f.path)) steps.push((o) => void o.files.push(f.path));
    else {
      const item = { file: f.path, oid: f.oid, content: () => readFileSync(join(root, f.path)) };
      stored.push(item);
      steps.push((o) => addReadResult(o, f.path, read.readStored?.(item.file, item.oid, item.content) ?? read(item.file, item.content())));
    }
  }
  read.prefill?.([...stored, ...contents]);
  for (const step of steps) step(out);
  out.files.sort();
  out.documents.sort((a, b) => a.file.localeCompare(b.file));
  return out;
}

/**
 * The files under the catalog folders as the walk would find them, from git's listing: tracked files with their index
 * entry, minus those the work tree changed (`git diff-files`), which are read from disk with the untracked ones (ignored
 * ones included, as the walk includes them). Undefined when git cannot say.
 */
function readListing(listing: WorkTreeListing | undefined, layout: RepositoryLayout): Listed[] | undefined {
  if (!listing) return undefined;
  // A repository nested in the catalog is listed as its folder (`catalog/x/`), not its files: the walk reads them.
  if (listing.untracked.split('\0').some((p) => p.endsWith('/'))) return undefined;
  const fromDisk = new Set(listing.changed.split('\0').filter(Boolean));
  const out = new Map<string, Listed>();
  for (const entry of listing.tracked.split('\0').filter(Boolean)) {
    // `H 100644 <oid> 0\t<path>`: tag (H: cached; others — assume-unchanged, skip-worktree, … — are read from disk).
    const m = /^(\S) (\d{6}) ([0-9a-f]{40,64}) (\d)\t(.*)$/s.exec(entry);
    if (!m) return undefined;
    const [, tag, mode, oid, stage, path] = m as unknown as [string, string, string, string, string, string];
    if (mode === '160000') return undefined; // a submodule: the walk reads into it
    if (isSkipped(path)) continue;
    out.set(path, tag === 'H' && stage === '0' && !fromDisk.has(path) ? { path, oid, link: mode === '120000' } : { path });
  }
  for (const path of listing.untracked.split('\0').filter(Boolean)) if (!isSkipped(path)) out.set(path, { path });
  const config = listSourceFolders(layout).find((f) => f.endsWith('.yml'));
  if (config) out.set(config, { path: config });
  return [...out.values()];
}

/** Paths inside the folders the walk skips (`.git`, `node_modules`). */
function isSkipped(path: string): boolean {
  return path.split('/').some((part, i, all) => i < all.length - 1 && (part === '.git' || part === 'node_modules'));
}
