import { join, resolve } from 'node:path';
import {
  buildOdcsContract,
  describeProductAgreements,
  nameContractFile,
  readOwnerTeam,
  type AgreementExport,
  type CatalogIndex,
  type OdcsContract,
  type ProductNode,
} from '@meshplane/core';
import { checkRepository, type Repository } from '../repository/resolve-repository.js';
import { UsageError } from '../usage-error.js';
import { writeFilesWhole } from '../write-files-whole.js';
import { renderInteropYaml } from './render-interop-yaml.js';

/** One written (or printed) contract. */
export interface OdcsExportFile {
  port: string;
  contract: OdcsContract;
  text: string;
  file?: string;
}

/**
 * `mesh export odcs <product> [--port P] [--out DIR]`: one ODCS v3.1 contract per output port of the product, as
 * `<product>.<port>.odcs.yaml` in DIR (all written, or none: each goes to a temporary name first), or printed. The
 * agreements not ended on `today` (default: the UTC date) are the contracts' roles.
 */
export function exportOdcs(repo: Repository, productId: string, options: { port?: string; out?: string; today?: string } = {}): OdcsExportFile[] {
  const { index, graph } = checkRepository(repo);
  const product = index.products.find((p) => p.id === productId);
  if (!product) throw new UsageError(`No product ${productId} in the catalog. Run mesh graph to list them.`);
  if (!product.valid) throw new UsageError(`${productId} does not pass mesh validate; fix it before exporting.`);
  const ports = ((product.data.spec as { outputPorts?: { name?: unknown }[] }).outputPorts ?? []).map((o) => String(o.name));
  if (options.port && !ports.includes(options.port)) throw new UsageError(`${productId} has no output port ${options.port}; it has ${ports.join(', ')}.`);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const files = buildProductContracts(repo, index, product, options.port ? [options.port] : ports, describeProductAgreements(graph, product, today));
  if (!options.out) return files;
  const dir = resolve(options.out);
  const written = files.map((f) => ({ ...f, file: join(dir, nameContractFile(productId, f.port)) }));
  writeFilesWhole(written);
  return written;
}

/**
 * The ODCS contracts of a product's output ports (named), as objects and YAML text, with the repository's platform as
 * servers and the product's agreements (already judged on the export's day) as roles.
 */
export function buildProductContracts(
  repo: Repository,
  index: CatalogIndex,
  product: ProductNode,
  ports: readonly string[],
  agreements: readonly AgreementExport[],
): OdcsExportFile[] {
  return describeProductContracts(repo, index, product, ports, agreements).map((c) => ({ ...c, text: renderInteropYaml(c.contract) }));
}

/** The contracts of {@link buildProductContracts} as objects only (the site writes the YAML of those that changed). */
export function describeProductContracts(
  repo: Repository,
  index: CatalogIndex,
  product: ProductNode,
  ports: readonly string[],
  agreements: readonly AgreementExport[],
): { port: string; contract: OdcsContract }[] {
  const team = readOwnerTeam(index, product);
  const platform = repo.config.platform;
  return ports.map((port) => ({
    port,
    contract: buildOdcsContract(product.data, port, {
      ...(platform ? { platform: { driver: platform.driver ?? 'duckdb', ...platform } } : {}),
      team,
      agreements,
    }),
  }));
}
