import type { Finding, Severity } from '../model/finding.js';
import { keyFinding } from '../review/classify-against-base.js';

const RANK: Record<Severity, number> = { notice: 0, warning: 1, error: 2 };

/**
 * The date the calendar is frozen at to tell time-based findings apart: before any grant, waiver or `enforceFrom`
 * date a catalog holds, so nothing has expired and no rule is enforced yet. The Unix epoch, not year 1: a policy
 * that parses `input.now` with OPA's `time.parse_ns` gets a valid time.
 */
export const FROZEN_DAY = '1970-01-01';

/**
 * The errors and warnings of a check that are there only because of the date: absent, or less severe, when the same
 * catalog is checked with the calendar frozen (at {@link FROZEN_DAY}). An expired grant or waiver, a rule whose
 * `enforceFrom` date has passed, any policy reading `input.now`: the catalog did not change, time did. Matched by
 * rule, product (or file) and pointer, as a pull request's findings are matched against its base.
 *
 * @example findTimeBasedFindings(checkOn('2027-04-01').findings, checkOn(FROZEN_DAY).findings) // the expiries
 */
export function findTimeBasedFindings(dated: readonly Finding[], frozen: readonly Finding[]): Finding[] {
  const before = rankByKey(frozen);
  return dated.filter((f) => f.severity !== 'notice' && RANK[f.severity] > (before.get(keyFinding(f)) ?? -1));
}

/**
 * The time-based findings a later day brings that today does not have yet (or not as severe): what will expire
 * within the look-ahead, so the owners hear of it before pull requests fail.
 */
export function findUpcomingFindings(later: readonly Finding[], today: readonly Finding[], frozen: readonly Finding[]): Finding[] {
  const now = rankByKey(today);
  return findTimeBasedFindings(later, frozen).filter((f) => RANK[f.severity] > (now.get(keyFinding(f)) ?? -1));
}

/** The most severe rank of each finding key (rule, product or file, pointer). */
function rankByKey(findings: readonly Finding[]): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const f of findings) ranks.set(keyFinding(f), Math.max(ranks.get(keyFinding(f)) ?? -1, RANK[f.severity]));
  return ranks;
}
