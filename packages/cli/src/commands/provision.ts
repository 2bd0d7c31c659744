import { decideVerdict, planChanges, renderText, simulateActualState, summarizePlan, type Plan } from '@meshplane/core';
import { applyChanges, openPlatformDriver, planAgainstPlatform, type PlatformDriver } from '@meshplane/platform';
import { resolveCommit } from '@meshplane/source';
import { resolveRepository, type Repository } from '../resolve-repository.js';
import { runGovernanceCheck } from '../pipeline/run-governance-check.js';
import { loadDesiredState, readEngine } from '../provision/load-desired-state.js';
import { renderPlanOutput } from '../provision/render-plan-output.js';
import { TOOL_VERSION } from '../tool-version.js';

export interface ProvisionOptions {
  base?: string;
  today: string;
  format: string;
  dryRun?: boolean;
  /** Where progress lines go while an apply runs (main prints them). */
  progress?: (line: string) => void;
}

export interface CommandOutcome {
  stdout: string;
  exitCode: number;
}

const skippedNote = (skipped: string[]): string[] =>
  skipped.length
    ? [`Not planned: ${skipped.length} product(s) with schema errors (${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? ', …' : ''}). Run mesh check.`]
    : [];

/** Exit 1 when the plan cannot be carried out in full (something is blocked). */
const planExit = (plan: Plan): number => (plan.blocked.length ? 1 : 0);

/**
 * `mesh plan [--base REF]`: with a base, what merging the work tree (a pull request's head) would change on the
 * platform, computed from the two catalogs without a database; without one, what `mesh apply` would do now.
 */
export async function runPlanCommand(path: string | undefined, options: ProvisionOptions): Promise<CommandOutcome> {
  const repo = resolveRepository(path);
  const engine = readEngine(repo);
  const head = loadDesiredState(repo, { engine, today: options.today });
  if (options.base) {
    const commit = resolveCommit(repo.root, options.base);
    const base = loadDesiredState(repo, { engine, today: options.today, commit });
    const plan = planChanges(head.desired, simulateActualState(base.desired));
    return { stdout: renderPlanOutput(plan, `${engine} (merging into ${options.base})`, options.format, skippedNote(head.skipped)), exitCode: planExit(plan) };
  }
  return withDriver(repo, true, async (driver) => {
    const plan = await planAgainstPlatform(driver, head.desired);
    return { stdout: renderPlanOutput(plan, driver.location, options.format, skippedNote(head.skipped)), exitCode: planExit(plan) };
  });
}

/**
 * `mesh apply [--dry-run]`: checks the catalog with its policies (an apply never runs on a failing catalog), then
 * reconciles the platform with the full desired state, one transaction per product.
 */
export async function runApplyCommand(path: string | undefined, options: ProvisionOptions): Promise<CommandOutcome> {
  const repo = resolveRepository(path);
  const report = await runGovernanceCheck(repo, { today: options.today });
  if (decideVerdict(report) === 'fail') {
    return { stdout: `${renderText(report)}\nmesh apply: refused — the catalog has errors (above). Nothing was changed.\n`, exitCode: 1 };
  }
  const { desired } = loadDesiredState(repo, { engine: readEngine(repo), today: options.today });
  if (options.dryRun) {
    return withDriver(repo, true, async (driver) => ({
      stdout: renderPlanOutput(await planAgainstPlatform(driver, desired), driver.location, options.format),
      exitCode: 0,
    }));
  }
  return withDriver(repo, false, async (driver) => {
    const result = await applyChanges(driver, desired, {
      commit: readHeadCommit(repo),
      bundleDigest: report.policy?.digest ?? 'none',
      toolVersion: TOOL_VERSION,
      onProgress: (p) =>
        options.progress?.(`[${p.index}/${p.total}] ${p.group.productId ?? 'shared schemas and roles'}: ${p.group.operations.length} steps (${p.ms} ms)\n`),
    });
    if (options.format === 'json') {
      const applied = { operations: result.operations, ms: result.ms };
      return { stdout: JSON.stringify({ target: driver.location, summary: summarizePlan(result.plan), ...result.plan, applied }, null, 2) + '\n', exitCode: 0 };
    }
    const done = `Applied ${result.operations} operations to ${driver.location} in ${(result.ms / 1000).toFixed(1)} s.\n`;
    // The steps were shown as progress; the text output keeps the headline and what needs attention.
    return { stdout: renderPlanOutput(result.plan, driver.location, options.format, [], false) + done, exitCode: 0 };
  });
}

