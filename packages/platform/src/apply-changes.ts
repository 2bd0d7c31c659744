import { groupOperations, planChanges, type ApplyRecord, type DesiredState, type OperationGroup, type Plan } from '@meshplane/core';
import type { PlatformDriver } from './platform-driver.js';

/** One finished transaction of an apply. */
export interface ApplyProgress {
  group: OperationGroup;
  /** 1-based position and count of the groups. */
  index: number;
  total: number;
  ms: number;
}

export interface ApplyOptions {
  /** The commit the catalog was read at, and the policy bundle that judged it, for the state table. */
  commit: string;
  bundleDigest: string;
  toolVersion: string;
  /** How long to wait for another apply (default 60 s). */
  lockTimeoutMs?: number;
  onProgress?: (progress: ApplyProgress) => void;
  now?: () => Date;
}

export interface ApplyResult {
  /** The plan that was applied, made under the lock from what the platform held at that moment. */
  plan: Plan;
  operations: number;
  ms: number;
}

/** Plans against what the platform holds now (read-only). */
export async function planAgainstPlatform(driver: PlatformDriver, desired: DesiredState): Promise<Plan> {
  return planChanges(desired, await driver.readActualState(desired.schemas));
}

/**
 * Applies the catalog's full desired state: takes the apply lock, re-reads the platform, plans, and runs each group in
 * its own transaction (shared schemas and roles first, then one per product), then records the apply. Planning under
 * the lock makes it safe to re-run at any time: a killed apply resumes where the platform actually is, and applying
 * twice leaves nothing to do.
 *
 * @example
 * const result = await applyChanges(driver, desired, { commit, bundleDigest, toolVersion: '0.1.0' });
 */
export async function applyChanges(driver: PlatformDriver, desired: DesiredState, options: ApplyOptions): Promise<ApplyResult> {
  const now = options.now ?? (() => new Date());
  return driver.withApplyLock(options.lockTimeoutMs ?? 60_000, async () => {
    const start = Date.now();
    await driver.prepareState();
    const plan = await planAgainstPlatform(driver, desired);
    const groups = groupOperations(plan.operations);
    await driver.prepareGroups?.(groups);
    for (const [i, group] of groups.entries()) {
      const t0 = Date.now();
      await driver.applyGroup(group);
      options.onProgress?.({ group, index: i + 1, total: groups.length, ms: Date.now() - t0 });
    }
    const record: ApplyRecord = {
      appliedAt: now().toISOString(),
      commit: options.commit,
      bundleDigest: options.bundleDigest,
      toolVersion: options.toolVersion,
      operations: plan.operations.length,
    };
    await driver.recordApply(record);
    return { plan, operations: plan.operations.length, ms: Date.now() - start };
  });
}
