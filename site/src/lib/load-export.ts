import { readFileSync } from 'node:fs';
import type { CatalogExport, ProductExport } from '@meshplane/core';

let cached: CatalogExport | undefined;

/** The catalog export named by MESHPLANE_EXPORT, read once per build. `mesh site build` writes it and sets the variable. */
export function readCatalogExport(): CatalogExport {
  if (cached) return cached;
  const file = process.env.MESHPLANE_EXPORT;
  if (!file) throw new Error('MESHPLANE_EXPORT is not set: build the site with `mesh site build`, which exports the catalog first.');
  cached = JSON.parse(readFileSync(file, 'utf8')) as CatalogExport;
  return cached;
}

/** Lookups over one export, built once: pages of a 10 000-product mesh must not scan every product for each name. */
export interface ExportIndex {
  products: Map<string, ProductExport>;
  /** The lineage edges each product is the producer of. */
  edgesFrom: Map<string, CatalogExport['edges']>;
}

const indexes = new WeakMap<CatalogExport, ExportIndex>();

/** The lookups of an export (cached per export object). */
export function indexExport(data: CatalogExport): ExportIndex {
  const hit = indexes.get(data);
  if (hit) return hit;
  const index: ExportIndex = { products: new Map(data.products.map((p) => [p.id, p])), edgesFrom: new Map() };
  for (const e of data.edges) index.edgesFrom.set(e.producer, [...(index.edgesFrom.get(e.producer) ?? []), e]);
  indexes.set(data, index);
  return index;
}

/** A product of the export by id (lineage and rankings name products by id). */
export function findProduct(data: CatalogExport, id: string): ProductExport | undefined {
  return indexExport(data).products.get(id);
}
