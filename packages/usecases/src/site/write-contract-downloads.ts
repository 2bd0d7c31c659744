import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogExport, CatalogIndex } from '@meshplane/core';
import { buildProductContracts } from '../interop/export-odcs.js';
import type { Repository } from '../repository/resolve-repository.js';

/** The file a port's contract is published as, in `downloads/odcs/` (the name `mesh export odcs --out` writes). */
export function nameContractFile(productId: string, port: string): string {
  return `${productId}.${port}.odcs.yaml`;
}

/**
 * The ODCS v3.1 contract of every output port of every product the site shows, into `dir`, as `mesh export odcs`
 * writes them (servers from the repository's platform). Returns how many it wrote.
 */
export function writeContractDownloads(dir: string, repo: Repository, index: CatalogIndex, data: CatalogExport): number {
  mkdirSync(dir, { recursive: true });
  const nodes = new Map(index.products.map((p) => [p.id, p]));
  let written = 0;
  for (const product of data.products) {
    const node = nodes.get(product.id);
    if (!node) continue;
    for (const f of buildProductContracts(
      repo,
      index,
      node,
      product.ports.map((p) => p.name),
    )) {
      writeFileSync(join(dir, nameContractFile(product.id, f.port)), f.text);
      written++;
    }
  }
  return written;
}
