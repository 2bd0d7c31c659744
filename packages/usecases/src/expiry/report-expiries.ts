import { addDays, findTimeBasedFindings, findUpcomingFindings, FROZEN_DAY, groupExpiries, type ExpiryReport } from '@meshplane/core';
import { runGovernanceCheck, runGovernanceCheckWithCatalogs } from '../check/check-work-tree.js';
import type { Repository } from '../repository/resolve-repository.js';
import { UsageError } from '../usage-error.js';

/** The day to judge and how far to look ahead. */
export interface ExpiryOptions {
  /** `YYYY-MM-DD`. */
  today: string;
  /** Days ahead whose expiries are announced before they happen (default 14, the waiver warning period). */
  lookaheadDays?: number;
}

/** Days ahead the expiry job looks by default. */
export const EXPIRY_LOOKAHEAD_DAYS = 14;

/**
 * The expiry job's report for a repository's work tree (the default branch, on a schedule): the catalog is checked
 * with the work tree's policies on `today`, with the calendar frozen, and `lookaheadDays` ahead. What fails or warns
 * only because of the date (an expired grant or waiver, a rule past its `enforceFrom`) is reported per product, with
 * what will expire within the look-ahead; the rest of the mesh's findings are a pull request's business, not this job's.
 */
export async function reportExpiries(repo: Repository, options: ExpiryOptions): Promise<ExpiryReport> {
  const days = options.lookaheadDays ?? EXPIRY_LOOKAHEAD_DAYS;
  if (!Number.isInteger(days) || days < 0 || days > 366) throw new UsageError(`--lookahead takes a number of days from 0 to 366, not ${days}.`);
  const upcomingBy = addDays(options.today, days);
  const dated = await runGovernanceCheckWithCatalogs(repo, { today: options.today });
  const frozen = await runGovernanceCheck(repo, { today: FROZEN_DAY, checked: dated.head });
  const later = days === 0 ? dated.report : await runGovernanceCheck(repo, { today: upcomingBy, checked: dated.head });
  const current = findTimeBasedFindings(dated.report.findings, frozen.findings);
  const upcoming = days === 0 ? [] : findUpcomingFindings(later.findings, dated.report.findings, frozen.findings);
  return groupExpiries(dated.head.index, { current, upcoming }, { today: options.today, upcomingBy });
}
