import { planChanges, simulateActualState, type Plan } from '@meshplane/core';
import { planAgainstPlatform } from '@meshplane/platform';
import { resolveCommit } from '@meshplane/source';
import type { Repository } from '../repository/resolve-repository.js';
import { loadDesiredState, readEngine } from './load-desired-state.js';
import { withPlatformDriver } from './with-platform-driver.js';

/** A provisioning plan, where it applies, and what it leaves out. */
export interface ProvisioningPlan {
  plan: Plan;
  /** The platform read (its location), or the engine and the branch merged into. */
  target: string;
  /** Products left out of the plan because their manifests have errors. */
  skipped: string[];
}

/**
 * What applying would change. With `base`: what merging the work tree (a pull request's head) into that ref would
 * change, from the two catalogs alone (no database). Without: what an apply would do now, read from the platform.
 */
export async function planProvisioning(repo: Repository, options: { base?: string; today: string }): Promise<ProvisioningPlan> {
  const engine = readEngine(repo);
  const head = loadDesiredState(repo, { engine, today: options.today });
  if (options.base) {
    const commit = resolveCommit(repo.root, options.base);
    const base = loadDesiredState(repo, { engine, today: options.today, commit });
    const plan = planChanges(head.desired, simulateActualState(base.desired));
    return { plan, target: `${engine} (merging into ${options.base})`, skipped: head.skipped };
  }
  return withPlatformDriver(repo, true, async (driver) => ({
    plan: await planAgainstPlatform(driver, head.desired),
    target: driver.location,
    skipped: head.skipped,
  }));
}
