import {
  judgeAgreementApprovals,
  listAgreementChanges,
  type AgreementApprovals,
  type AgreementChange,
  type CatalogCheck,
  type Config,
  type Finding,
} from '@meshplane/core';

/** Reads what a pull request's reviews say of its agreement changes (the app and the check action, from GitHub). */
export type ReadApprovals = (changes: readonly AgreementChange[]) => Promise<AgreementApprovals>;

/**
 * The approvals a pull request's agreement changes need, and whether its reviews give them
 * ({@link judgeAgreementApprovals}). Without `read` (a check outside a pull request), the needs are notices.
 */
export async function judgeAgreementChanges(base: CatalogCheck, head: CatalogCheck, config: Config, read?: ReadApprovals): Promise<Finding[]> {
  const changes = listAgreementChanges(base.index, head.index);
  if (changes.length === 0) return [];
  const approvals: AgreementApprovals = read ? await read(changes) : { source: 'reviews are read on the pull request, by the app or the check action' };
  const governanceTeam = config.review?.governanceTeam;
  return judgeAgreementApprovals(changes, { base: base.index, head: head.index, ...(governanceTeam ? { governanceTeam } : {}) }, approvals);
}
