import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { syncSloIssues, type SyncSloIssuesOptions, type SyncSloIssuesResult } from '@meshplane/github';
import { readGithubTarget } from '../github/read-github-target.js';
import { UsageError } from '../usage-error.js';
import { readSloStatuses, SLO_STATUS_FILE } from './read-slo-statuses.js';

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
  const file = statusesFile ?? join(options.root ?? '.', SLO_STATUS_FILE);
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
