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

/** A product of the export by id (lineage and rankings name products by id). */
export function findProduct(data: CatalogExport, id: string): ProductExport | undefined {
  return data.products.find((p) => p.id === id);
}
