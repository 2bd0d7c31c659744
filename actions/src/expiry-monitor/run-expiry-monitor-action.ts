import { countExpiredErrors, renderExpiryText, renderRenewalText } from '@meshplane/core';
import { renderExpirySyncResult, renderRenewalSyncResult } from '@meshplane/github';
import { reportExpiries, reportRenewals, resolveRepository, syncExpiryIssuesFromReport, syncRenewalIssuesFromReport } from '@meshplane/usecases';
import { ActionInputError, readBooleanInput, readDayInput, readInput, type RunnerEnv } from '../runner/read-input.js';
import type { ActionResult } from '../runner/run-action.js';

/**
 * The expiry monitor, on a schedule: `mesh expiry report` over the default branch's catalog (what fails or warns only
 * because of the date, and what will within the look-ahead), then `mesh expiry sync-issues`: one issue per product
 * for its owners, edited in place, closed once fixed; then `mesh access sync-issues`: one renewal issue per agreement
 * ending within `renewal-days` (default `review.agreements.renewalDays`, 14), for both teams, closed once renewed or
 * removed. Exit 2 when an issue could not be written (the others were).
 */
export async function runExpiryMonitorAction(env: RunnerEnv, now = new Date()): Promise<ActionResult> {
  const repo = resolveRepository(readInput(env, 'path', '.'));
  const today = readDayInput(env, 'today', now);
  const lookahead = readDays(env, 'lookahead', '14');
  const renewalDays = readDays(env, 'renewal-days', '');
  const siteUrl = readInput(env, 'site-url');
  const sync = {
    dryRun: readBooleanInput(env, 'dry-run', false),
    env: { GITHUB_TOKEN: readInput(env, 'github-token'), GITHUB_REPOSITORY: env.GITHUB_REPOSITORY, GITHUB_API_URL: env.GITHUB_API_URL },
    ...(siteUrl ? { siteUrl } : {}),
  };
  const report = await reportExpiries(repo, { today, lookaheadDays: Number(lookahead) });
  const expiries = await syncExpiryIssuesFromReport(report, sync);
  const renewals = reportRenewals(repo, { today, ...(renewalDays ? { days: Number(renewalDays) } : {}) });
  const renewing = await syncRenewalIssuesFromReport(renewals, sync);
  const sections: [title: string, text: string][] = [
    ['Meshplane expiries', renderExpiryText(report)],
    ['', renderExpirySyncResult(expiries.repository, expiries.result)],
    ['Meshplane renewals', renderRenewalText(renewals)],
    ['', renderRenewalSyncResult(renewing.repository, renewing.result)],
  ];
  const failed = expiries.result.failed.length + renewing.result.failed.length;
  return {
    log: sections.map(([, text]) => text).join('\n'),
    summary: sections.map(([title, text]) => [...(title ? [`### ${title}`, ''] : []), '```text', text.trimEnd(), '```', ''].join('\n')).join('\n'),
    outputs: { products: report.products.length, errors: countExpiredErrors(report), renewals: renewals.due.length, failed },
    exitCode: failed > 0 ? 2 : 0,
  };
}

function readDays(env: RunnerEnv, name: string, fallback: string): string {
  const value = readInput(env, name, fallback);
  if (value !== '' && !/^\d+$/.test(value)) throw new ActionInputError(`The ${name} input takes a number of days, not \`${value}\`.`);
  return value;
}
