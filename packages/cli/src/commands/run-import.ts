import { importOdcs, importOdps, resolveRepository, UsageError } from '@meshplane/usecases';
import type { Finding } from '@meshplane/core';
import type { Outcome } from '../outcome.js';

/** The flags of `mesh import odcs`. */
export interface ImportFlags {
  root?: string | undefined;
  domain?: string | undefined;
  owner?: string | undefined;
  archetype?: string | undefined;
  productOwner?: string | undefined;
  classification?: string | undefined;
  actualTime?: string | undefined;
  processingTime?: string | undefined;
}

const USAGE =
  'Usage: mesh import odcs <file…> --domain D [--owner TEAM] [--archetype KIND] [--product-owner @ORG/PERSON] [--classification LEVEL] [--actual-time COL] [--processing-time COL], or mesh import odps <product.odps.yaml> <contract.odcs.yaml…> [--domain D] [the same flags]';

/**
 * `mesh import odcs <file…> --domain D …` and `mesh import odps <product> <contracts…>`: product manifests from ODCS
 * contracts (and an ODPS product); exit 2 and nothing written on an error.
 */
export function runImport(args: readonly string[], flags: ImportFlags): Outcome {
  const [format, ...files] = args;
  if ((format !== 'odcs' && format !== 'odps') || files.length === 0 || (format === 'odcs' && !flags.domain)) throw new UsageError(USAGE);
  const repo = resolveRepository(flags.root);
  const given = Object.fromEntries(Object.entries(flags).filter(([k, v]) => v !== undefined && k !== 'root')) as Omit<ImportFlags, 'root'>;
  const r =
    format === 'odps'
      ? importOdps(repo.root, files, { ...given, catalogRoot: repo.catalogRoot })
      : importOdcs(repo.root, files, { ...given, domain: flags.domain as string, catalogRoot: repo.catalogRoot });
  // In the order of the files and their lines, as a person reads them.
  const sorted = [...r.findings].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
  const lines = sorted.map(renderFinding);
  const failed = r.findings.some((f) => f.severity === 'error');
  const summary = failed ? 'Nothing written.\n' : r.written.map((f) => `Wrote ${f}\n`).join('');
  return { stdout: failed ? '' : summary, stderr: `${lines.join('')}${failed ? summary : ''}`, exitCode: failed ? 2 : 0 };
}

function renderFinding(f: Finding): string {
  return `${f.file ?? ''}:${f.line ?? 1}: ${f.severity} ${f.ruleId}: ${f.message}${f.hint ? ` ${f.hint}` : ''}\n`;
}
