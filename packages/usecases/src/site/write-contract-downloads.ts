import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameContractFile, nameProductFile, type CatalogExport, type CatalogIndex } from '@meshplane/core';
import { describeProductContracts } from '../interop/export-odcs.js';
import { describeProductOdps } from '../interop/export-odps.js';
import { renderInteropYaml } from '../interop/render-interop-yaml.js';
import type { Repository } from '../repository/resolve-repository.js';

/** The contracts a site build wrote: how many ODCS contracts, and the key of every file, by its path under `downloads/`. */
export interface ContractDownloads {
  contracts: number;
  keys: Record<string, string>;
}

/**
 * The ODCS v3.1 contract of every output port of every product the site shows, into `dir/odcs/`, as `mesh export odcs`
 * writes them (servers from the repository's platform), and each product's ODPS v1.0.0 document into `dir/odps/`, as
 * `mesh export odps` writes it. Each file's key is a hash of its document: where the last build (`last`, its
 * `downloads/` folder and keys) wrote a file of the same key, that file is linked here instead of written again (writing
 * the YAML of 10 000 products is most of the cost). It yields to the event loop every 100 products.
 */
export async function writeContractDownloads(
  dir: string,
  repo: Repository,
  index: CatalogIndex,
  data: CatalogExport,
  last?: { dir: string; keys: Readonly<Record<string, string>> },
): Promise<ContractDownloads> {
  mkdirSync(join(dir, 'odcs'), { recursive: true });
  mkdirSync(join(dir, 'odps'), { recursive: true });
  const nodes = new Map(index.products.map((p) => [p.id, p]));
  const keys: Record<string, string> = {};
  const write = (path: string, document: object): void => {
    const key = createHash('sha256').update(JSON.stringify(document)).digest('base64url');
    keys[path] = key;
    const kept = last?.keys[path] === key ? join(last.dir, path) : undefined;
    if (kept && existsSync(kept)) keepFile(kept, join(dir, path));
    else writeFileSync(join(dir, path), renderInteropYaml(document));
  };
  let contracts = 0;
  for (const [i, product] of data.products.entries()) {
    // A turn for the rest of the build now and then (feeding Pagefind, the DuckDB writer): this loop takes seconds.
    if (i % 100 === 99) await new Promise((resolve) => setImmediate(resolve));
    const node = nodes.get(product.id);
    if (!node) continue;
    write(`odps/${nameProductFile(product.id)}`, describeProductOdps(index, node, nodes));
    const ports = product.ports.map((p) => p.name);
    for (const { port, contract } of describeProductContracts(repo, index, node, ports, product.agreements)) {
      write(`odcs/${nameContractFile(product.id, port)}`, contract);
      contracts++;
    }
  }
  return { contracts, keys };
}

/** `from` at `to` too: a hard link (the last build stays whole, to be put back if this one fails), else a copy. */
function keepFile(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}
