import {
  checkCatalog,
  foldConsequences,
  checkChanges,
  checkCodeowners,
  gateErrorBudgets,
  renderCodeowners,
  diffCatalogs,
  locateChanges,
  sortFindings,
  type Config,
  type LoadedSource,
  type CatalogCheck,
  type TableOptions,
  type CheckReport,
  type Finding,
  type PolicyRule,
  type BudgetGateInput,
  findLineageDrift,
  type CatalogChanges,
  type ObservedLineage,
} from '@meshplane/core';
import type { PolicyFiles } from '@meshplane/source';
import { TOOL_VERSION } from '../meshplane-home.js';
import { evaluateGovernance } from './evaluate-governance.js';
import { previewHeadPolicies, waived, withWaivers, type Sides } from './waive-findings.js';
import { judgeAgainstBase } from './judge-against-base.js';
import { keepBaseFindings, keyBaseFindings } from './remember-base-findings.js';
import { identifyDocument, keepMeshTables, keyMeshTable } from './remember-mesh-tables.js';
import { endOfDay } from './evaluate-governance.js';
import type { RuntimeLineageInput } from '../lineage/read-observed-lineage.js';
import { judgeAgreementChanges, type ReadApprovals } from './judge-agreement-changes.js';

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
  /** On a pull request: the latest SLO statuses and whether it is a reliability fix, for the error-budget gate. */
  budgetGate?: Omit<BudgetGateInput, 'config' | 'today'>;
  /** On a pull request on GitHub: what its reviews say of the agreements it changes (absent: the needs are notices). */
  approvals?: ReadApprovals;
  /**
   * What runs were observed doing (the observed lineage kept by `mesh lineage drift` or on the data branch): policies
   * read it as `input.runtime`, and a pull request is warned about the drift of the products it touches.
   */
  runtime?: RuntimeLineageInput;
}

function checkSnapshotCatalog(
  input: Pick<SnapshotCheckInput, 'root' | 'catalogRoot' | 'today'>,
  snapshot: CatalogSnapshot,
  mode: 'validate' | 'check' = 'check',
  table?: TableOptions,
): CatalogCheck {
  const options = { root: input.root, catalogRoot: input.catalogRoot, mode, toolVersion: TOOL_VERSION, today: input.today };
  return checkCatalog(snapshot.source, { ...options, ...(table ? { table } : {}) });
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
  const observed = input.runtime?.observed;
  // The base judged on its own is the same for every pull request on it: remembered, its mesh checks are not run again.
  const baseKept = keepBaseFindings(input.cacheRoot);
  const baseKey = input.base
    ? keyBaseFindings({
        source: input.base.source,
        catalogRoot: input.catalogRoot,
        files: input.base.policies,
        today: input.today,
        ...(observed ? { observed } : {}),
      })
    : undefined;
  const baseFindings = baseKey === undefined ? undefined : baseKept.read(baseKey);
  // The base's mesh table, kept as its findings are: the head's mesh checks run over what changed and its neighbours.
  const tables = keepMeshTables(input.cacheRoot);
  const tableKey = input.base ? keyMeshTable({ source: input.base.source, catalogRoot: input.catalogRoot, today: input.today }) : undefined;
  let baseTable = tableKey === undefined ? undefined : tables.read(tableKey);
  const tabulate = tableKey !== undefined && !baseTable;
  const base = input.base
    ? checkSnapshotCatalog(input, input.base, baseFindings && !tabulate ? 'validate' : 'check', tabulate ? { tabulate } : undefined)
    : undefined;
  if (tableKey !== undefined && base?.table) {
    tables.write(tableKey, base.table);
    baseTable = base.table;
  }
  const previous = base && baseTable ? { identify: identifyDocument, previous: { index: base.index, table: baseTable } } : undefined;
  const checkedHead = input.headCheck ?? checkSnapshotCatalog(input, input.head, 'check', previous);
  const stale = input.head.codeowners === undefined ? [] : checkCodeowners(input.head.codeowners, renderCodeowners(checkedHead.index, input.config));
  const head: CatalogCheck = stale.length
    ? { ...checkedHead, report: { ...checkedHead.report, findings: [...checkedHead.report.findings, ...stale] } }
    : checkedHead;
  const changes = base ? locateChanges(diffCatalogs(base, head), head) : undefined;
  const sides: Sides = {
    head,
    ...(input.base?.commit ? { commit: input.base.commit } : {}),
    ...(base ? { base } : {}),
    ...(changes ? { changes } : {}),
    ...(observed ? { observed } : {}),
  };
  const options = { today: input.today };
  const changeFindings = base && changes ? checkChanges(changes, base, head, { today: options.today, noticeDays: input.config.review?.noticeDays ?? 30 }) : [];
  if (changes && input.budgetGate)
    changeFindings.push(...gateErrorBudgets(changes, head, { ...input.budgetGate, config: input.config.review?.errorBudget, today: input.today }));
  if (changes && observed) changeFindings.push(...warnDriftOfChanged(changes, head, observed, input.today));
  if (base) changeFindings.push(...(await judgeAgreementChanges(base, head, input.config, input.approvals)));
  const headFiles = input.head.policies;
  const files = input.base ? input.base.policies : headFiles;
  const waivers = (base ?? head).index.waivers;
  const report: CheckReport = { ...head.report, ...(changes ? { changes } : {}) };
  if (!files) {
    report.findings = sortFindings([...head.report.findings, ...withWaivers(changeFindings, waivers, [], options.today), noPolicies(input.base !== undefined)]);
    return { report: await judged(report), head, ...(base ? { base } : {}) };
  }
  const run = await evaluateGovernance({
    cacheRoot: input.cacheRoot,
    files,
    head,
    ...(base ? { base } : {}),
    ...(changes ? { changes } : {}),
    ...(observed ? { observed } : {}),
    today: options.today,
  });
  report.findings = sortFindings([...head.report.findings, ...withWaivers([...run.findings, ...changeFindings], waivers, run.rules, options.today)]);
  report.policy = { digest: run.digest, rules: run.rules.length, source: input.base ? input.base.label : 'work tree' };
  report.rules = describeRules(run.rules);
  if (input.base && headFiles && !samePolicies(files, headFiles))
    report.policyImpact = await previewHeadPolicies(input.cacheRoot, sides, { ...waived(run, waivers, options.today), files }, headFiles, options.today);
  return { report: await judged(report), head, ...(base ? { base } : {}) };

  /** On a pull request, each finding marked introduced or existing against the base (see judgeAgainstBase). */
  async function judged(folding: CheckReport): Promise<CheckReport> {
    const r = { ...folding, findings: foldConsequences(folding.findings) };
    if (!base || !changes) return r;
    return judgeAgainstBase({
      report: r,
      head,
      base,
      changes,
      files,
      config: input.config,
      cacheRoot: input.cacheRoot,
      today: options.today,
      ...(observed ? { observed } : {}),
      ...(baseFindings ? { baseFindings } : {}),
      ...(baseKey === undefined ? {} : { keepBaseFindings: (f: Finding[]) => baseKept.write(baseKey, f) }),
    });
  }
}

/**
 * The runtime drift of the products a pull request adds or modifies, judged against the head catalog: a change that
 * declares the missing input clears it at once, one that leaves it is told so on the manifest's line.
 */
function warnDriftOfChanged(changes: CatalogChanges, head: CatalogCheck, observed: ObservedLineage, today: string): Finding[] {
  const touched = new Set(changes.products.filter((p) => p.status !== 'removed').map((p) => p.id));
  return findLineageDrift(head.graph, observed, { now: endOfDay(today), only: touched });
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
