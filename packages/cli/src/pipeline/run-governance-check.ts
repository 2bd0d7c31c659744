import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  applyWaivers,
  CHANGE_RULE_IDS,
  checkCodeowners,
  CODEOWNERS_FILE,
  renderCodeowners,
  checkCatalog,
  checkChanges,
  comparePolicyRuns,
  diffCatalogs,
  locateChanges,
  sortFindings,
  type CatalogChanges,
  type Config,
  type LoadedSource,
  type CatalogCheck,
  type CheckReport,
  type Finding,
  type NamedEntry,
  type PolicyImpact,
  type PolicyRule,
} from '@meshplane/core';
import {
  listSourceFolders,
  loadFilesSource,
  loadGitSource,
  loadRepository,
  nameFileIndex,
  openParseIndex,
  readGitTree,
  readPolicyFiles,
  readPolicyFilesAt,
  readYamlDocument,
  resolveCommit,
  type PolicyFiles,
  type ReadYaml,
} from '@meshplane/source';
import { checkRepository, type Repository } from '../resolve-repository.js';
import { TOOL_VERSION } from '../tool-version.js';
import { evaluateGovernance, type GovernanceRun } from './evaluate-governance.js';

export interface GovernanceOptions {
  /** The pull request's base: policies and waivers are taken from it, never from the head. */
  base?: string;
  /** Today as `YYYY-MM-DD` (waiver expiry, `enforceFrom`, consumer `until`, deprecation notice). */
  today: string;
  /** False: parse every file, using no parse index (the reference the index is tested against). Default true. */
  useIndex?: boolean;
  /** The head catalog, when the caller has already loaded and checked the work tree (the site build does). */
  checked?: CatalogCheck;
}

/** A catalog as read from one commit (or the work tree): its files through the reader, and its policy files. */
export interface CatalogSnapshot {
  source: LoadedSource;
  /** `policies/**` Rego files; undefined when there is no `policies/` folder. */
  policies: PolicyFiles | undefined;
  /** The commit it was read at; absent for a work tree. */
  commit?: string;
  /** `.github/CODEOWNERS` when the repository has one: checked against the catalog (`mesh codeowners`). */
  codeowners?: string;
}

/** The check of a head snapshot, on a pull request against its base snapshot. */
export interface SnapshotCheckInput {
  /** The repository root as shown in reports (a path, or `owner/repo`). */
  root: string;
  catalogRoot: string;
  config: Config;
  /** Where the compiled policy bundles are cached (`.meshplane/` of a checkout, or the app's data folder). */
  cacheRoot: string;
  head: CatalogSnapshot;
  /** The head snapshot already checked (its `source` is then not read again). */
  headCheck?: CatalogCheck;
  /** The pull request's base: its catalog for the change analysis, its policies and waivers to judge the head. */
  base?: CatalogSnapshot & { label: string };
  today: string;
}

/** The head catalog and, on a pull request, the base with its catalog and the change between them. */
interface Sides {
  head: CatalogCheck;
  commit?: string;
  base?: CatalogCheck;
  changes?: CatalogChanges;
}

function checkSnapshotCatalog(input: Pick<SnapshotCheckInput, 'root' | 'catalogRoot'>, snapshot: CatalogSnapshot): CatalogCheck {
  return checkCatalog(snapshot.source, { root: input.root, catalogRoot: input.catalogRoot, toolVersion: TOOL_VERSION });
}

function loadSides(repo: Repository, baseRef: string | undefined, headRef?: string): Sides {
  const atCommit = (commit: string): CatalogCheck =>
    checkCatalog(loadGitSource(repo.root, commit, { catalogRoot: repo.catalogRoot }), {
      root: repo.root,
      catalogRoot: repo.catalogRoot,
      toolVersion: TOOL_VERSION,
    });
  const head = headRef ? atCommit(resolveCommit(repo.root, headRef)) : checkRepository(repo);
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
  return (await runGovernanceCheckWithCatalogs(repo, options)).report;
}

