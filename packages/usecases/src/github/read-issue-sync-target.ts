import type { BotIssueSyncTarget } from '@meshplane/github';
import { UsageError } from '../usage-error.js';
import { readGithubTarget } from './read-github-target.js';

/** What syncing one bot's issues needs besides its subjects (`mesh expiry sync-issues`, `mesh access sync-issues`). */
export interface IssueSyncOptions {
  dryRun: boolean;
  /** `--site-url`: the catalog site the issues link product pages to (optional). */
  siteUrl?: string;
  /** GITHUB_TOKEN, GITHUB_REPOSITORY (`owner/repo`), GITHUB_API_URL. */
  env: Record<string, string | undefined>;
  /** Client tuning, for tests. */
  client?: BotIssueSyncTarget['client'];
}

/**
 * The repository a bot writes its issues to and how (from the environment, as a workflow sets it), checked before any
 * call: a malformed `--site-url` or a missing repository or token is a UsageError saying what to set.
 */
export function readIssueSyncTarget(options: IssueSyncOptions): { repository: string; target: BotIssueSyncTarget & { siteUrl?: string } } {
  if (options.siteUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(options.siteUrl))
    throw new UsageError('--site-url takes the catalog site URL (http or https).');
  const target = readGithubTarget(options.env, 'issues: write');
  return {
    repository: `${target.owner}/${target.repo}`,
    target: {
      ...target,
      dryRun: options.dryRun,
      ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}),
      ...(options.client ? { client: options.client } : {}),
    },
  };
}
