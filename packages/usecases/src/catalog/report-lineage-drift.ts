import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import {
  emptyObservedLineage,
  findLineageDrift,
  observeRuntimeLineage,
  readRuntimeRuns,
  renderObservedLineage,
  sortFindings,
  type CheckReport,
  type Finding,
  type ObservedLineage,
  type RuntimeRun,
} from '@meshplane/core';
import { OBSERVED_LINEAGE_FILE, readObservedLineageFile } from '../lineage/read-observed-lineage.js';
import { checkRepository, type Repository } from '../repository/resolve-repository.js';
import { UsageError } from '../usage-error.js';
import { writeFilesWhole } from '../write-files-whole.js';

/** What `mesh lineage drift` reads besides the catalog. */
export interface LineageDriftOptions {
  /** Files of OpenLineage run events, one JSON object per line. */
  events: readonly string[];
  now: string;
  /** Days within which declared inputs must have been read (default 14). */
  staleDays?: number;
  /**
   * The observed lineage the events are merged into and which is written back (default the repository's
   * `.meshplane/lineage-observed.json`); false judges the events alone and keeps nothing.
   */
  state?: string | false;
}

/** Event files larger than this are refused (read them in parts): a file is read into memory whole. */
const MAX_EVENTS_BYTES = 512 * 1024 * 1024;

/**
 * `mesh lineage drift [events…]`: the catalog's declared lineage against what runs did (OpenLineage run events, merged
 * into the observed lineage kept from earlier runs): undeclared inputs, stale input declarations and undeclared outputs,
 * as findings on the manifests' lines with the run as evidence, in a report every renderer takes. The merged
 * observations are written back for `mesh check`, the site and the next run. Findings the catalog itself has are left
 * to `mesh check`.
 */
export function reportLineageDrift(repo: Repository, options: LineageDriftOptions): CheckReport {
  return observeLineageDrift(repo, options).report;
}

/** {@link reportLineageDrift}, also returning the merged observations. */
export function observeLineageDrift(repo: Repository, options: LineageDriftOptions): { report: CheckReport; observed: ObservedLineage } {
  const days = options.staleDays ?? 14;
  if (!Number.isInteger(days) || days < 1 || days > 3660) throw new UsageError(`--days takes a whole number of days from 1 to 3660, not ${days}.`);
  const statePath = options.state === false ? undefined : resolve(repo.root, options.state ?? OBSERVED_LINEAGE_FILE);
  const kept = statePath && existsSync(statePath) ? readObservedLineageFile(statePath) : undefined;
  if (options.events.length === 0 && !kept)
    throw new UsageError(`Name the OpenLineage event files: mesh lineage drift <events.jsonl…> [--days N] (no ${OBSERVED_LINEAGE_FILE} is kept yet).`);
  const { report, graph } = checkRepository(repo);
  const runs: RuntimeRun[] = [];
  const findings: Finding[] = [];
  for (const path of options.events) {
    const shown = relative(repo.root, path) || path;
    let text: string;
    try {
      if (statSync(path).size > MAX_EVENTS_BYTES) throw new UsageError(`${shown} is larger than 512 MiB: split it into several files.`);
      text = readFileSync(path, 'utf8');
    } catch (e) {
      if (e instanceof UsageError) throw e;
      throw new UsageError(`Cannot read the events in ${shown}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const read = readRuntimeRuns(shown, text, options.now);
    runs.push(...read.runs);
    findings.push(...read.findings);
  }
  const { observed, unknownJobs } = observeRuntimeLineage(kept ?? emptyObservedLineage(), graph, runs);
  if (unknownJobs > 0)
    findings.push({
      ruleId: 'lineage.unknown-job',
      severity: 'notice',
      message: `${unknownJobs} runs belong to no product (their job is not named by a product id, and what they write is not one product's).`,
    });
  findings.push(...findLineageDrift(graph, observed, { now: options.now, staleDays: days }));
  if (statePath && runs.length > 0) writeFilesWhole([{ file: statePath, text: renderObservedLineage(observed) }]);
  return { report: { ...report, mode: 'check', findings: sortFindings(findings) }, observed };
}

