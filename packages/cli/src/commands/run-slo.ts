import { exportSloReport, renderRecordedObservations, renderSloText, type RecordedObservations } from '@meshplane/core';
import {
  exportObservations,
  ingestObservations,
  measureSloObservations,
  readSloStatus,
  resolveRepository,
  syncSloIssuesFromStatuses,
  UsageError,
  writeSloStatus,
} from '@meshplane/usecases';
import type { Outcome } from '../outcome.js';
import { renderSyncResult } from '@meshplane/github';

interface SloFlags {
  root?: string | undefined;
  now: string;
  format: string;
  all?: boolean;
  out?: string | undefined;
}

const USAGE = 'Usage: mesh slo measure | ingest <file> | status [product] [--all] | evaluate [--out FILE] | export <file.parquet> | sync-issues --site-url URL';

/** `mesh slo measure | ingest <file> | status [product] | evaluate | export <file.parquet>`. */
export async function runSlo(args: readonly string[], flags: SloFlags): Promise<Outcome> {
  const [sub, arg] = args;
  const repo = resolveRepository(flags.root);
  const all = { all: flags.all ?? false };
  switch (sub) {
    case 'measure':
      return recorded(await measureSloObservations(repo, { now: flags.now }), repo.root);
    case 'ingest':
      if (!arg) throw new UsageError('Usage: mesh slo ingest <file.jsonl> (observations as JSON lines, or OpenLineage run events).');
      return recorded(await ingestObservations(repo, arg, { now: flags.now }), repo.root);
    case 'status': {
      const report = await readSloStatus(repo, { now: flags.now, ...(arg ? { product: arg } : {}) });
      return { stdout: flags.format === 'json' ? JSON.stringify(exportSloReport(report), null, 2) + '\n' : renderSloText(report, all), exitCode: 0 };
    }
    case 'evaluate': {
      const { report, out } = await writeSloStatus(repo, { now: flags.now, ...(flags.out ? { out: flags.out } : {}) });
      return { stdout: renderSloText(report, all) + `Wrote ${out}.\n`, exitCode: 0 };
    }
    case 'export':
      if (!arg) throw new UsageError('Usage: mesh slo export <file.parquet> (every stored observation, for analysts).');
      return { stdout: `Wrote ${await exportObservations(repo, arg)} observations to ${arg}.\n`, exitCode: 0 };
    default:
      throw new UsageError(USAGE);
  }
}

/** `mesh slo sync-issues`: exit 0 when every action worked, 2 when any failed (a GitHub fault; the others were carried out). */
export async function runSloSyncIssues(statuses: string | undefined, options: Parameters<typeof syncSloIssuesFromStatuses>[1]): Promise<Outcome> {
  const { repository, result } = await syncSloIssuesFromStatuses(statuses, options);
  return { stdout: renderSyncResult(repository, result), exitCode: result.failed.length > 0 ? 2 : 0 };
}

function recorded(r: RecordedObservations, root: string): Outcome {
  const { text, failed } = renderRecordedObservations(r, root);
  return { stdout: text, exitCode: failed ? 1 : 0 };
}
