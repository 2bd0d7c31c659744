import { resolve } from 'node:path';
import { reportLineageDrift, resolveRepository, UsageError } from '@meshplane/usecases';
import type { Outcome } from '../outcome.js';
import type { Format } from '../render/render-report.js';
import { renderVerdict } from './run-catalog.js';

/** `mesh lineage drift <events…> [--days N]`: drift findings are warnings; exit 1 only on an error (as `mesh check`). */
export function runLineage(args: readonly string[], flags: { root?: string | undefined; now: string; days?: string | undefined; format: Format }): Outcome {
  const [sub, ...files] = args;
  if (sub !== 'drift') throw new UsageError('Usage: mesh lineage drift <events.jsonl…> [--days N] (OpenLineage run events against the declared lineage).');
  if (flags.days !== undefined && !/^\d+$/.test(flags.days)) throw new UsageError(`--days takes a whole number of days, not \`${flags.days}\`.`);
  const report = reportLineageDrift(resolveRepository(flags.root), {
    events: files.map((f) => resolve(f)),
    now: flags.now,
    ...(flags.days !== undefined ? { staleDays: Number(flags.days) } : {}),
  });
  return renderVerdict(report, flags.format);
}
