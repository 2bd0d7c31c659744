import { join } from 'node:path';
import { checkCatalog, type Finding } from '@meshplane/core';
import { loadFiles, loadRepository, readYamlDocument } from '@meshplane/source';

/** `mesh validate <file>` in process: the file against its schema and the single-file product rules. */
export function validateFile(root: string, rel: string): Finding[] {
  return checkCatalog(loadFiles(root, [join(root, rel)]), { root, mode: 'validate', toolVersion: 'test' }).report.findings;
}

/** `mesh validate` on text that was never written to disk (a fixture with other line endings, a generated file). */
export function validateText(file: string, input: string | Uint8Array): Finding[] {
  const { document, findings } = readYamlDocument(file, input);
  const source = { documents: document ? [document] : [], findings, files: [file] };
  return checkCatalog(source, { root: '.', mode: 'validate', toolVersion: 'test' }).report.findings;
}

/** `mesh check <dir>` in process: every file, then the whole-mesh rules (ids, references, cycles). */
export function checkRepositoryAt(dir: string): Finding[] {
  return checkCatalog(loadRepository(dir), { root: dir, toolVersion: 'test' }).report.findings;
}

/** The 1-based line of the first line of `text` containing `needle`; throws when there is none. */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`No line contains ${JSON.stringify(needle)}.`);
  return i + 1;
}

/** LF line endings turned into CRLF, byte for byte (so invalid UTF-8 stays invalid). */
export function toCrlf(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (const b of bytes) {
    if (b === 0x0a) out.push(0x0d);
    out.push(b);
  }
  return Uint8Array.from(out);
}

/** The bytes with a UTF-8 byte order mark in front. */
export function withBom(bytes: Uint8Array): Uint8Array {
  return Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);
}
