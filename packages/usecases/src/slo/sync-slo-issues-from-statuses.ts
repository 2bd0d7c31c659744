import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SloIssueSubject } from '@meshplane/core';
import { syncSloIssues, type SyncSloIssuesOptions, type SyncSloIssuesResult } from '@meshplane/github';
import { readGithubTarget } from '../github/read-github-target.js';
import { UsageError } from '../usage-error.js';

/** What `mesh slo sync-issues` reads besides the statuses file. */
export interface SloIssueSyncOptions {
  dryRun: boolean;
  /** `--site-url`: the catalog site product pages link to. */
  siteUrl: string | undefined;
  /** The environment: GITHUB_TOKEN, GITHUB_REPOSITORY (`owner/repo`), GITHUB_API_URL. */
  env: Record<string, string | undefined>;
  /** The evaluation time, default now (tests pin it). */
  now?: string;
  /** Client tuning, for tests. */
  client?: SyncSloIssuesOptions['client'];
  /** The repository whose `.meshplane/slo-status.json` (written by `mesh slo evaluate`) is read without `--statuses`. */
  root?: string;
}

const STATES = ['ok', 'at-risk', 'breached', 'no-data'];
const SEVERITIES = ['critical', 'warning', 'info'];
const STRING_FIELDS = ['productId', 'domain', 'owner', 'port', 'slo', 'type', 'since', 'threshold', 'window', 'evaluatedAt'] as const;

/** The repository the issues went to and what was done to each. */
export interface SloIssueSync {
  repository: string;
  result: SyncSloIssuesResult;
}

/**
 * `mesh slo sync-issues [--statuses <file.json>] --site-url URL [--dry-run]`: syncs the repository's SLO issues with
 * the statuses in the file (a JSON array of SloStatus, or the export `mesh slo evaluate` writes, its default). A GitHub
 * fault on one issue is in the result's `failed` (the others were still carried out); a usage fault throws.
 */
export async function syncSloIssuesFromStatuses(statusesFile: string | undefined, options: SloIssueSyncOptions): Promise<SloIssueSync> {
  const file = statusesFile ?? join(options.root ?? '.', '.meshplane/slo-status.json');
  if (!statusesFile && !existsSync(file)) throw new UsageError(`No ${file}: run mesh slo evaluate first, or name a file with --statuses.`);
  if (!options.siteUrl || !/^https?:\/\/[^\s]+$/.test(options.siteUrl)) throw new UsageError('--site-url takes the catalog site URL (http or https).');
  const { owner, repo, token, baseUrl } = readGithubTarget(options.env, 'issues: write');
  const statuses = readSloStatuses(file);
  const result = await syncSloIssues({
    statuses,
    owner,
    repo,
    token,
    baseUrl,
    siteUrl: options.siteUrl,
    dryRun: options.dryRun,
    ...(options.now ? { now: options.now } : {}),
    ...(options.client ? { client: options.client } : {}),
  });
  return { repository: `${owner}/${repo}`, result };
}

/** The statuses file, checked field by field; every problem is reported at once. */
function readSloStatuses(file: string): SloIssueSubject[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
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
