import { existsSync, readFileSync } from 'node:fs';
import type { CatalogExport, ProductExport } from '@meshplane/core';

/**
 * `mesh site build` starts Astro while it still checks the catalog, so Vite bundles the site meanwhile; the export
 * file appears (renamed into place whole) when the check is done. Pages import this module only when they render,
 * after bundling: wait here, once, for the file. A build whose parent is gone stops instead of waiting forever.
 */
async function waitForExport(file: string | undefined): Promise<void> {
  const parent = process.ppid;
  while (file && !existsSync(file)) {
    if (process.ppid !== parent) throw new Error(`mesh site build ended before it wrote ${file}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
await waitForExport(process.env.MESHPLANE_EXPORT);

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
