import {
  applyWaivers,
  CHANGE_RULE_IDS,
  checkCatalog,
  checkChanges,
  comparePolicyRuns,
  diffCatalogs,
  locateChanges,
  sortFindings,
  type CatalogChanges,
  type CatalogCheck,
  type CheckReport,
  type Finding,
  type NamedEntry,
  type PolicyImpact,
  type PolicyRule,
} from '@meshplane/core';
import { loadGitSource, readPolicyFiles, readPolicyFilesAt, resolveCommit, type PolicyFiles } from '@meshplane/source';
import { checkRepository, type Repository } from '../resolve-repository.js';
import { TOOL_VERSION } from '../tool-version.js';
import { evaluateGovernance, type GovernanceRun } from './evaluate-governance.js';

export interface GovernanceOptions {
  /** The pull request's base: policies and waivers are taken from it, never from the head. */
  base?: string;
  /** Today as `YYYY-MM-DD` (waiver expiry, `enforceFrom`, consumer `until`, deprecation notice). */
  today: string;
  /** The head catalog, when the caller has already loaded and checked the work tree (the site build does). */
  checked?: CatalogCheck;
}

/** The head catalog and, on a pull request, the base commit with its catalog and the change between them. */
interface Sides {
  head: CatalogCheck;
  commit?: string;
  base?: CatalogCheck;
  changes?: CatalogChanges;
}

function loadSides(repo: Repository, baseRef: string | undefined, headRef?: string, checked?: CatalogCheck): Sides {
  const atCommit = (commit: string): CatalogCheck =>
    checkCatalog(loadGitSource(repo.root, commit, { catalogRoot: repo.catalogRoot }), {
      root: repo.root,
      catalogRoot: repo.catalogRoot,
      toolVersion: TOOL_VERSION,
    });
  const head = headRef ? atCommit(resolveCommit(repo.root, headRef)) : (checked ?? checkRepository(repo));
  if (!baseRef) return { head };
  const commit = resolveCommit(repo.root, baseRef);
  const base = atCommit(commit);
  return { head, commit, base, changes: locateChanges(diffCatalogs(base, head), head) };
}

/**
 * The check every entry point runs: schema and mesh checks of the catalog, on a pull request the change analysis
 * (breaking changes, version bumps, affected consumers, lifecycle), then the governance policies, then the waivers over
 * all of it. With a base ref the bundle and the waivers come from the base, so a pull request cannot weaken or waive
 * the rules that judge it; when it changes `policies/`, the head bundle runs too and the report carries its impact.
 */
export async function runGovernanceCheck(repo: Repository, options: GovernanceOptions): Promise<CheckReport> {
  const sides = loadSides(repo, options.base, undefined, options.checked);
  const { head, commit, base, changes } = sides;
  const changeFindings = base && changes ? checkChanges(changes, base, head, { today: options.today, noticeDays: repo.config.review?.noticeDays ?? 30 }) : [];
  const headFiles = readPolicyFiles(repo.root);
  const files = commit ? readPolicyFilesAt(repo.root, commit) : headFiles;
  const waivers = (base ?? head).index.waivers;
  const report: CheckReport = { ...head.report, ...(changes ? { changes } : {}) };
  if (!files) {
    report.findings = sortFindings([...head.report.findings, ...withWaivers(changeFindings, waivers, [], options.today), noPolicies(commit !== undefined)]);
    return report;
  }
  const run = await evaluateGovernance({ root: repo.root, files, head, ...(base ? { base } : {}), ...(changes ? { changes } : {}), today: options.today });
  report.findings = sortFindings([...head.report.findings, ...withWaivers([...run.findings, ...changeFindings], waivers, run.rules, options.today)]);
  report.policy = { digest: run.digest, rules: run.rules.length, source: commit ? `base ${options.base} (${commit.slice(0, 12)})` : 'work tree' };
  report.rules = describeRules(run.rules);
  if (commit && headFiles && !samePolicies(files, headFiles))
    report.policyImpact = await previewHeadPolicies(repo, sides, waived(run, waivers, options.today), headFiles, options.today);
  return report;
}

/**
 * `mesh policy impact`: the base and the head policies, each with its own waivers, over the head catalog — per rule and
 * domain, which products would newly fail or pass if the policy change merged.
 */
export async function runPolicyImpact(repo: Repository, options: GovernanceOptions & { base: string }): Promise<PolicyImpact> {
  const sides = loadSides(repo, options.base);
  const baseFiles = readPolicyFilesAt(repo.root, sides.commit as string) ?? new Map();
  const baseRun = await evaluateGovernance({
    root: repo.root,
    files: baseFiles,
    head: sides.head,
    ...(sides.base ? { base: sides.base } : {}),
    today: options.today,
  });
  return previewHeadPolicies(
    repo,
    sides,
    waived(baseRun, (sides.base ?? sides.head).index.waivers, options.today),
    readPolicyFiles(repo.root) ?? new Map(),
    options.today,
  );
}

/** `mesh diff`: the change analysis on its own (head: the work tree, or `head` ref), with its findings. */
export function runDiff(repo: Repository, options: GovernanceOptions & { base: string; head?: string }): CheckReport {
  const sides = loadSides(repo, options.base, options.head);
  const findings = checkChanges(sides.changes as CatalogChanges, sides.base as CatalogCheck, sides.head, {
    today: options.today,
    noticeDays: repo.config.review?.noticeDays ?? 30,
  });
  return {
    ...sides.head.report,
    findings: sortFindings(withWaivers(findings, (sides.base ?? sides.head).index.waivers, [], options.today).filter((f) => !f.ruleId.startsWith('waiver.'))),
    ...(sides.changes ? { changes: sides.changes } : {}),
  };
}

async function previewHeadPolicies(repo: Repository, sides: Sides, baseRun: GovernanceRun, headFiles: PolicyFiles, today: string): Promise<PolicyImpact> {
  const headRun = await evaluateGovernance({
    root: repo.root,
    files: headFiles,
    head: sides.head,
    ...(sides.base ? { base: sides.base } : {}),
    ...(sides.changes ? { changes: sides.changes } : {}),
    today,
  });
  return comparePolicyRuns(baseRun, waived(headRun, sides.head.index.waivers, today), (id) => sides.head.graph.nodes.get(id)?.domain);
}

/** Applies waivers once, over policy and change findings: waivable are the policy rules and the change rules. */
function withWaivers(findings: Finding[], waivers: readonly NamedEntry[], rules: readonly PolicyRule[], today: string): Finding[] {
  return applyWaivers(findings, waivers, [...rules.map((r) => r.id), ...CHANGE_RULE_IDS], today);
}

function waived(run: GovernanceRun, waivers: readonly NamedEntry[], today: string): GovernanceRun {
  return { ...run, findings: withWaivers(run.findings, waivers, run.rules, today).filter((f) => !f.ruleId.startsWith('waiver.')) };
}

function samePolicies(a: PolicyFiles, b: PolicyFiles): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}

function describeRules(rules: readonly PolicyRule[]): Record<string, { title: string; description: string }> {
  return Object.fromEntries(rules.map((r) => [r.id, { title: r.title, description: r.description }]));
}

function noPolicies(fromBase: boolean): Finding {
  return {
    ruleId: 'policy.none',
    severity: 'notice',
    message: `No policies/ folder${fromBase ? ' at the base' : ''}: only the schema and mesh checks ran.`,
    hint: "Add the governance group's Rego policies under policies/ (see docs/policies.md).",
  };
}
