import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { countFindings, renderRecordedObservations, renderSloText, renderText } from '@meshplane/core';
import { renderSyncResult } from '@meshplane/github';
import {
  measureSloObservations,
  observeLineageDrift,
  OBSERVED_LINEAGE_FILE,
  resolveRepository,
  syncSloIssuesFromStatuses,
  withDataBranch,
  SLO_EXPORT,
  writeSloStatus,
  type DataBranchRun,
  type Repository,
} from '@meshplane/usecases';
import { ActionInputError, readBooleanInput, readInput, type RunnerEnv } from '../runner/read-input.js';
import type { ActionResult } from '../runner/run-action.js';

/** The states `mesh slo evaluate` exports, counted for the outputs. */
const STATES = ['ok', 'at-risk', 'breached', 'no-data'] as const;

/** One step's text and exit code, as `mesh slo …` prints it. */
interface Step {
  title: string;
  text: string;
  exitCode: number;
}

/**
 * The SLO monitor action: the use cases of `mesh slo measure` (SQL probes on the platform), `mesh slo evaluate`
 * (budgets, burn rates, states; writes the status export) and `mesh slo sync-issues` (one issue per product, port and
 * SLO episode), in that order. Issues are synced only when a `site-url` is given (their links point there). With a
 * `data-branch` and the embedded DuckDB store, measuring and evaluating run on the history that branch keeps, and the
 * run's observations are pushed to it before any issue is touched: a push that fails ends the run (exit 2) with the
 * branch as it was.
 */
export async function runSloMonitorAction(env: RunnerEnv, now = new Date()): Promise<ActionResult> {
  const root = readInput(env, 'path', '.');
  const repo = resolveRepository(root);
  const at = readInput(env, 'now', now.toISOString());
  const steps: Step[] = [];
  const branch = readInput(env, 'data-branch');
  const lineageEvents = readInput(env, 'lineage-events')
    .split(/\s+/)
    .filter((f) => f !== '');
  const measureAndEvaluate = async () => {
    if (lineageEvents.length > 0) steps.push(observeLineage(repo, lineageEvents, at));
    return measureAndEvaluateSlos(repo, at, readBooleanInput(env, 'measure', true), steps);
  };
  let evaluated: Awaited<ReturnType<typeof writeSloStatus>>;
  if (branch) {
    const remote = readInput(env, 'data-branch-remote');
    const token = readInput(env, 'github-token');
    const options = {
      branch,
      now: at,
      retries: readRetries(env),
      statusExport: SLO_EXPORT,
      ...(lineageEvents.length > 0 ? { observedLineage: OBSERVED_LINEAGE_FILE } : {}),
      ...(remote ? { remote } : {}),
      ...(token ? { token } : {}),
    };
    const { result, data } = await withDataBranch(repo, options, measureAndEvaluate);
    evaluated = result;
    if (data) steps.push({ title: 'History', text: renderDataBranchRun(data), exitCode: 0 });
  } else evaluated = await measureAndEvaluate();
  const counts = countStates(join(root, evaluated.out));
  const siteUrl = readInput(env, 'site-url');
  if (siteUrl) {
    const synced = await syncSloIssuesFromStatuses(undefined, {
      root,
      siteUrl,
      dryRun: readBooleanInput(env, 'dry-run', false),
      now: at,
      env: { GITHUB_TOKEN: readInput(env, 'github-token'), GITHUB_REPOSITORY: env.GITHUB_REPOSITORY, GITHUB_API_URL: env.GITHUB_API_URL },
    });
    steps.push({ title: 'Issues', text: renderSyncResult(synced.repository, synced.result), exitCode: synced.result.failed.length > 0 ? 2 : 0 });
  }
  return {
    log: steps.map((s) => s.text).join('\n'),
    summary: renderSummary(counts, steps),
    outputs: { ...counts, 'status-path': join(root, evaluated.out) },
    exitCode: Math.max(...steps.map((s) => s.exitCode)),
  };
}

/**
 * `mesh lineage drift <events…>`: the run's OpenLineage events merged into the observed lineage (with a data branch,
 * the one it keeps), and the drift they show, as warnings (a step that informs; the checks decide what blocks).
 */
function observeLineage(repo: Repository, files: readonly string[], at: string): Step {
  const { report } = observeLineageDrift(repo, { events: files.map((f) => resolve(f)), now: at });
  const c = countFindings(report.findings);
  return { title: 'Lineage', text: `${renderText(report)}Merged the events into ${OBSERVED_LINEAGE_FILE} (${c.warning} drift warnings).\n`, exitCode: 0 };
}

async function measureAndEvaluateSlos(repo: Repository, at: string, measure: boolean, steps: Step[]): Promise<Awaited<ReturnType<typeof writeSloStatus>>> {
  if (measure) {
    const { text, failed } = renderRecordedObservations(await measureSloObservations(repo, { now: at }), repo.root);
    steps.push({ title: 'Measure', text, exitCode: failed ? 1 : 0 });
  }
  const evaluated = await writeSloStatus(repo, { now: at });
  steps.push({ title: 'Evaluate', text: renderSloText(evaluated.report, { all: false }) + `Wrote ${evaluated.out}.\n`, exitCode: 0 });
  return evaluated;
}

/** How many times a rejected push to the data branch is tried again (default 3). */
function readRetries(env: RunnerEnv): number {
  const text = readInput(env, 'data-branch-retries', '3');
  if (!/^\d{1,2}$/.test(text)) throw new ActionInputError(`Input \`data-branch-retries\` takes a whole number from 0 to 99, not \`${text}\`.`);
  return Number(text);
}

function renderDataBranchRun(d: DataBranchRun): string {
  const pushed =
    d.attempts === 0
      ? 'nothing to push'
      : `pushed ${d.attempts === 1 ? 'at the first attempt' : `after ${d.attempts - 1} rejected push${d.attempts > 2 ? 'es' : ''}`}`;
  return `Data branch ${d.branch} at ${d.remote}: ${d.loaded} observations loaded, ${d.added} added, ${d.dropped} day files dropped past the horizon; ${pushed}.\n`;
}

function countStates(file: string): Record<(typeof STATES)[number], number> {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { products?: Record<string, { statuses?: { state?: string }[] }> };
  const statuses = Object.values(data.products ?? {}).flatMap((p) => p.statuses ?? []);
  return Object.fromEntries(STATES.map((s) => [s, statuses.filter((x) => x.state === s).length])) as Record<(typeof STATES)[number], number>;
}

function renderSummary(counts: Record<string, number>, steps: readonly Step[]): string {
  const head = `### Meshplane SLOs\n\n${STATES.map((s) => `${counts[s]} ${s}`).join(' · ')}\n`;
  // The CLI's text, verbatim, in fenced blocks: product names are manifest text, and a fence keeps them from rendering.
  return head + steps.map(({ title, text }) => `\n#### ${title}\n\n\`\`\`text\n${text.replace(/`{3,}/g, "'''")}\`\`\`\n`).join('');
}
