import {
  applyWaivers,
  BUDGET_GATE_RULE,
  CHANGE_RULE_IDS,
  comparePolicyRuns,
  diffPolicyRules,
  type CatalogChanges,
  type CatalogCheck,
  type Finding,
  type NamedEntry,
  type ObservedLineage,
  type PolicyImpact,
  type PolicyRule,
} from '@meshplane/core';
import type { PolicyFiles } from '@meshplane/source';
import { evaluateGovernance, type GovernanceRun } from './evaluate-governance.js';

/** The head catalog and, on a pull request, the base with its catalog and the change between them. */
export interface Sides {
  head: CatalogCheck;
  commit?: string;
  base?: CatalogCheck;
  changes?: CatalogChanges;
  /** What runs were observed doing, for `input.runtime`. */
  observed?: ObservedLineage;
}

/**
 * The head policies, with the head's waivers, over the head catalog, compared with the base policies' run: per rule and
 * domain, which products would newly fail or pass if the policy change merged; and the Rego diff of each rule both
 * hold whose source changed (`baseRun.files`: the policies that ran).
 */
export async function previewHeadPolicies(
  cacheRoot: string,
  sides: Sides,
  baseRun: GovernanceRun & { files: PolicyFiles },
  headFiles: PolicyFiles,
  today: string,
): Promise<PolicyImpact> {
  const headRun = await evaluateGovernance({
    cacheRoot,
    files: headFiles,
    head: sides.head,
    ...(sides.base ? { base: sides.base } : {}),
    ...(sides.changes ? { changes: sides.changes } : {}),
    ...(sides.observed ? { observed: sides.observed } : {}),
    today,
  });
  const impact = comparePolicyRuns(baseRun, waived(headRun, sides.head.index.waivers, today), (id) => sides.head.graph.nodes.get(id)?.domain);
  const changed = diffPolicyRules(baseRun.rules, headRun.rules, baseRun.files, headFiles);
  return changed.length ? { ...impact, rulesChanged: changed } : impact;
}

/** Applies waivers once, over policy and change findings: waivable are the policy rules and the change rules. */
export function withWaivers(findings: Finding[], waivers: readonly NamedEntry[], rules: readonly PolicyRule[], today: string): Finding[] {
  return applyWaivers(findings, waivers, [...rules.map((r) => r.id), ...CHANGE_RULE_IDS, BUDGET_GATE_RULE], today);
}

/** A run with its waivers applied and the waiver notices dropped (for impact comparisons). */
export function waived(run: GovernanceRun, waivers: readonly NamedEntry[], today: string): GovernanceRun {
  return { ...run, findings: withWaivers(run.findings, waivers, run.rules, today).filter((f) => !f.ruleId.startsWith('waiver.')) };
}