/** {@link runGovernanceCheck}, also returning the checked catalogs (the pull request summary routes from them). */
export async function runGovernanceCheckWithCatalogs(
  repo: Repository,
  options: GovernanceOptions,
): Promise<{ report: CheckReport; head: CatalogCheck; base?: CatalogCheck; baseCommit?: string }> {
  const codeowners = readTextFile(join(repo.root, CODEOWNERS_FILE));
  // The parse index: each file already read (in the base commit, or in the last run) is not parsed again.
  const index = options.useIndex === false ? undefined : openParseIndex(join(repo.root, '.meshplane/cache/index'));
  const reader = (used: Set<string>): ReadYaml => index?.reader(used) ?? readYamlDocument;
  let base: SnapshotCheckInput['base'];
  if (options.base) {
    const commit = resolveCommit(repo.root, options.base);
    const files = readGitTree(repo.root, commit, listSourceFolders({ catalogRoot: repo.catalogRoot }));
    const name = nameFileIndex(files.map((f) => ({ path: f.path, oid: f.oid ?? '' })));
    // A base not indexed yet (the default branch moved on) shares most files with the last work tree: start from it.
    if (index && !index.load(name)) index.load('worktree');
    const used = new Set<string>();
    base = {
      source: loadFilesSource(files, reader(used)),
      policies: readPolicyFilesAt(repo.root, commit),
      commit,
      label: `base ${options.base} (${commit.slice(0, 12)})`,
    };
    index?.save(name, used);
  }
  index?.load('worktree');
  const usedHead = new Set<string>();
  const head: CatalogSnapshot = {
    source: options.checked ? { documents: [], findings: [], files: [] } : loadRepository(repo.root, { catalogRoot: repo.catalogRoot }, reader(usedHead)),
    policies: readPolicyFiles(repo.root),
    ...(codeowners === undefined ? {} : { codeowners }),
  };
  if (!options.checked) index?.save('worktree', usedHead);
  const checked = await checkSnapshotCatalogs({
    root: repo.root,
    catalogRoot: repo.catalogRoot,
    config: repo.config,
    cacheRoot: join(repo.root, '.meshplane'),
    head,
    ...(options.checked ? { headCheck: options.checked } : {}),
    ...(base ? { base } : {}),
    today: options.today,
  });
  return { ...checked, ...(base?.commit ? { baseCommit: base.commit } : {}) };
}

/**
 * {@link runGovernanceCheck} over snapshots however they were read: from git and the work tree by the CLI and the
 * action, from GitHub's API by the app. The same code path gives the same verdict.
 */
export async function checkSnapshots(input: SnapshotCheckInput): Promise<CheckReport> {
  return (await checkSnapshotCatalogs(input)).report;
}

/** {@link checkSnapshots}, also returning the checked catalogs (the app plans and routes from them). */
export async function checkSnapshotCatalogs(input: SnapshotCheckInput): Promise<{ report: CheckReport; head: CatalogCheck; base?: CatalogCheck }> {
  const checkedHead = input.headCheck ?? checkSnapshotCatalog(input, input.head);
  const stale = input.head.codeowners === undefined ? [] : checkCodeowners(input.head.codeowners, renderCodeowners(checkedHead.index, input.config));
  const head: CatalogCheck = stale.length
    ? { ...checkedHead, report: { ...checkedHead.report, findings: [...checkedHead.report.findings, ...stale] } }
    : checkedHead;
  const base = input.base ? checkSnapshotCatalog(input, input.base) : undefined;
  const changes = base ? locateChanges(diffCatalogs(base, head), head) : undefined;
  const sides: Sides = { head, ...(input.base?.commit ? { commit: input.base.commit } : {}), ...(base ? { base } : {}), ...(changes ? { changes } : {}) };
  const options = { today: input.today };
  const changeFindings = base && changes ? checkChanges(changes, base, head, { today: options.today, noticeDays: input.config.review?.noticeDays ?? 30 }) : [];
  const headFiles = input.head.policies;
  const files = input.base ? input.base.policies : headFiles;
  const waivers = (base ?? head).index.waivers;
  const report: CheckReport = { ...head.report, ...(changes ? { changes } : {}) };
  if (!files) {
    report.findings = sortFindings([...head.report.findings, ...withWaivers(changeFindings, waivers, [], options.today), noPolicies(input.base !== undefined)]);
    return { report, head, ...(base ? { base } : {}) };
  }
  const run = await evaluateGovernance({
    cacheRoot: input.cacheRoot,
    files,
    head,
    ...(base ? { base } : {}),
    ...(changes ? { changes } : {}),
    today: options.today,
  });
  report.findings = sortFindings([...head.report.findings, ...withWaivers([...run.findings, ...changeFindings], waivers, run.rules, options.today)]);
  report.policy = { digest: run.digest, rules: run.rules.length, source: input.base ? input.base.label : 'work tree' };
  report.rules = describeRules(run.rules);
  if (input.base && headFiles && !samePolicies(files, headFiles))
    report.policyImpact = await previewHeadPolicies(input.cacheRoot, sides, waived(run, waivers, options.today), headFiles, options.today);
  return { report, head, ...(base ? { base } : {}) };
}

function readTextFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * `mesh policy impact`: the base and the head policies, each with its own waivers, over the head catalog — per rule and
 * domain, which products would newly fail or pass if the policy change merged.
 */
export async function runPolicyImpact(repo: Repository, options: GovernanceOptions & { base: string }): Promise<PolicyImpact> {
  const sides = loadSides(repo, options.base);
  const baseFiles = readPolicyFilesAt(repo.root, sides.commit as string) ?? new Map();
  const baseRun = await evaluateGovernance({
    cacheRoot: join(repo.root, '.meshplane'),
    files: baseFiles,
    head: sides.head,
    ...(sides.base ? { base: sides.base } : {}),
    today: options.today,
  });
  return previewHeadPolicies(
    join(repo.root, '.meshplane'),
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

async function previewHeadPolicies(cacheRoot: string, sides: Sides, baseRun: GovernanceRun, headFiles: PolicyFiles, today: string): Promise<PolicyImpact> {
  const headRun = await evaluateGovernance({
    cacheRoot,
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
