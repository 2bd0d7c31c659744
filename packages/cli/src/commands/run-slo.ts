import { describeGatedProducts, exportSloReport, renderRecordedObservations, renderSloText, type RecordedObservations } from '@meshplane/core';
import {
  exportObservations,
  ingestObservations,
  measureSloObservations,
  readSloStatus,
  resolveRepository,
  syncSloIssuesFromStatuses,
  UsageError,
  withDataBranch,
  SLO_EXPORT,
  writeSloStatus,
  type DataBranchRun,
  type Repository,
} from '@meshplane/usecases';
import type { Outcome } from '../outcome.js';
import { renderSyncResult } from '@meshplane/github';

interface SloFlags {
  root?: string | undefined;
  now: string;
  format: string;
  all?: boolean;
  out?: string | undefined;
  /** Keep the history on this git branch (the Actions path: the runner's DuckDB file is gone after the job). */
  dataBranch?: string | undefined;
  /** The remote holding it (default the work tree's origin). */
  dataBranchRemote?: string | undefined;
}

const USAGE =
  'Usage: mesh slo measure | ingest <file> | status [product] [--all] | evaluate [--out FILE] | export <file.parquet> | sync-issues --site-url URL (measure, ingest, status, evaluate: [--data-branch NAME [--data-branch-remote URL]])';
/** Pushes to the data branch tried again after another run pushed first. */
const RETRIES = 3;

/** `mesh slo measure | ingest <file> | status [product] | evaluate | export <file.parquet>`. */
export async function runSlo(args: readonly string[], flags: SloFlags): Promise<Outcome> {
  const [sub, arg] = args;
  const repo = resolveRepository(flags.root);
  const all = { all: flags.all ?? false };
  if (flags.dataBranch !== undefined && !['measure', 'ingest', 'status', 'evaluate'].includes(sub ?? '')) {
    throw new UsageError('--data-branch goes with mesh slo measure, ingest, status or evaluate.');
  }
  switch (sub) {
    case 'measure':
      return onHistory(repo, flags, async () => recorded(await measureSloObservations(repo, { now: flags.now }), repo.root));
    case 'ingest':
      if (!arg) throw new UsageError('Usage: mesh slo ingest <file.jsonl> (observations as JSON lines, or OpenLineage run events).');
      return onHistory(repo, flags, async () => recorded(await ingestObservations(repo, arg, { now: flags.now }), repo.root));
    case 'status':
      return onHistory(repo, { ...flags, push: false }, async () => {
        const report = await readSloStatus(repo, { now: flags.now, ...(arg ? { product: arg } : {}) });
        return { stdout: flags.format === 'json' ? JSON.stringify(exportSloReport(report), null, 2) + '\n' : renderSloText(report, all), exitCode: 0 };
      });
    case 'evaluate':
      return onHistory(repo, { ...flags, statusExport: flags.out ?? SLO_EXPORT }, async () => {
        const { report, out } = await writeSloStatus(repo, { now: flags.now, ...(flags.out ? { out: flags.out } : {}) });
        const gate = describeGatedProducts(report.statuses, repo.config.review?.errorBudget);
        return { stdout: renderSloText(report, all) + gate + `Wrote ${out}.\n`, exitCode: 0 };
      });
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

/**
 * Runs one SLO command on the history a data branch keeps (`--data-branch`), then pushes what it added; without the
 * flag, on the local store only. What the branch did goes to stderr, so `--format json` stays one JSON document.
 */
async function onHistory(repo: Repository, flags: SloFlags & { push?: boolean; statusExport?: string }, body: () => Promise<Outcome>): Promise<Outcome> {
  if (flags.dataBranch === undefined) return body();
  if (flags.dataBranch === '') throw new UsageError('--data-branch takes a branch name, such as meshplane-data.');
  const options = {
    branch: flags.dataBranch,
    now: flags.now,
    retries: RETRIES,
    ...(flags.dataBranchRemote ? { remote: flags.dataBranchRemote } : {}),
    ...(flags.push === false ? { push: false } : {}),
    ...(flags.statusExport ? { statusExport: flags.statusExport } : {}),
  };
  const { result, data } = await withDataBranch(repo, options, body);
  return data ? { ...result, stderr: (result.stderr ?? '') + describeDataBranchRun(data) } : result;
}

function describeDataBranchRun(d: DataBranchRun): string {
  const pushed = d.attempts === 0 ? 'nothing pushed' : `pushed${d.attempts > 1 ? ` after ${d.attempts - 1} rejected push(es)` : ''}`;
  return `Data branch ${d.branch} at ${d.remote}: ${d.loaded} observations loaded, ${d.added} added, ${d.dropped} day files dropped; ${pushed}.\n`;
}

function recorded(r: RecordedObservations, root: string): Outcome {
  const { text, failed } = renderRecordedObservations(r, root);
  return { stdout: text, exitCode: failed ? 1 : 0 };
}
