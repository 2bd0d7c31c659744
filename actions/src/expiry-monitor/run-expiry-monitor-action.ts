import { countExpiredErrors, renderExpiryText } from '@meshplane/core';
import { renderExpirySyncResult } from '@meshplane/github';
import { reportExpiries, resolveRepository, syncExpiryIssuesFromReport } from '@meshplane/usecases';
import { readBooleanInput, readDayInput, readInput, type RunnerEnv } from '../runner/read-input.js';
import type { ActionResult } from '../runner/run-action.js';

/**
 * The expiry monitor, on a schedule: `mesh expiry report` over the default branch's catalog (what fails or warns only
 * because of the date, and what will within the look-ahead), then `mesh expiry sync-issues`: one issue per product
 * for its owners, edited in place, closed once fixed. Exit 2 when an issue could not be written (the others were).
 */
export async function runExpiryMonitorAction(env: RunnerEnv, now = new Date()): Promise<ActionResult> {
  const repo = resolveRepository(readInput(env, 'path', '.'));
  const lookahead = readInput(env, 'lookahead', '14');
  if (!/^\d+$/.test(lookahead)) throw new Error(`The lookahead input takes a number of days, not \`${lookahead}\`.`);
  const report = await reportExpiries(repo, { today: readDayInput(env, 'today', now), lookaheadDays: Number(lookahead) });
  const siteUrl = readInput(env, 'site-url');
  const { repository, result } = await syncExpiryIssuesFromReport(report, {
    dryRun: readBooleanInput(env, 'dry-run', false),
    env: { GITHUB_TOKEN: readInput(env, 'github-token'), GITHUB_REPOSITORY: env.GITHUB_REPOSITORY, GITHUB_API_URL: env.GITHUB_API_URL },
    ...(siteUrl ? { siteUrl } : {}),
  });
  const text = renderExpiryText(report);
  const synced = renderExpirySyncResult(repository, result);
  return {
    log: `${text}\n${synced}`,
    summary: ['### Meshplane expiries', '', '```text', text.trimEnd(), '```', '', '```text', synced.trimEnd(), '```', ''].join('\n'),
    outputs: { products: report.products.length, errors: countExpiredErrors(report), failed: result.failed.length },
    exitCode: result.failed.length > 0 ? 2 : 0,
  };
}
