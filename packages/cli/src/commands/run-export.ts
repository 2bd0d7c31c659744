import { exportBackstage, exportOdcs, exportOdps, resolveRepository, UsageError } from '@meshplane/usecases';
import type { Outcome } from '../outcome.js';

/** `mesh export backstage [--out FILE]`: Backstage's catalog-info.yaml, on standard output or into FILE. */
export function runExport(
  args: readonly string[],
  flags: { root?: string | undefined; out?: string | undefined; port?: string | undefined; today?: string | undefined },
): Outcome {
  const [format, product] = args;
  if (format === 'odcs') return runExportOdcs(product, flags);
  if (format === 'odps') return runExportOdps(product, flags);
  if (format !== 'backstage')
    throw new UsageError(
      'Usage: mesh export backstage [--out catalog-info.yaml] (the catalog as Backstage entities), mesh export odcs <product> [--port P] [--out DIR], or mesh export odps <product> [--out DIR].',
    );
  const r = exportBackstage(resolveRepository(flags.root), flags.out);
  if (!r.file) return { stdout: r.text, exitCode: 0 };
  const count = (kind: string): number => r.entities.filter((e) => e.kind === kind).length;
  return {
    stdout: `Wrote ${r.entities.length} entities to ${r.file}: ${count('Domain')} domains, ${count('System')} systems (products), ${count('Resource')} resources and ${count('API')} APIs (ports), ${count('Group')} groups (teams).\n`,
    exitCode: 0,
  };
}

/** `mesh export odcs <product> [--port P] [--out DIR] [--today D]`: one ODCS v3.1 contract per output port, its readers on that day as roles. */
function runExportOdcs(
  product: string | undefined,
  flags: { root?: string | undefined; out?: string | undefined; port?: string | undefined; today?: string | undefined },
): Outcome {
  if (!product) throw new UsageError('Usage: mesh export odcs <product> [--port P] [--out DIR] (one ODCS v3.1 contract per output port).');
  const files = exportOdcs(resolveRepository(flags.root), product, {
    ...(flags.port ? { port: flags.port } : {}),
    ...(flags.out ? { out: flags.out } : {}),
    ...(flags.today ? { today: flags.today } : {}),
  });
  if (!flags.out) return { stdout: files.map((f) => f.text).join('---\n'), exitCode: 0 };
  return { stdout: files.map((f) => `Wrote ${f.file ?? ''}\n`).join(''), exitCode: 0 };
}

/** `mesh export odps <product> [--out DIR]`: the product as an ODPS v1.0.0 data product. */
function runExportOdps(product: string | undefined, flags: { root?: string | undefined; out?: string | undefined }): Outcome {
  if (!product) throw new UsageError('Usage: mesh export odps <product> [--out DIR] (the product as an ODPS v1.0.0 data product).');
  const r = exportOdps(resolveRepository(flags.root), product, flags.out ? { out: flags.out } : {});
  return { stdout: r.file ? `Wrote ${r.file}\n` : r.text, exitCode: 0 };
}
