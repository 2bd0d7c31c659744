import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameContractFile, nameProductFile, readOwnerTeam, type CatalogExport, type CatalogIndex } from '@meshplane/core';
import { describeProductContracts } from '../interop/export-odcs.js';
import { describeProductOdps } from '../interop/export-odps.js';
import { renderInteropYaml } from '../interop/render-interop-yaml.js';
import type { Repository } from '../repository/resolve-repository.js';

/**
 * The contracts a site build wrote: how many ODCS contracts, the key of every file by its path under `downloads/`,
 * and the paths it did not write because the last build holds them unchanged (moved in when the build succeeds).
 */
export interface ContractDownloads {
  contracts: number;
  keys: Record<string, string>;
  kept: string[];
}

/**
 * The ODCS v3.1 contract of every output port of every product the site shows, into `dir/odcs/`, as `mesh export odcs`
 * writes them (servers from the repository's platform), and each product's ODPS v1.0.0 document into `dir/odps/`, as
 * `mesh export odps` writes it. A product's files are keyed by a hash of what they are made from (its manifest and
 * ports, its owner team, the platform, its agreements, the versions of the products it reads). Where the last build
 * (`last`, its `downloads/` folder and keys) wrote them under the same key, they are not made again (making the
 * documents and their YAML for 10 000 products is most of the cost) but listed in `kept`, for
 * {@link moveKeptContracts} once the whole build has succeeded: until then the last build stays whole, to be put back
 * if this one fails. It yields to the event loop every 100 products.
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
  const kept: string[] = [];
  // What the last build's folders hold, listed once (not a file system call per contract).
  const there = new Set(last ? ['odcs', 'odps'].flatMap((folder) => listFolder(join(last.dir, folder)).map((name) => `${folder}/${name}`)) : []);
  let contracts = 0;
  for (const [i, product] of data.products.entries()) {
    // A turn for the rest of the build now and then (feeding Pagefind, the DuckDB writer): this loop takes seconds.
    if (i % 100 === 99) await new Promise((resolve) => setImmediate(resolve));
    const node = nodes.get(product.id);
    if (!node) continue;
    const ports = product.ports.map((p) => p.name);
    // Every file of the product is made from these, and only these: a product whose inputs are unchanged is not made again.
    const key = createHash('sha256')
      .update(
        JSON.stringify([
          node.data,
          ports,
          readOwnerTeam(index, node) ?? null,
          repo.config.platform ?? null,
          product.agreements,
          // The versions of the products it reads (its ODPS document names them).
          node.inputs.map((i) => (i.product === undefined ? null : [i.product, nodes.get(i.product)?.version ?? null])),
        ]),
      )
      .digest('base64url');
    const odps = `odps/${nameProductFile(product.id)}`;
    const paths = [odps, ...ports.map((port) => `odcs/${nameContractFile(product.id, port)}`)];
    for (const path of paths) keys[path] = key;
    contracts += ports.length;
    if (last && paths.every((path) => last.keys[path] === key && there.has(path))) {
      kept.push(...paths);
      continue;
    }
    writeFileSync(join(dir, odps), renderInteropYaml(describeProductOdps(index, node, nodes)));
    for (const { port, contract } of describeProductContracts(repo, index, node, ports, product.agreements))
      writeFileSync(join(dir, `odcs/${nameContractFile(product.id, port)}`), renderInteropYaml(contract));
  }
  return { contracts, keys, kept };
}

/** Moves the contract files a build kept (`kept`, paths under `downloads/`) from the last site's downloads into `dir`. */
export function moveKeptContracts(lastDownloads: string, dir: string, kept: readonly string[]): void {
  for (const path of kept) renameSync(join(lastDownloads, path), join(dir, path));
}

function listFolder(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
