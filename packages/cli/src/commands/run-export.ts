import { exportBackstage, resolveRepository, UsageError } from '@meshplane/usecases';
import type { Outcome } from '../outcome.js';

/** `mesh export backstage [--out FILE]`: Backstage's catalog-info.yaml, on standard output or into FILE. */
export function runExport(args: readonly string[], flags: { root?: string | undefined; out?: string | undefined }): Outcome {
  const [format] = args;
  if (format !== 'backstage') throw new UsageError('Usage: mesh export backstage [--out catalog-info.yaml] (the catalog as Backstage entities).');
  const r = exportBackstage(resolveRepository(flags.root), flags.out);
  if (!r.file) return { stdout: r.text, exitCode: 0 };
  const count = (kind: string): number => r.entities.filter((e) => e.kind === kind).length;
  return {
    stdout: `Wrote ${r.entities.length} entities to ${r.file}: ${count('Domain')} domains, ${count('System')} systems (products), ${count('Resource')} resources and ${count('API')} APIs (ports), ${count('Group')} groups (teams).\n`,
    exitCode: 0,
  };
}
