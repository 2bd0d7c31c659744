import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { findLineageDrift, readRuntimeRuns, sortFindings, type CheckReport, type Finding, type RuntimeRun } from '@meshplane/core';
import { checkRepository, type Repository } from '../repository/resolve-repository.js';
import { UsageError } from '../usage-error.js';

/** What `mesh lineage drift` reads besides the catalog. */
export interface LineageDriftOptions {
  /** Files of OpenLineage run events, one JSON object per line. */
  events: readonly string[];
  now: string;
  /** Days within which declared inputs must have been read (default 14). */
  staleDays?: number;
}

/** Event files larger than this are refused (read them in parts): a file is read into memory whole. */
const MAX_EVENTS_BYTES = 512 * 1024 * 1024;

/**
 * `mesh lineage drift <events…>`: the catalog's declared lineage against what runs did (OpenLineage run events):
 * undeclared inputs, stale input declarations and undeclared outputs, as findings on the manifests' lines with the
 * run as evidence, in a report every renderer takes. Findings the catalog itself has are left to `mesh check`.
 */
export function reportLineageDrift(repo: Repository, options: LineageDriftOptions): CheckReport {
  if (options.events.length === 0) throw new UsageError('Name the OpenLineage event files: mesh lineage drift <events.jsonl…> [--days N].');
  const days = options.staleDays ?? 14;
  if (!Number.isInteger(days) || days < 1 || days > 3660) throw new UsageError(`--days takes a whole number of days from 1 to 3660, not ${days}.`);
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
  findings.push(...findLineageDrift(graph, runs, { now: options.now, staleDays: days }));
  return { ...report, mode: 'check', findings: sortFindings(findings) };
}
