import type { CatalogIndex } from '../catalog/catalog-index.js';
import { isSameData } from '../model/same-data.js';
import type { AgreementNode } from './read-agreement-node.js';

/** An agreement a pull request adds, changes or removes, with both sides where they exist. */
export interface AgreementChange {
  status: 'added' | 'modified' | 'removed';
  /** `<provider>/<name>`. */
  id: string;
  head?: AgreementNode;
  base?: AgreementNode;
}

/** The agreements a pull request adds, changes (any difference in its data) or removes, by id; sorted by id. */
export function listAgreementChanges(base: CatalogIndex, head: CatalogIndex): AgreementChange[] {
  const before = new Map(base.agreements.map((a) => [a.id, a]));
  const after = new Map(head.agreements.map((a) => [a.id, a]));
  const out: AgreementChange[] = [];
  for (const [id, h] of after) {
    const b = before.get(id);
    if (!b) out.push({ status: 'added', id, head: h });
    else if (!isSameData(b.data, h.data)) out.push({ status: 'modified', id, head: h, base: b });
  }
  for (const [id, b] of before) if (!after.has(id)) out.push({ status: 'removed', id, base: b });
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
