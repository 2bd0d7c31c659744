import type { CatalogChanges } from './change-types.js';
import type { CatalogSide } from './diff-catalogs.js';

/** Gives every change item the line of its pointer's key in the head manifest, for reports that show lines. */
export function locateChanges(changes: CatalogChanges, head: CatalogSide): CatalogChanges {
  return {
    ...changes,
    products: changes.products.map((p) => {
      const node = head.graph.nodes.get(p.id);
      if (!node) return p;
      return { ...p, items: p.items.map((i) => ({ ...i, line: node.doc.locate(i.pointer, 'key').line })) };
    }),
  };
}
