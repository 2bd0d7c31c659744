import type { Finding } from '../model/finding.js';
import type { LoadedSource, SourceDocument, SourceMemo } from '../model/source-document.js';
import type { DataProduct } from '../model/generated/types.js';
import { validateDocument } from '../validate/validate-document.js';
import { isFileKind, type FileKind } from '../validate/compile-validators.js';
import { checkProductConsistency } from '../validate/check-product-consistency.js';
import { readNamedEntry, readProductNode, type CatalogIndex } from './catalog-index.js';
import { readAgreementNode } from '../agreement/read-agreement-node.js';

/**
 * Validates every document of a source against its schema and sorts them into a {@link CatalogIndex}. Documents with
 * schema errors stay in the index (marked invalid) so that references to them still resolve.
 */
export function indexCatalog(source: LoadedSource): { index: CatalogIndex; findings: Finding[] } {
  const index: CatalogIndex = { products: [], domains: [], teams: [], waivers: [], configs: [], agreements: [], files: new Set(source.files) };
  const findings: Finding[] = [];
  const docs = [...source.documents].sort((a, b) => a.file.localeCompare(b.file));
  for (const doc of docs) {
    const v = judgeFile(doc, source.memo);
    findings.push(...v.findings);
    if (v.kind === 'DataProduct') {
      const node = readProductNode(doc, v.valid);
      if (node) index.products.push(node);
    } else if (v.kind === 'DataSharingAgreement') {
      const node = readAgreementNode(doc, v.valid);
      if (node) index.agreements.push(node);
    } else if (v.kind) {
      const entry = readNamedEntry(doc, v.valid, v.kind);
      if (!entry) continue;
      const list = { Domain: index.domains, Team: index.teams, Waiver: index.waivers, Config: index.configs }[v.kind];
      list.push(entry);
    }
  }
  return { index, findings };
}

/** What a file is on its own: its kind, whether it matches its schema, its schema and consistency findings. */
interface FileVerdict {
  kind: FileKind | undefined;
  valid: boolean;
  findings: Finding[];
}

/** A file's verdict: recalled from the source's memo when its bytes were judged before, else worked out (and kept). */
function judgeFile(doc: SourceDocument, memo: SourceMemo | undefined): FileVerdict {
  const known = memo?.recall(doc);
  // Copies: a report's findings are its own, never the memo's.
  if (isFileVerdict(known)) return known.findings.length === 0 ? known : structuredClone(known);
  const v = validateDocument(doc);
  const verdict: FileVerdict = {
    kind: v.kind,
    valid: v.valid,
    findings: v.kind === 'DataProduct' && v.valid ? [...v.findings, ...checkProductConsistency(doc.value as DataProduct, doc)] : v.findings,
  };
  memo?.remember(doc, verdict.findings.length === 0 ? verdict : structuredClone(verdict));
  return verdict;
}

function isFileVerdict(x: unknown): x is FileVerdict {
  const v = x as Partial<FileVerdict> | undefined;
  return typeof v === 'object' && v !== null && typeof v.valid === 'boolean' && Array.isArray(v.findings) && (v.kind === undefined || isFileKind(v.kind));
}
