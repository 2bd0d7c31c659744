import { readdirSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { LoadedSource } from '@meshplane/core';
import { readYamlDocument } from './read-yaml-document.js';
import { prepareRead, statOrUndefined, type Step } from './prepare-read.js';
import type { ReadYaml } from './parse-index.js';

/** Where a repository keeps its files. */
export interface RepositoryLayout {
  /** The catalog folder, relative to the root. Default `catalog`. */
  catalogRoot?: string;
}

const YAML = /\.ya?ml$/;
const SKIP_DIRS = new Set(['.git', 'node_modules']);

/**
 * Reads a catalog repository from a directory: every YAML file under the catalog folder and `policies/waivers/`,
 * plus `.github/meshplane.yml`. Symbolic links are never followed (a link could read outside the repository); each
 * is a finding. Paths in the result are relative to `root`, with forward slashes.
 */
export function loadRepository(root: string, layout: RepositoryLayout = {}, read: ReadYaml = readYamlDocument): LoadedSource {
  const out: LoadedSource = { documents: [], findings: [], files: [] };
  // Every file is read first and judged after, in the same order: a reader that can (the parse index) parses what it
  // does not hold all at once, in parallel.
  const steps: Step[] = [];
  const contents: { file: string; content: Uint8Array }[] = [];
  const visit = (rel: string, st: Stats): void => void steps.push(prepareRead(root, rel, st, read, contents));
  for (const dir of [layout.catalogRoot ?? 'catalog', 'policies/waivers']) walk(root, dir, out, visit);
  const config = '.github/meshplane.yml';
  const st = statOrUndefined(join(root, config));
  if (st) visit(config, st);
  read.prefill?.(contents);
  for (const step of steps) step(out);
  out.files.sort();
  out.documents.sort((a, b) => a.file.localeCompare(b.file));
  return out;
}

/** Reads the given files (for `mesh validate <file>`), relative to `root`. */
export function loadFiles(root: string, files: readonly string[]): LoadedSource {
  const out: LoadedSource = { documents: [], findings: [], files: [] };
  for (const f of files) {
    const rel = toPosix(relative(root, f));
    const st = statOrUndefined(join(root, rel));
    if (!st) out.findings.push({ ruleId: 'file.unreadable', severity: 'error', message: `${rel} does not exist.`, hint: 'Check the path.', file: rel });
    else prepareRead(root, rel, st, readYamlDocument, [])(out);
  }
  return out;
}

function walk(root: string, dir: string, out: LoadedSource, visit: (rel: string, st: Stats) => void): void {
  const pending = [dir];
  while (pending.length > 0) {
    const rel = pending.pop() as string;
    let names: string[];
    try {
      names = readdirSync(join(root, rel)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const child = `${rel}/${name}`;
      const st = statOrUndefined(join(root, child));
      if (!st) continue;
      if (st.isDirectory()) {
        if (!SKIP_DIRS.has(name)) pending.push(child);
      } else if (YAML.test(name) || st.isSymbolicLink()) visit(child, st);
      else if (st.isFile()) out.files.push(child);
    }
  }
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}
