import { renderPlanMarkdown, type Plan } from '@meshplane/core';
import { runApplyCommand, runPlanCommand } from '@meshplane/cli';
import { recordDeployment } from '@meshplane/github';
import { ActionInputError, readDayInput, readInput, type RunnerEnv } from '../runner/read-input.js';
import type { ActionResult } from '../runner/run-action.js';
import { readRepositoryName } from '../runner/read-repository-name.js';

/** What `mesh plan --format json` and `mesh apply --format json` print. */
interface PlanJson extends Plan {
  target: string;
  summary: string;
  notes?: string[];
  applied?: { operations: number; ms: number };
}

/**
 * The provision action: `mesh apply` (or `mesh plan` with `mode: plan`) through the CLI's own functions — the apply
 * refuses a failing catalog, reconciles the full desired state and records the commit and policy bundle on the
 * platform. The job summary shows the plan that was carried out; with `environment` set, the run is also recorded as
 * a GitHub deployment of the commit.
 */
export async function runProvisionAction(env: RunnerEnv, now = new Date()): Promise<ActionResult> {
  const mode = readInput(env, 'mode', 'apply');
  if (mode !== 'apply' && mode !== 'plan') throw new ActionInputError(`Input \`mode\` takes apply or plan, not \`${mode}\`.`);
  const options = { today: readDayInput(env, 'today', now), format: 'json', progress: (line: string) => process.stderr.write(line) };
  const path = readInput(env, 'path', '.');
  const outcome = mode === 'apply' ? await runApplyCommand(path, options) : await runPlanCommand(path, options);
  const parsed = readPlanJson(outcome.stdout);
  const result = parsed ? describePlan(mode, parsed, outcome.exitCode) : describeRefusal(outcome.stdout, outcome.exitCode);
  const environment = readInput(env, 'environment');
  if (mode === 'apply' && environment) {
    const state = result.outputs.result === 'applied' ? 'success' : 'failure';
    const id = await recordDeployment({
      ...readRepositoryName(env),
      sha: readCommit(env),
      environment,
      state,
      description: `Meshplane ${result.outputs.result}: ${parsed?.summary ?? 'the catalog has errors, nothing was changed.'}`,
      ...(env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID ? { logUrl: `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
      client: { token: readToken(env), baseUrl: env.GITHUB_API_URL || 'https://api.github.com' },
    });
    result.outputs['deployment-id'] = id;
  }
  return result;
}

function describePlan(mode: 'apply' | 'plan', json: PlanJson, exitCode: number): ActionResult {
  const { target, summary, notes = [], applied, ...plan } = json;
  const verb = mode === 'apply' ? 'applied' : 'planned';
  const done = applied ? `\nApplied ${applied.operations} operations to ${target} in ${(applied.ms / 1000).toFixed(1)} s.\n` : '';
  return {
    log: `${mode === 'apply' ? 'Applied' : 'Plan'} (${target}): ${summary}\n${done}`,
    summary: renderPlanMarkdown(plan, { target }) + notes.map((n) => `\n> ${n}\n`).join('') + done,
    outputs: {
      result: exitCode === 0 ? verb : 'blocked',
      operations: applied?.operations ?? plan.operations.length,
      blocked: plan.blocked.length,
      orphans: plan.orphans.length,
      summary,
    },
    exitCode,
  };
}

/** `mesh apply` refused a catalog with errors: its report, as text in the summary, and nothing changed. */
function describeRefusal(text: string, exitCode: number): ActionResult {
  return {
    log: text,
    summary: `### ❌ Meshplane did not provision\n\nThe catalog has errors; nothing was changed.\n\n\`\`\`text\n${text.replace(/`{3,}/g, "'''")}\`\`\`\n`,
    outputs: { result: 'refused', operations: 0, blocked: 0, orphans: 0, summary: 'The catalog has errors; nothing was changed.' },
    exitCode: exitCode || 1,
  };
}

function readPlanJson(stdout: string): PlanJson | undefined {
  try {
    const parsed = JSON.parse(stdout) as PlanJson;
    return Array.isArray(parsed.operations) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function readCommit(env: RunnerEnv): string {
  const sha = env.GITHUB_SHA ?? '';
  if (!/^[0-9a-f]{40}$/.test(sha)) throw new ActionInputError('GITHUB_SHA must name the commit that was provisioned (the runner sets it).');
  return sha;
}

function readToken(env: RunnerEnv): string {
  const token = readInput(env, 'github-token');
  if (!token) throw new ActionInputError('Input `github-token` is empty: recording a deployment needs a token with deployments: write.');
  return token;
}
