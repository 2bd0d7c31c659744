import type { CatalogExport, ProductExport } from '@meshplane/core';
import type { LineageNodeInput } from './layout-lineage.js';

/**
 * The nodes and edges of a product's lineage neighbourhood: the product, what its walk reached upstream and downstream
 * (already depth-limited by the export), and every mesh edge between two of them.
 */
export function selectNeighbourhood(data: CatalogExport, product: ProductExport): { nodes: LineageNodeInput[]; edges: { from: string; to: string }[] } {
  const ids = new Set([product.id, ...product.upstream.map((s) => s.id), ...product.downstream.map((s) => s.id)]);
  const nodes = data.products
    .filter((p) => ids.has(p.id))
    .map((p) => ({ id: p.id, label: p.name, domain: p.domain, ...(p.id === product.id ? { focus: true } : {}) }));
  const edges = data.edges.filter((e) => ids.has(e.producer) && ids.has(e.consumer)).map((e) => ({ from: e.producer, to: e.consumer }));
  return { nodes, edges };
}
