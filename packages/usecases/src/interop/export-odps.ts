import { join, resolve } from 'node:path';
import { buildOdpsProduct, nameProductFile, readOwnerTeam, type CatalogIndex, type OdpsProduct, type ProductNode } from '@meshplane/core';
import { checkRepository, type Repository } from '../repository/resolve-repository.js';
import { UsageError } from '../usage-error.js';
import { writeFilesWhole } from '../write-files-whole.js';
import { renderInteropYaml } from './render-interop-yaml.js';

/** One product as ODPS: the document, its YAML, and the file it went to (with `--out`). */
export interface OdpsExportFile {
  product: OdpsProduct;
  text: string;
  file?: string;
}

/**
 * `mesh export odps <product> [--out DIR]`: the product as an ODPS v1.0.0 data product, its ports naming the ODCS
 * contracts `mesh export odcs` writes, as `<product>.odps.yaml` in DIR or printed.
 */
export function exportOdps(repo: Repository, productId: string, options: { out?: string } = {}): OdpsExportFile {
  const index = checkRepository(repo).index;
  const product = index.products.find((p) => p.id === productId);
  if (!product) throw new UsageError(`No product ${productId} in the catalog. Run mesh graph to list them.`);
  if (!product.valid) throw new UsageError(`${productId} does not pass mesh validate; fix it before exporting.`);
  const out = buildProductOdps(index, product, new Map(index.products.map((p) => [p.id, p])));
  if (!options.out) return out;
  const file = join(resolve(options.out), nameProductFile(productId));
  writeFilesWhole([{ file, text: out.text }]);
  return { ...out, file };
}

/** A product's ODPS document and YAML, with its owner team and the versions of the products it reads from the index. */
export function buildProductOdps(index: CatalogIndex, product: ProductNode, byId: ReadonlyMap<string, ProductNode>): OdpsExportFile {
  const document = describeProductOdps(index, product, byId);
  return { product: document, text: renderInteropYaml(document) };
}

/** The document of {@link buildProductOdps} only (the site writes the YAML of those that changed). */
export function describeProductOdps(index: CatalogIndex, product: ProductNode, byId: ReadonlyMap<string, ProductNode>): OdpsProduct {
  const team = readOwnerTeam(index, product);
  const versionOf = (id: string): string | undefined => {
    const v = (byId.get(id)?.data.metadata as { version?: unknown } | undefined)?.version;
    return typeof v === 'string' ? v : undefined;
  };
  return buildOdpsProduct(product.data, { team, versionOf });
}
