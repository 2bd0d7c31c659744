import type { Finding } from '../model/finding.js';
import type { LoadedSource } from '../model/source-document.js';
import type { DataProduct } from '../model/generated/types.js';
import { validateDocument } from '../validate/validate-document.js';
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
    const v = validateDocument(doc);
    findings.push(...v.findings);
    if (v.kind === 'DataProduct') {
      const node = readProductNode(doc, v.valid);
      if (node) index.products.push(node);
      if (v.valid) findings.push(...checkProductConsistency(doc.value as DataProduct, doc));
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
