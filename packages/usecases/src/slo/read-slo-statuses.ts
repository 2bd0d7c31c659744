import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SloIssueSubject } from '@meshplane/core';
import type { Repository } from '../repository/resolve-repository.js';
import { UsageError } from '../usage-error.js';

const STATES = ['ok', 'at-risk', 'breached', 'no-data'];
const SEVERITIES = ['critical', 'warning', 'info'];
const STRING_FIELDS = ['productId', 'domain', 'owner', 'port', 'slo', 'type', 'since', 'threshold', 'window', 'evaluatedAt'] as const;

/** The statuses file, checked field by field; every problem is reported at once. */
export function readSloStatuses(file: string): SloIssueSubject[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`Cannot read the SLO statuses in ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return parseSloStatuses(text, file);
}

/** SLO statuses from JSON text (`file` names it in messages), checked field by field; every problem reported at once. */
export function parseSloStatuses(text: string, file: string): SloIssueSubject[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`Cannot read the SLO statuses in ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  // `mesh slo evaluate` writes statuses grouped by product, each with its history; a plain array is accepted too.
  const products = (data as { products?: Record<string, { statuses?: unknown[] }> } | null)?.products;
  if (!Array.isArray(data) && products && typeof products === 'object') data = Object.values(products).flatMap((p) => p.statuses ?? []);
  if (!Array.isArray(data)) throw new UsageError(`${file} must hold a JSON array of SLO statuses, or the export of mesh slo evaluate.`);
  const problems: string[] = [];
  data.forEach((s: unknown, i) => {
    const o = (typeof s === 'object' && s !== null ? s : {}) as Record<string, unknown>;
    for (const f of STRING_FIELDS) if (typeof o[f] !== 'string') problems.push(`[${i}].${f} must be a string`);
    if (!STATES.includes(o.state as string)) problems.push(`[${i}].state must be one of ${STATES.join(', ')}`);
    if (!SEVERITIES.includes(o.severity as string)) problems.push(`[${i}].severity must be one of ${SEVERITIES.join(', ')}`);
    if (typeof o.objective !== 'number') problems.push(`[${i}].objective must be a number`);
    if (!Array.isArray(o.burnRates)) problems.push(`[${i}].burnRates must be an array`);
  });
  if (problems.length > 0) throw new UsageError(`${file} is not a list of SLO statuses:\n  ${problems.join('\n  ')}`);
  return data as SloIssueSubject[];
}

/** The branch the slo-monitor action keeps SLO history and the latest statuses on (its `data-branch` input's default). */
export const DATA_BRANCH = 'meshplane-data';

/** The latest statuses on the data branch (a plain array, without history), which the app's error-budget gate reads. */
export const SLO_STATUS_ON_DATA_BRANCH = 'slo-status.json';

/** Where `mesh slo evaluate` writes the latest statuses of a repository (what the error-budget gate reads by default). */
export const SLO_STATUS_FILE = '.meshplane/slo-status.json';

/**
 * The latest SLO statuses for the error-budget gate: the named file (which must exist), or the repository's
 * {@link SLO_STATUS_FILE} when there is one; undefined statuses when there is none (the gate then says it did not run).
 */
export function readLatestSloStatuses(repo: Repository, file?: string): { statuses: SloIssueSubject[] | undefined; source: string } {
  const path = file ?? join(repo.root, SLO_STATUS_FILE);
  const source = file ?? SLO_STATUS_FILE;
  if (!file && !existsSync(path)) return { statuses: undefined, source: `no ${SLO_STATUS_FILE}; run mesh slo evaluate` };
  return { statuses: readSloStatuses(path), source };
}
