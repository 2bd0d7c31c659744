import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import { readOdcsContracts, validateDocument, type Finding, type OdcsImportFlags, type SourceDocument } from '@meshplane/core';
import { readYamlDocument } from '@meshplane/source';

/** What an import did: the manifests (written only when there is no error), and every finding. */
export interface OdcsImportResult {
  manifests: Record<string, unknown>[];
  findings: Finding[];
  written: string[];
}

/**
 * `mesh import odcs <file…> --domain D [--owner TEAM …]`: reads each contract with the safe YAML reader, turns them
 * into product manifests, validates those against the manifest schema, and writes `catalog/<domain>/<name>/product.yaml`
 * under `root` only when nothing is an error (all files or none).
 */
export function importOdcs(root: string, files: readonly string[], flags: OdcsImportFlags & { catalogRoot?: string; write?: boolean }): OdcsImportResult {
  const docs: SourceDocument[] = [];
  const findings: Finding[] = [];
  for (const f of files) {
    const r = readYamlDocument(relative(process.cwd(), resolve(f)) || f, readFileSync(f));
    findings.push(...r.findings);
    if (r.document) docs.push(r.document);
  }
  const read = readOdcsContracts(docs, flags);
  findings.push(...read.findings);
  const targets = read.manifests.map((m) => {
    const id = String((m.metadata as { id: string }).id);
    const file = join(flags.catalogRoot ?? 'catalog', flags.domain, id.slice(id.indexOf('.') + 1), 'product.yaml');
    return { m, file };
  });
  if (!findings.some((f) => f.severity === 'error'))
    for (const t of targets) findings.push(...validateDocument({ file: t.file, value: t.m, locate: () => ({ line: 1, column: 1 }) }).findings);
  if (findings.some((f) => f.severity === 'error') || flags.write === false) return { manifests: read.manifests, findings, written: [] };
  const written = targets.map((t) => resolve(root, t.file));
  targets.forEach((t, i) => {
    const file = written[i] as string;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, stringify(t.m, { lineWidth: 0, aliasDuplicateObjects: false }));
  });
  for (const file of written) renameSync(`${file}.tmp`, file);
  return { manifests: read.manifests, findings, written };
}
