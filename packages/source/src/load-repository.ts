import { lstatSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Finding, LoadedSource, SourceDocument } from '@meshplane/core';
import { readYamlDocument, symlinkFinding, tooLargeFinding } from './read-yaml-document.js';
import { READER_LIMITS } from './reader-limits.js';
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

/** What reading one file adds to the result, once every file has been read. */
type Step = (out: LoadedSource) => void;

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

/** Reads one file's bytes now (adding them to `contents`) and returns what it adds to the result. */
function prepareRead(root: string, rel: string, st: Stats, read: ReadYaml, contents: { file: string; content: Uint8Array }[]): Step {
  const finding = (ruleId: string, message: string, hint: string): Finding => ({ ruleId, severity: 'error', message, hint, file: rel, line: 1, column: 1 });
  const only =
    (f?: Finding): Step =>
    (out) => {
      out.files.push(rel);
      if (f) out.findings.push(f);
    };
  if (st.isSymbolicLink()) return only(symlinkFinding(rel));
  if (!st.isFile()) return only();
  // Refused before reading: a huge file should not even be loaded into memory.
  if (st.size > READER_LIMITS.maxBytes) return only(tooLargeFinding(rel, st.size));
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(root, rel));
  } catch (e) {
    return only(finding('file.unreadable', `${rel} could not be read: ${e instanceof Error ? e.message : String(e)}.`, 'Check the file permissions.'));
  }
  contents.push({ file: rel, content: bytes });
  return (out) => {
    out.files.push(rel);
    const r = read(rel, bytes);
    for (const f of r.findings) out.findings.push(f);
    if (r.document) out.documents.push(r.document as SourceDocument);
  };
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}
