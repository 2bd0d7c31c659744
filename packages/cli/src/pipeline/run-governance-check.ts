import {
  checkCatalog,
  comparePolicyRuns,
  sortFindings,
  type CatalogCheck,
  type CheckReport,
  type Finding,
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
  /** Today as `YYYY-MM-DD` (waiver expiry, `enforceFrom`, consumer `until`). */
  today: string;
}

/** The head catalog and, on a pull request, the base commit with its catalog. */
interface Sides {
  head: CatalogCheck;
  commit?: string;
  base?: CatalogCheck;
}

function loadSides(repo: Repository, baseRef: string | undefined): Sides {
  const head = checkRepository(repo);
  if (!baseRef) return { head };
  const commit = resolveCommit(repo.root, baseRef);
  const base = checkCatalog(loadGitSource(repo.root, commit, { catalogRoot: repo.catalogRoot }), {
    root: repo.root,
    catalogRoot: repo.catalogRoot,
    toolVersion: TOOL_VERSION,
  });
  return { head, commit, base };
}

/**
 * The check every entry point runs: schema and mesh checks of the catalog, then the governance policies. With a base
 * ref (a pull request), the bundle and the waivers come from the base, so a pull request cannot weaken the rules that
 * judge it; when it changes `policies/`, the head bundle is evaluated too and the report carries its impact.
 */
export async function runGovernanceCheck(repo: Repository, options: GovernanceOptions): Promise<CheckReport> {
  const sides = loadSides(repo, options.base);
  const { head, commit, base } = sides;
  const headFiles = readPolicyFiles(repo.root);
  const files = commit ? readPolicyFilesAt(repo.root, commit) : headFiles;
  const report: CheckReport = { ...head.report };
  if (!files) {
    report.findings = sortFindings([...head.report.findings, noPolicies(commit !== undefined)]);
    return report;
  }
  const run = await evaluateGovernance({
    root: repo.root,
    files,
    head,
    ...(base ? { base } : {}),
    waivers: (base ?? head).index.waivers,
    today: options.today,
  });
  report.findings = sortFindings([...head.report.findings, ...run.findings]);
  report.policy = { digest: run.digest, rules: run.rules.length, source: commit ? `base ${options.base} (${commit.slice(0, 12)})` : 'work tree' };
  report.rules = describeRules(run.rules);
  if (commit && headFiles && !samePolicies(files, headFiles)) report.policyImpact = await previewHeadPolicies(repo, sides, run, headFiles, options.today);
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
    waivers: (sides.base ?? sides.head).index.waivers,
    today: options.today,
  });
  return previewHeadPolicies(repo, sides, baseRun, readPolicyFiles(repo.root) ?? new Map(), options.today);
}

async function previewHeadPolicies(repo: Repository, sides: Sides, baseRun: GovernanceRun, headFiles: PolicyFiles, today: string): Promise<PolicyImpact> {
  const headRun = await evaluateGovernance({
    root: repo.root,
    files: headFiles,
    head: sides.head,
    ...(sides.base ? { base: sides.base } : {}),
    waivers: sides.head.index.waivers,
    today,
  });
  return comparePolicyRuns(baseRun, headRun, (id) => sides.head.graph.nodes.get(id)?.domain);
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
