import type { AgreementApprovals, AgreementChange } from '@meshplane/core';

/** A submitted review, as read from GitHub. */
export interface ReviewRecord {
  login: string;
  state: string;
  commitId: string | null;
}

/** The text of a file at a commit (undefined when it is not there), and at the head. */
export interface AgreementTexts {
  at(commit: string, path: string): Promise<string | undefined>;
  head(path: string): Promise<string | undefined>;
}

/**
 * The approvals a pull request's reviews give its agreement changes. Each reviewer's latest deciding review counts
 * (approved, changes requested or dismissed; a later comment does not undo an approval, as on GitHub). An approval
 * covers an agreement only if the file was then exactly as it is now (or, for a removal, already gone): an agreement
 * edited after its approval — its columns widened, say — needs approving again.
 */
export async function collectAgreementApprovals(
  reviews: readonly ReviewRecord[],
  changes: readonly AgreementChange[],
  texts: AgreementTexts,
  author?: string,
): Promise<AgreementApprovals> {
  const latest = new Map<string, ReviewRecord>();
  for (const r of reviews) if (['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'].includes(r.state)) latest.set(r.login.toLowerCase(), r);
  const out: { login: string; files: ReadonlySet<string> }[] = [];
  for (const r of latest.values()) {
    if (r.state !== 'APPROVED' || !r.commitId) continue;
    const files = new Set<string>();
    for (const c of changes) {
      const file = (c.head ?? c.base)?.file;
      if (!file) continue;
      const then = await texts.at(r.commitId, file);
      if (c.status === 'removed' ? then === undefined : then !== undefined && then === (await texts.head(file))) files.add(file);
    }
    out.push({ login: r.login, files });
  }
  return { reviews: out, ...(author ? { author } : {}) };
}
