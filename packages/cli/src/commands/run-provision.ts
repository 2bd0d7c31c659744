import { renderText, summarizePlan } from '@meshplane/core';
import { applyProvisioning, planProvisioning, readPlatformDrift, readPlatformState, resolveRepository, type Repository } from '@meshplane/usecases';
import type { Outcome } from '../outcome.js';
import { renderPlanOutput } from '../render/render-plan-output.js';

interface ProvisionFlags {
  base?: string;
  today: string;
  format: string;
  dryRun?: boolean;
  /** Where progress lines go while an apply runs (main decides: stdout for text, stderr otherwise). */
  progress?: (line: string) => void;
}

const skippedNote = (skipped: string[]): string[] =>
  skipped.length
    ? [`Not planned: ${skipped.length} product(s) with schema errors (${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? ', …' : ''}). Run mesh check.`]
    : [];

/** `mesh plan | apply | drift | state`: exit 1 when a plan is blocked, an apply refused, or the platform drifted. */
export async function runProvision(command: 'plan' | 'apply' | 'drift' | 'state', path: string | undefined, flags: ProvisionFlags): Promise<Outcome> {
  const repo = resolveRepository(path);
  switch (command) {
    case 'plan': {
      const p = await planProvisioning(repo, { today: flags.today, ...(flags.base ? { base: flags.base } : {}) });
      return { stdout: renderPlanOutput(p.plan, p.target, flags.format, skippedNote(p.skipped)), exitCode: p.plan.blocked.length ? 1 : 0 };
    }
    case 'apply':
      return apply(repo, flags);
    case 'drift':
      return drift(repo, flags);
    case 'state':
      return state(repo, flags.format);
  }
}

async function apply(repo: Repository, flags: ProvisionFlags): Promise<Outcome> {
  const outcome = await applyProvisioning(repo, {
    today: flags.today,
    ...(flags.dryRun ? { dryRun: true } : {}),
    onProgress: (p) =>
      flags.progress?.(`[${p.index}/${p.total}] ${p.group.productId ?? 'shared schemas and roles'}: ${p.group.operations.length} steps (${p.ms} ms)\n`),
  });
  if (outcome.status === 'refused')
    return { stdout: `${renderText(outcome.report)}\nmesh apply: refused — the catalog has errors (above). Nothing was changed.\n`, exitCode: 1 };
  if (outcome.status === 'planned') return { stdout: renderPlanOutput(outcome.plan, outcome.target, flags.format), exitCode: 0 };
  if (flags.format === 'json') {
    const applied = { operations: outcome.operations, ms: outcome.ms };
    return { stdout: JSON.stringify({ target: outcome.target, summary: summarizePlan(outcome.plan), ...outcome.plan, applied }, null, 2) + '\n', exitCode: 0 };
  }
  const done = `Applied ${outcome.operations} operations to ${outcome.target} in ${(outcome.ms / 1000).toFixed(1)} s.\n`;
  // The steps were shown as progress; the text output keeps the headline and what needs attention.
  return { stdout: renderPlanOutput(outcome.plan, outcome.target, flags.format, [], false) + done, exitCode: 0 };
}

async function drift(repo: Repository, flags: ProvisionFlags): Promise<Outcome> {
  const d = await readPlatformDrift(repo, { today: flags.today });
  if (!d.last || !d.plan) return { stdout: `Nothing has been applied to ${d.target} yet.\n`, exitCode: 0 };
  const source = d.commit
    ? `the catalog at ${d.commit.slice(0, 12)} (last applied ${d.last.appliedAt})`
    : `the work tree (the last applied commit ${d.last.commit} is not in this repository)`;
  const head = d.drifted ? `Drift: ${d.target} differs from ${source}. Applying would do this:\n\n` : `No drift: ${d.target} matches ${source}.\n`;
  const body =
    flags.format === 'text' ? head + (d.drifted ? renderPlanOutput(d.plan, d.target, 'text') : '') : renderPlanOutput(d.plan, d.target, flags.format);
  return { stdout: body, exitCode: d.drifted ? 1 : 0 };
}

async function state(repo: Repository, format: string): Promise<Outcome> {
  const s = await readPlatformState(repo);
  if (format === 'json') return { stdout: JSON.stringify({ location: s.location, applies: s.applies, managed: s.managed }, null, 2) + '\n', exitCode: 0 };
  const lines = [`${s.location}: ${s.managed.length} managed tables in ${new Set(s.managed.map((m) => m.schema)).size} schemas.`];
  if (!s.enforcesGrants) lines.push('Grants are recorded, not enforced (DuckDB has no access control).');
  lines.push('', s.applies.length ? 'Applies (newest first):' : 'No applies recorded yet.');
  for (const a of s.applies)
    lines.push(`  ${a.appliedAt}  commit ${a.commit.slice(0, 12)}  ${a.operations} operations  policies ${a.bundleDigest.slice(0, 19)}  mesh ${a.toolVersion}`);
  return { stdout: lines.join('\n') + '\n', exitCode: 0 };
}
