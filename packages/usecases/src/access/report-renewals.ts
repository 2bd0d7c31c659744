import { listRenewals, RENEWAL_DAYS, type RenewalReport } from '@meshplane/core';
import { checkRepository, type Repository } from '../repository/resolve-repository.js';
import { UsageError } from '../usage-error.js';

/** The day to judge, and the window when not the configuration's. */
export interface RenewalReportOptions {
  /** `YYYY-MM-DD`. */
  today: string;
  /** `--days`: days before its end an agreement is due; default `review.agreements.renewalDays`, else 14. */
  days?: number;
}

/**
 * The agreements of a repository's work tree (the default branch, on a schedule) due for renewal on `today`: ending
 * within the window, or ended with their file still there, each with both teams and whose approval a renewal needs
 * (`review.governanceTeam` for personal data). Reads the catalog only: no policies run.
 */
export function reportRenewals(repo: Repository, options: RenewalReportOptions): RenewalReport {
  const days = options.days ?? repo.config.review?.agreements?.renewalDays ?? RENEWAL_DAYS;
  if (!Number.isInteger(days) || days < 0 || days > 366) throw new UsageError(`--days takes a number of days from 0 to 366, not ${days}.`);
  const { index } = checkRepository(repo, 'validate', options.today);
  const governanceTeam = repo.config.review?.governanceTeam;
  return listRenewals(index, { today: options.today, days, ...(governanceTeam ? { governanceTeam } : {}) });
}
