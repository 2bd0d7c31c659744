import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameContractFile, nameProductFile, type CatalogExport, type CatalogIndex } from '@meshplane/core';
import { buildProductContracts } from '../interop/export-odcs.js';
import { buildProductOdps } from '../interop/export-odps.js';
import type { Repository } from '../repository/resolve-repository.js';

/**
 * The ODCS v3.1 contract of every output port of every product the site shows, into `dir/odcs/`, as `mesh export odcs`
 * writes them (servers from the repository's platform), and each product's ODPS v1.0.0 document into `dir/odps/`, as
 * `mesh export odps` writes it. Returns how many contracts it wrote.
 */
export function writeContractDownloads(dir: string, repo: Repository, index: CatalogIndex, data: CatalogExport): number {
  mkdirSync(join(dir, 'odcs'), { recursive: true });
  mkdirSync(join(dir, 'odps'), { recursive: true });
  const nodes = new Map(index.products.map((p) => [p.id, p]));
  let written = 0;
  for (const product of data.products) {
    const node = nodes.get(product.id);
    if (!node) continue;
    writeFileSync(join(dir, 'odps', nameProductFile(product.id)), buildProductOdps(index, node, nodes).text);
    for (const f of buildProductContracts(
      repo,
      index,
      node,
      product.ports.map((p) => p.name),
      product.agreements,
    )) {
      writeFileSync(join(dir, 'odcs', nameContractFile(product.id, f.port)), f.text);
      written++;
    }
  }
  return written;
}
