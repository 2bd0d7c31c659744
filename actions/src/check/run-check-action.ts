import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { countFindings, decideVerdict, isReliabilityFix, renderGithub, renderJson, renderMarkdown, renderSarif, type CheckReport } from '@meshplane/core';
import {
  readLatestObservedLineage,
  readLatestSloStatuses,
  resolveRepository,
  runGovernanceCheckWithCatalogs,
  summarizePullRequest,
  type Repository,
} from '@meshplane/usecases';
import { listChangedPaths } from '@meshplane/source';
import { readBooleanInput, readDayInput, readInput, type RunnerEnv } from '../runner/read-input.js';
import { readPullRequest } from '../runner/read-pull-request.js';
import { readActionApprovals } from './read-action-approvals.js';
import type { ActionResult } from '../runner/run-action.js';

/** GitHub shows 10 error and 10 warning annotations per step; the job summary carries the full list. */
const ANNOTATIONS_PER_SEVERITY = 10;

/**
 * The check action: the same `runGovernanceCheck` as `mesh check --base` and the app. On a pull request the base is the
 * event's base commit (policies and waivers come from it, so a pull request cannot weaken the rules that judge it); the
 * `base` input overrides it. Writes the JSON report (and SARIF, when asked) and returns annotations, outputs and the
 * job summary (the pull request comment's Markdown).
 */
export async function runCheckAction(env: RunnerEnv, now = new Date()): Promise<ActionResult> {
  // Paths are relative to the step's working directory (the workspace), as for `mesh check`, so both name files alike.
  const repo = resolveRepository(readInput(env, 'path', '.'));
  const pr = readPullRequest(env);
  const base = readInput(env, 'base', pr?.baseSha ?? '');
  const today = readDayInput(env, 'today', now);
  const budgetGate = base ? readBudgetGate(repo, readInput(env, 'slo-status', '.meshplane-data/slo-status.json'), pr?.labels ?? []) : undefined;
  const runtime = readRuntimeLineage(repo, readInput(env, 'lineage-observed', '.meshplane-data/lineage-observed.json'));
  const checked = await runGovernanceCheckWithCatalogs(repo, {
    ...(base ? { base } : {}),
    ...(budgetGate ? { budgetGate } : {}),
    ...(runtime.observed ? { runtime } : {}),
    ...(base && pr ? { approvals: readActionApprovals(env, repo.root, pr) } : {}),
    today,
  });
  const report = checked.report;
  const reportPath = resolve(readInput(env, 'report-path', join(env.RUNNER_TEMP ?? tmpdir(), 'meshplane-check.json')));
  writeFileSync(reportPath, renderJson(report));
  const sarifPath = readInput(env, 'sarif-path');
  if (sarifPath) writeFileSync(resolve(sarifPath), renderSarif(report));
  const verdict = decideVerdict(report);
  const counts = countFindings(report.findings);
  const failOnError = readBooleanInput(env, 'fail-on-error', true);
  return {
    log: renderGithub(report, { perSeverity: ANNOTATIONS_PER_SEVERITY }),
    summary: summarize(checked, {
      root: repo.root,
      config: repo.config,
      today,
      headSha: pr?.headSha ?? env.GITHUB_SHA ?? '',
      baseRef: pr?.baseRef ?? base,
      author: pr?.author,
      sloStatuses: budgetGate?.statuses,
    }),
    outputs: {
      conclusion: verdict === 'pass' ? 'success' : 'failure',
      errors: counts.error,
      warnings: counts.warning,
      notices: counts.notice,
      'report-path': reportPath,
      ...(sarifPath ? { 'sarif-path': resolve(sarifPath) } : {}),
    },
    exitCode: verdict === 'fail' && failOnError ? 1 : 0,
  };
}

/**
 * The error-budget gate's input: the latest SLO statuses from the `slo-status` file (the workflow checks the
 * meshplane-data branch out beside the repository; no file there means the gate does not run) and whether the pull
 * request carries the reliability label. A file that exists but cannot be read fails the check.
 */
function readBudgetGate(repo: Repository, file: string, labels: readonly string[]) {
  const reliabilityFix = isReliabilityFix(labels, repo.config);
  if (!file || !existsSync(resolve(file)))
    return { statuses: undefined, source: file ? `no ${file}: is the meshplane-data branch checked out there?` : 'no slo-status input', reliabilityFix };
  return { ...readLatestSloStatuses(repo, resolve(file)), source: file, reliabilityFix };
}

/**
 * What runs were observed doing, from the `lineage-observed` file (the meshplane-data branch checked out beside the
 * repository, where the slo-monitor action keeps it); no file: policies see `input.runtime` null. A file that exists
 * but cannot be read fails the check.
 */
function readRuntimeLineage(repo: Repository, file: string) {
  if (!file || !existsSync(resolve(file))) return { observed: undefined, source: file ? `no ${file}` : 'no lineage-observed input' };
  return { ...readLatestObservedLineage(repo, resolve(file)), source: file };
}

/**
 * The job summary: on a pull request the same Markdown as the app's sticky comment (what is needed to merge, changes,
 * consumers, the provisioning preview, waivers, policy impact), then every finding — the annotations stop at 10 per
 * severity, the summary never does.
 */
function summarize(
  checked: Awaited<ReturnType<typeof runGovernanceCheckWithCatalogs>>,
  at: {
    root: string;
    config: Parameters<typeof summarizePullRequest>[0]['config'];
    today: string;
    headSha: string;
    baseRef: string;
    author?: string | undefined;
    sloStatuses?: Parameters<typeof summarizePullRequest>[0]['sloStatuses'] | undefined;
  },
): string {
  const all = renderMarkdown(checked.report);
  if (!checked.base || !checked.baseCommit) return all;
  const pull = summarizePullRequest({
    report: checked.report as CheckReport,
    head: checked.head.index,
    base: checked.base.index,
    changedFiles: listChangedPaths(at.root, checked.baseCommit),
    config: at.config,
    headSha: at.headSha,
    baseRef: at.baseRef,
    today: at.today,
    ...(at.author ? { author: at.author } : {}),
    ...(at.sloStatuses ? { sloStatuses: at.sloStatuses } : {}),
  });
  return `${pull.markdown}\n<details><summary>Every finding</summary>\n\n${all}\n</details>\n`;
}
