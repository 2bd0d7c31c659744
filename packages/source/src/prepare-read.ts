import { lstatSync, readFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { Finding, LoadedSource, SourceDocument } from '@meshplane/core';
import { symlinkFinding, tooLargeFinding, type ReadResult } from './read-yaml-document.js';
import { READER_LIMITS } from './reader-limits.js';
import type { ReadYaml } from './parse-index.js';

/** What reading one file adds to the result, once every file has been read. */
export type Step = (out: LoadedSource) => void;

/** Reads one file's bytes now (adding them to `contents`) and returns what it adds to the result. */
export function prepareRead(root: string, rel: string, st: Stats, read: ReadYaml, contents: { file: string; content: Uint8Array }[]): Step {
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
  return (out) => addReadResult(out, rel, read(rel, bytes));
}

/** Adds one read file to the result: its path, its findings and, when it parsed, its document. */
export function addReadResult(out: LoadedSource, file: string, r: ReadResult): void {
  out.files.push(file);
  for (const f of r.findings) out.findings.push(f);
  if (r.document) out.documents.push(r.document as SourceDocument);
}

/** The file's own status (links not followed), or undefined when it is gone. */
export function statOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