/** `mesh drift`: what differs between the platform and the catalog it was last applied from. Exit 1 when anything does. */
export async function runDriftCommand(path: string | undefined, options: ProvisionOptions): Promise<CommandOutcome> {
  const repo = resolveRepository(path);
  return withDriver(repo, true, async (driver) => {
    const [last] = await driver.readApplies(1);
    if (!last) return { stdout: `Nothing has been applied to ${driver.location} yet.\n`, exitCode: 0 };
    const commit = knownCommit(repo, last.commit);
    const { desired } = loadDesiredState(repo, { engine: driver.engine, today: options.today, ...(commit ? { commit } : {}) });
    const plan = await planAgainstPlatform(driver, desired);
    const drifted = plan.operations.length + plan.blocked.length + plan.orphans.length > 0;
    const source = commit
      ? `the catalog at ${commit.slice(0, 12)} (last applied ${last.appliedAt})`
      : `the work tree (the last applied commit ${last.commit} is not in this repository)`;
    const head = drifted
      ? `Drift: ${driver.location} differs from ${source}. Applying would do this:\n\n`
      : `No drift: ${driver.location} matches ${source}.\n`;
    return {
      stdout:
        options.format === 'text'
          ? head + (drifted ? renderPlanOutput(plan, driver.location, 'text') : '')
          : renderPlanOutput(plan, driver.location, options.format),
      exitCode: drifted ? 1 : 0,
    };
  });
}

/** `mesh state`: the applies recorded on the platform, newest first, and what Meshplane manages there. */
export async function runStateCommand(path: string | undefined, options: ProvisionOptions): Promise<CommandOutcome> {
  const repo = resolveRepository(path);
  return withDriver(repo, true, async (driver) => {
    const applies = await driver.readApplies(10);
    const actual = await driver.readActualState([]);
    if (options.format === 'json')
      return { stdout: JSON.stringify({ location: driver.location, applies, managed: actual.managed }, null, 2) + '\n', exitCode: 0 };
    const lines = [`${driver.location}: ${actual.managed.length} managed tables in ${new Set(actual.managed.map((m) => m.schema)).size} schemas.`];
    if (!driver.enforcesGrants) lines.push('Grants are recorded, not enforced (DuckDB has no access control).');
    lines.push('', applies.length ? 'Applies (newest first):' : 'No applies recorded yet.');
    for (const a of applies)
      lines.push(
        `  ${a.appliedAt}  commit ${a.commit.slice(0, 12)}  ${a.operations} operations  policies ${a.bundleDigest.slice(0, 19)}  mesh ${a.toolVersion}`,
      );
    return { stdout: lines.join('\n') + '\n', exitCode: 0 };
  });
}

async function withDriver(repo: Repository, readOnly: boolean, body: (driver: PlatformDriver) => Promise<CommandOutcome>): Promise<CommandOutcome> {
  const driver = await openPlatformDriver({ root: repo.root, config: repo.config, readOnly });
  try {
    return await body(driver);
  } finally {
    await driver.close();
  }
}

function readHeadCommit(repo: Repository): string {
  try {
    return resolveCommit(repo.root, 'HEAD');
  } catch {
    return 'work-tree';
  }
}

function knownCommit(repo: Repository, commit: string): string | undefined {
  try {
    return /^[0-9a-f]{40}$/.test(commit) ? resolveCommit(repo.root, commit) : undefined;
  } catch {
    return undefined;
  }
}
