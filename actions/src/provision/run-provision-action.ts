import { renderPlanMarkdown, renderText, summarizePlan, type Plan } from '@meshplane/core';
import { applyProvisioning, planProvisioning, resolveRepository, type ApplyOutcome } from '@meshplane/usecases';
import { recordDeployment } from '@meshplane/github';
import { ActionInputError, readDayInput, readInput, type RunnerEnv } from '../runner/read-input.js';
import type { ActionResult } from '../runner/run-action.js';
import { readRepositoryName } from '../runner/read-repository-name.js';

/** A plan carried out (apply) or only computed (plan), where, and what was applied. */
interface Provisioned {
  plan: Plan;
  target: string;
  notes: string[];
  applied?: { operations: number; ms: number };
}

/**
 * The provision action: the same use cases as `mesh apply` (or `mesh plan` with `mode: plan`) — the apply refuses a
 * failing catalog, reconciles the full desired state and records the commit and policy bundle on the platform. The job
 * summary shows the plan that was carried out; with `environment` set, the run is also recorded as a GitHub deployment
 * of the commit.
 */
export async function runProvisionAction(env: RunnerEnv, now = new Date()): Promise<ActionResult> {
  const mode = readInput(env, 'mode', 'apply');
  if (mode !== 'apply' && mode !== 'plan') throw new ActionInputError(`Input \`mode\` takes apply or plan, not \`${mode}\`.`);
  const repo = resolveRepository(readInput(env, 'path', '.'));
  const today = readDayInput(env, 'today', now);
  const progress = (line: string): boolean => process.stderr.write(line);
  let result: ActionResult;
  let summary: string | undefined;
  if (mode === 'plan') {
    const p = await planProvisioning(repo, { today });
    const notes = p.skipped.length ? [`Not planned: ${p.skipped.length} product(s) with schema errors. Run mesh check.`] : [];
    result = describePlan('plan', { plan: p.plan, target: p.target, notes });
  } else {
    const outcome = await applyProvisioning(repo, {
      today,
      onProgress: (p) =>
        progress(`[${p.index}/${p.total}] ${p.group.productId ?? 'shared schemas and roles'}: ${p.group.operations.length} steps (${p.ms} ms)\n`),
    });
    result = describeApply(outcome);
    summary = outcome.status === 'refused' ? undefined : summarizePlan(outcome.plan);
  }
  const environment = readInput(env, 'environment');
  if (mode === 'apply' && environment) {
    const state = result.outputs.result === 'applied' ? 'success' : 'failure';
    const id = await recordDeployment({
      ...readRepositoryName(env),
      sha: readCommit(env),
      environment,
      state,
      description: `Meshplane ${result.outputs.result}: ${summary ?? 'the catalog has errors, nothing was changed.'}`,
      ...(env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID ? { logUrl: `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
      client: { token: readToken(env), baseUrl: env.GITHUB_API_URL || 'https://api.github.com' },
    });
    result.outputs['deployment-id'] = id;
  }
  return result;
}

function describeApply(outcome: ApplyOutcome): ActionResult {
  if (outcome.status === 'refused') return describeRefusal(renderText(outcome.report));
  const applied = outcome.status === 'applied' ? { applied: { operations: outcome.operations, ms: outcome.ms } } : {};
  return describePlan('apply', { plan: outcome.plan, target: outcome.target, notes: [], ...applied });
}

function describePlan(mode: 'apply' | 'plan', p: Provisioned): ActionResult {
  const { plan, target, notes, applied } = p;
  const summary = summarizePlan(plan);
  const verb = mode === 'apply' ? 'applied' : 'planned';
  const done = applied ? `\nApplied ${applied.operations} operations to ${target} in ${(applied.ms / 1000).toFixed(1)} s.\n` : '';
  const exitCode = plan.blocked.length ? 1 : 0;
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
function describeRefusal(text: string): ActionResult {
  return {
    log: text,
    summary: `### ❌ Meshplane did not provision\n\nThe catalog has errors; nothing was changed.\n\n\`\`\`text\n${text.replace(/`{3,}/g, "'''")}\`\`\`\n`,
    outputs: { result: 'refused', operations: 0, blocked: 0, orphans: 0, summary: 'The catalog has errors; nothing was changed.' },
    exitCode: 1,
  };
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
