import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runSlo, runSloSyncIssues, SLO_EXPORT } from '@meshplane/cli';
import { readBooleanInput, readInput, type RunnerEnv } from '../runner/read-input.js';
import type { ActionResult } from '../runner/run-action.js';

/** The states `mesh slo evaluate` exports, counted for the outputs. */
const STATES = ['ok', 'at-risk', 'breached', 'no-data'] as const;

/**
 * The SLO monitor action: `mesh slo measure` (SQL probes on the platform), `mesh slo evaluate` (budgets, burn rates,
 * states; writes the status export) and `mesh slo sync-issues` (one issue per product, port and SLO episode), through
 * the CLI's own functions, in that order. Issues are synced only when a `site-url` is given (their links point there).
 */
export async function runSloMonitorAction(env: RunnerEnv, now = new Date()): Promise<ActionResult> {
  const root = readInput(env, 'path', '.');
  const at = readInput(env, 'now', now.toISOString());
  const measureStep = readBooleanInput(env, 'measure', true) ? await runSlo(['measure'], { root, now: at, format: 'text' }) : undefined;
  const evaluated = await runSlo(['evaluate'], { root, now: at, format: 'text' });
  const counts = countStates(join(root, SLO_EXPORT));
  const siteUrl = readInput(env, 'site-url');
  const synced = siteUrl
    ? await runSloSyncIssues(undefined, {
        root,
        siteUrl,
        dryRun: readBooleanInput(env, 'dry-run', false),
        now: at,
        env: { GITHUB_TOKEN: readInput(env, 'github-token'), GITHUB_REPOSITORY: env.GITHUB_REPOSITORY, GITHUB_API_URL: env.GITHUB_API_URL },
      })
    : undefined;
  const steps = [measureStep, evaluated, synced].filter((s) => s !== undefined);
  const log = steps.map((s) => s.stdout).join('\n');
  const exitCode = Math.max(...steps.map((s) => s.exitCode));
  return {
    log,
    summary: renderSummary(counts, [
      ...(measureStep ? [['Measure', measureStep.stdout] as const] : []),
      ['Evaluate', evaluated.stdout] as const,
      ...(synced ? [['Issues', synced.stdout] as const] : []),
    ]),
    outputs: { ...counts, 'status-path': join(root, SLO_EXPORT) },
    exitCode,
  };
}

function countStates(file: string): Record<(typeof STATES)[number], number> {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { products?: Record<string, { statuses?: { state?: string }[] }> };
  const statuses = Object.values(data.products ?? {}).flatMap((p) => p.statuses ?? []);
  return Object.fromEntries(STATES.map((s) => [s, statuses.filter((x) => x.state === s).length])) as Record<(typeof STATES)[number], number>;
}

function renderSummary(counts: Record<string, number>, sections: readonly (readonly [string, string])[]): string {
  const head = `### Meshplane SLOs\n\n${STATES.map((s) => `${counts[s]} ${s}`).join(' · ')}\n`;
  // The CLI's text, verbatim, in fenced blocks: product names are manifest text, and a fence keeps them from rendering.
  return head + sections.map(([title, text]) => `\n#### ${title}\n\n\`\`\`text\n${text.replace(/`{3,}/g, "'''")}\`\`\`\n`).join('');
}
