import { countExpiredErrors, renderExpiryText } from '@meshplane/core';
import { renderExpirySyncResult } from '@meshplane/github';
import { reportExpiries, resolveRepository, syncExpiryIssuesFromReport, UsageError, type ExpiryIssueSyncOptions } from '@meshplane/usecases';
import type { Outcome } from '../outcome.js';
import { readDaysFlag, readIssueSyncFlags } from '../cli-options.js';

interface ExpiryFlags {
  root?: string | undefined;
  today: string;
  lookahead?: string | undefined;
  format: string;
  siteUrl?: string | undefined;
  dryRun: boolean;
  env: ExpiryIssueSyncOptions['env'];
  client?: ExpiryIssueSyncOptions['client'];
}

const USAGE = 'Usage: mesh expiry report [path] [--lookahead DAYS] | sync-issues [path] [--site-url URL] [--dry-run]';

/**
 * `mesh expiry report`: what fails or warns because of the date (exit 1 on an error) and what will within the look-ahead.
 * `mesh expiry sync-issues`: one GitHub issue per product with expiries, closed when fixed (exit 2 when a write failed).
 */
export async function runExpiry(args: readonly string[], flags: ExpiryFlags): Promise<Outcome> {
  const [sub, path] = args;
  if (sub !== 'report' && sub !== 'sync-issues') throw new UsageError(USAGE);
  const repo = resolveRepository(path ?? flags.root);
  const report = await reportExpiries(repo, {
    today: flags.today,
    ...(flags.lookahead !== undefined ? { lookaheadDays: readDaysFlag('lookahead', flags.lookahead) } : {}),
  });
  if (sub === 'report') {
    return {
      stdout: flags.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderExpiryText(report),
      exitCode: countExpiredErrors(report) > 0 ? 1 : 0,
    };
  }
  const { repository, result } = await syncExpiryIssuesFromReport(report, readIssueSyncFlags(flags));
  return { stdout: renderExpirySyncResult(repository, result), exitCode: result.failed.length > 0 ? 2 : 0 };
}
