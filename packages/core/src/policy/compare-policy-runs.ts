import type { Finding } from '../model/finding.js';
import type { PolicyRule } from './policy-types.js';
import type { RuleChange } from './diff-policy-rules.js';

/** One product whose verdict under a rule changes when the policies change. */
export interface ImpactEntry {
  ruleId: string;
  productId: string;
  domain?: string;
  /** The head bundle's message (for newly failing) or the base bundle's (for newly passing). */
  message: string;
}

/** What a policy change does to the whole mesh: the governance group's view on its own policy pull request. */
export interface PolicyImpact {
  baseDigest: string;
  headDigest: string;
  newlyFailing: ImpactEntry[];
  newlyPassing: ImpactEntry[];
  rulesAdded: PolicyRule[];
  rulesRemoved: PolicyRule[];
  severityChanged: { id: string; from: string; to: string }[];
  /** Rules both bundles hold whose Rego changed (a threshold, a condition), with the diff; absent when none did. */
  rulesChanged?: RuleChange[];
}

/**
 * Compares the findings of the base and head policy bundles over the same catalog. A (rule, product) pair newly fails
 * when it is an error under head and not under base, and newly passes the other way round; waivers and `enforceFrom`
 * have been applied to both sides already, so this is what merging would change.
 */
export function comparePolicyRuns(
  base: { digest: string; rules: readonly PolicyRule[]; findings: readonly Finding[] },
  head: { digest: string; rules: readonly PolicyRule[]; findings: readonly Finding[] },
  domainOf: (productId: string) => string | undefined,
): PolicyImpact {
  const failing = (fs: readonly Finding[]): Map<string, Finding> =>
    new Map(fs.filter((f) => f.severity === 'error' && f.productId).map((f) => [`${f.ruleId}\u0000${f.productId}`, f]));
  const before = failing(base.findings);
  const after = failing(head.findings);
  const entry = (f: Finding): ImpactEntry => {
    const domain = domainOf(f.productId as string);
    return { ruleId: f.ruleId, productId: f.productId as string, ...(domain ? { domain } : {}), message: f.message };
  };
  const byRuleThenProduct = (a: ImpactEntry, b: ImpactEntry): number => a.ruleId.localeCompare(b.ruleId) || a.productId.localeCompare(b.productId);
  const baseRules = new Map(base.rules.map((r) => [r.id, r]));
  const headRules = new Map(head.rules.map((r) => [r.id, r]));
  return {
    baseDigest: base.digest,
    headDigest: head.digest,
    newlyFailing: [...after]
      .filter(([k]) => !before.has(k))
      .map(([, f]) => entry(f))
      .sort(byRuleThenProduct),
    newlyPassing: [...before]
      .filter(([k]) => !after.has(k))
      .map(([, f]) => entry(f))
      .sort(byRuleThenProduct),
    rulesAdded: head.rules.filter((r) => !baseRules.has(r.id)),
    rulesRemoved: base.rules.filter((r) => !headRules.has(r.id)),
    severityChanged: head.rules.flatMap((r) => {
      const old = baseRules.get(r.id);
      const label = (x: PolicyRule): string => (x.enforceFrom ? `${x.severity} from ${x.enforceFrom}` : x.severity);
      return old && label(old) !== label(r) ? [{ id: r.id, from: label(old), to: label(r) }] : [];
    }),
  };
}
