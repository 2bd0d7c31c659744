import { resolve } from 'node:path';
import { emitLineage, reportLineageDrift, resolveRepository, UsageError } from '@meshplane/usecases';
import type { Outcome } from '../outcome.js';
import type { Format } from '../render/render-report.js';
import { renderVerdict } from './run-catalog.js';

interface LineageFlags {
  root?: string | undefined;
  now: string;
  days?: string | undefined;
  /** The observed lineage the events are merged into (default .meshplane/lineage-observed.json). */
  observed?: string | undefined;
  format: Format;
  out?: string | undefined;
  url?: string | undefined;
  namespace?: string | undefined;
  apiKey?: string | undefined;
}

/**
 * `mesh lineage drift [events…] [--days N] [--observed FILE]`: the events merged into the observed lineage kept in FILE
 * (default .meshplane/lineage-observed.json), judged against the catalog; drift findings are warnings; exit 1 only on an
 * error (as `mesh check`).
 * `mesh lineage emit [--out FILE] [--url URL] [--namespace NS]`: the declared lineage as OpenLineage events.
 */
export async function runLineage(args: readonly string[], flags: LineageFlags): Promise<Outcome> {
  const [sub, ...files] = args;
  if (sub === 'emit') return runLineageEmit(flags);
  if (sub !== 'drift')
    throw new UsageError(
      'Usage: mesh lineage drift [events.jsonl…] [--days N] [--observed FILE] (OpenLineage run events against the declared lineage), or mesh lineage emit [--out FILE] [--url URL] [--namespace NS].',
    );
  if (flags.days !== undefined && !/^\d+$/.test(flags.days)) throw new UsageError(`--days takes a whole number of days, not \`${flags.days}\`.`);
  const report = reportLineageDrift(resolveRepository(flags.root), {
    events: files.map((f) => resolve(f)),
    now: flags.now,
    ...(flags.days !== undefined ? { staleDays: Number(flags.days) } : {}),
    ...(flags.observed ? { state: resolve(flags.observed) } : {}),
  });
  return renderVerdict(report, flags.format);
}

/** Prints the events (without --out or --url), or says what was written and sent; exit 2 when the endpoint refused one. */
async function runLineageEmit(flags: LineageFlags): Promise<Outcome> {
  const r = await emitLineage(resolveRepository(flags.root), {
    eventTime: flags.now,
    ...(flags.out ? { out: flags.out } : {}),
    ...(flags.url ? { url: flags.url } : {}),
    ...(flags.namespace ? { namespace: flags.namespace } : {}),
    ...(flags.apiKey ? { apiKey: flags.apiKey } : {}),
  });
  const skipped = r.skipped > 0 ? `${r.skipped} products do not pass mesh validate and were not emitted.\n` : '';
  if (!r.file && !flags.url) return { stdout: r.text, ...(skipped ? { stderr: skipped } : {}), exitCode: 0 };
  const lines = [
    ...(r.file ? [`Wrote ${r.events.length} OpenLineage job events to ${r.file}.`] : []),
    ...(flags.url ? [`Sent ${r.posted ?? 0} of ${r.events.length} job events to ${flags.url}.`] : []),
  ];
  const failed = r.failed ? `mesh: the event of ${r.failed.job} was refused and nothing after it was sent: ${r.failed.why}\n` : '';
  return { stdout: `${lines.join('\n')}\n`, ...(skipped || failed ? { stderr: `${skipped}${failed}` } : {}), exitCode: r.failed ? 2 : 0 };
}
