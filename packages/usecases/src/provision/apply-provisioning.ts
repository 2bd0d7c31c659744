import { buildDesiredState, decideVerdict, type CheckReport, type Config, type DesiredState, type Plan } from '@meshplane/core';
import { applyChanges, planAgainstPlatform, type ApplyProgress } from '@meshplane/platform';
import { resolveCommit } from '@meshplane/source';
import type { Repository } from '../repository/resolve-repository.js';
import { runGovernanceCheck } from '../check/check-work-tree.js';
import { checkSnapshotCatalogs, type CatalogSnapshot } from '../check/check-snapshots.js';
import { TOOL_VERSION } from '../meshplane-home.js';
import { loadDesiredState, readEngine } from './load-desired-state.js';
import { withPlatformDriver, type PlatformAt } from './with-platform-driver.js';

/** How an apply ended: refused (the catalog has errors; nothing changed), only planned (dry run), or applied. */
export type ApplyOutcome =
  | { status: 'refused'; report: CheckReport }
  | { status: 'planned'; report: CheckReport; plan: Plan; target: string }
  | { status: 'applied'; report: CheckReport; plan: Plan; target: string; operations: number; ms: number };

/**
 * Checks the work tree's catalog with its policies (an apply never runs on a failing catalog), then reconciles the
 * platform with the full desired state, one transaction per product under the driver's apply lock. With `dryRun`,
 * only plans.
 */
export async function applyProvisioning(
  repo: Repository,
  options: { today: string; dryRun?: boolean; onProgress?: (p: ApplyProgress) => void; env?: Record<string, string | undefined> },
): Promise<ApplyOutcome> {
  const report = await runGovernanceCheck(repo, { today: options.today });
  if (decideVerdict(report) === 'fail') return { status: 'refused', report };
  const { desired } = loadDesiredState(repo, { engine: readEngine(repo), today: options.today });
  const at = { root: repo.root, config: repo.config, ...(options.env ? { env: options.env } : {}) };
  if (options.dryRun)
    return withPlatformDriver(at, true, async (driver) => ({
      status: 'planned',
      report,
      plan: await planAgainstPlatform(driver, desired),
      target: driver.location,
    }));
  return applyDesired(at, desired, { report, commit: readHeadCommit(repo), ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
}

/** A snapshot to apply (the app reads it through GitHub's API at the pushed commit) and where its platform is. */
export interface SnapshotApply {
  /** The repository as reports name it (`owner/repo`). */
  name: string;
  commit: string;
  config: Config;
  snapshot: CatalogSnapshot;
  /** Where the compiled policy bundles are cached. */
  cacheRoot: string;
  /** The folder relative platform paths (the DuckDB file) resolve against, and the environment. */
  platform: Omit<PlatformAt, 'config'>;
  today: string;
}

/** {@link applyProvisioning} for a snapshot at a commit: checked with its own policies, refused when it fails. */
export async function applySnapshot(input: SnapshotApply): Promise<ApplyOutcome> {
  const catalogRoot = input.config.catalog?.root ?? 'catalog';
  const checked = await checkSnapshotCatalogs({
    root: input.name,
    catalogRoot,
    config: input.config,
    cacheRoot: input.cacheRoot,
    head: input.snapshot,
    today: input.today,
  });
  if (decideVerdict(checked.report) === 'fail') return { status: 'refused', report: checked.report };
  const desired = buildDesiredState(checked.head.index, { engine: input.config.platform?.driver ?? 'duckdb', today: input.today });
  return applyDesired({ ...input.platform, config: input.config }, desired, { report: checked.report, commit: input.commit });
}

async function applyDesired(
  at: PlatformAt,
  desired: DesiredState,
  meta: { report: CheckReport; commit: string; onProgress?: (p: ApplyProgress) => void },
): Promise<ApplyOutcome> {
  return withPlatformDriver(at, false, async (driver) => {
    const result = await applyChanges(driver, desired, {
      commit: meta.commit,
      bundleDigest: meta.report.policy?.digest ?? 'none',
      toolVersion: TOOL_VERSION,
      ...(meta.onProgress ? { onProgress: meta.onProgress } : {}),
    });
    return { status: 'applied', report: meta.report, plan: result.plan, target: driver.location, operations: result.operations, ms: result.ms };
  });
}

function readHeadCommit(repo: Repository): string {
  try {
    return resolveCommit(repo.root, 'HEAD');
  } catch {
    return 'work-tree';
  }
}
