import { isOdpsProduct, readOdpsProduct, type Finding, type OdcsImportFlags } from '@meshplane/core';
import { readImportFiles, writeImported, type ImportTarget, type OdcsImportResult } from './import-odcs.js';

/**
 * `mesh import odps <product.odps.yaml> <contract.odcs.yaml…> [--domain D …]`: each ODPS document among the files
 * with the ODCS contracts its output ports name, as product manifests, validated and written as `mesh import odcs`
 * writes them (all or none).
 */
export function importOdps(root: string, files: readonly string[], flags: Partial<OdcsImportFlags> & ImportTarget): OdcsImportResult {
  const { docs, findings } = readImportFiles(files);
  const products = docs.filter((d) => isOdpsProduct(d.value));
  const contracts = docs.filter((d) => !isOdpsProduct(d.value));
  if (products.length === 0) {
    const none: Finding = {
      ruleId: 'odps.import.not-a-product',
      severity: 'error',
      message: 'None of the files is an ODPS data product (kind DataProduct, apiVersion v1.x).',
      hint: 'Pass the product.odps.yaml with the ODCS contracts its output ports name.',
      ...(files[0] ? { file: files[0], line: 1 } : {}),
    };
    return { manifests: [], findings: [...findings, none], written: [] };
  }
  const manifests: Record<string, unknown>[] = [];
  for (const p of products) {
    const read = readOdpsProduct(p, contracts, flags);
    manifests.push(...read.manifests);
    findings.push(...read.findings);
  }
  return writeImported(root, manifests, findings, flags);
}
