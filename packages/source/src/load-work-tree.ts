import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedSource } from '@meshplane/core';
import { loadRepository, type RepositoryLayout } from './load-repository.js';
import { addReadResult, prepareRead, statOrUndefined, type Step } from './prepare-read.js';
import { readYamlDocument, symlinkFinding } from './read-yaml-document.js';
import type { ReadYaml } from './parse-index.js';
import { listWorkTreeFiles, readListing, type WorkTreeListing } from './list-work-tree-files.js';

/** A file of the work tree as git lists it: unchanged since the index (its blob id), or to be read from disk. */

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
