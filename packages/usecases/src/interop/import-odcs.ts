import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import { readOdcsContracts, validateDocument, type Finding, type OdcsImportFlags, type SourceDocument } from '@meshplane/core';
import { readYamlDocument } from '@meshplane/source';
import { writeFilesWhole } from '../write-files-whole.js';

/** What an import did: the manifests (written only when there is no error), and every finding. */
export interface OdcsImportResult {
  manifests: Record<string, unknown>[];
  findings: Finding[];
  written: string[];
}

/** Where imported manifests go, and whether to write them at all. */
export interface ImportTarget {
  catalogRoot?: string;
  write?: boolean;
}

/**
 * `mesh import odcs <file…> --domain D [--owner TEAM …]`: reads each contract with the safe YAML reader, turns them
 * into product manifests, validates those against the manifest schema, and writes `catalog/<domain>/<name>/product.yaml`
 * under `root` only when nothing is an error (all files or none).
 */
export function importOdcs(root: string, files: readonly string[], flags: OdcsImportFlags & ImportTarget): OdcsImportResult {
  const { docs, findings } = readImportFiles(files);
  const read = readOdcsContracts(docs, flags);
  return writeImported(root, read.manifests, [...findings, ...read.findings], flags);
}

/** Each file read with the safe YAML reader: the documents, and the findings of those it refused. */
export function readImportFiles(files: readonly string[]): { docs: SourceDocument[]; findings: Finding[] } {
  const docs: SourceDocument[] = [];
  const findings: Finding[] = [];
  for (const f of files) {
    const r = readYamlDocument(relative(process.cwd(), resolve(f)) || f, readFileSync(f));
    findings.push(...r.findings);
    if (r.document) docs.push(r.document);
  }
  return { docs, findings };
}

/**
 * Validates imported manifests against the manifest schema and writes each to `catalog/<domain>/<name>/product.yaml`
 * under `root` when nothing is an error: every file to a temporary name first, then all renamed (all or none).
 */
export function writeImported(root: string, manifests: Record<string, unknown>[], findings: Finding[], target: ImportTarget): OdcsImportResult {
  const targets = manifests.map((m) => {
    const { id, domain } = m.metadata as { id: string; domain: string };
    return { m, file: join(target.catalogRoot ?? 'catalog', domain, id.slice(id.indexOf('.') + 1), 'product.yaml') };
  });
  if (!findings.some((f) => f.severity === 'error'))
    for (const t of targets) findings.push(...validateDocument({ file: t.file, value: t.m, locate: () => ({ line: 1, column: 1 }) }).findings);
  if (findings.some((f) => f.severity === 'error') || target.write === false) return { manifests, findings, written: [] };
  const files = targets.map((t) => ({ file: resolve(root, t.file), text: stringify(t.m, { lineWidth: 0, aliasDuplicateObjects: false }) }));
  writeFilesWhole(files);
  return { manifests, findings, written: files.map((f) => f.file) };
}
