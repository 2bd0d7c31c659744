import type { ApplyRecord, Plan } from '@meshplane/core';
import { planAgainstPlatform } from '@meshplane/platform';
import { resolveCommit } from '@meshplane/source';
import type { Repository } from '../repository/resolve-repository.js';
import { loadDesiredState } from './load-desired-state.js';
import { withPlatformDriver } from './with-platform-driver.js';

/** What differs between the platform and the catalog it was last applied from. */
export interface PlatformDrift {
  target: string;
  /** The last apply recorded on the platform; absent when nothing was applied yet (then there is no plan). */
  last?: ApplyRecord;
  /** The commit the comparison used; absent when the last applied commit is not in this repository (the work tree was used). */
  commit?: string;
  plan?: Plan;
  drifted: boolean;
}

/** Compares the platform with the catalog at the last applied commit (or the work tree when that commit is unknown here). */
export async function readPlatformDrift(repo: Repository, options: { today: string }): Promise<PlatformDrift> {
  return withPlatformDriver(repo, true, async (driver) => {
    const [last] = await driver.readApplies(1);
    if (!last) return { target: driver.location, drifted: false };
    const commit = knownCommit(repo, last.commit);
    const { desired } = loadDesiredState(repo, { engine: driver.engine, today: options.today, ...(commit ? { commit } : {}) });
    const plan = await planAgainstPlatform(driver, desired);
    const drifted = plan.operations.length + plan.blocked.length + plan.orphans.length > 0;
    return { target: driver.location, last, ...(commit ? { commit } : {}), plan, drifted };
  });
}

function knownCommit(repo: Repository, commit: string): string | undefined {
  try {
    return /^[0-9a-f]{40}$/.test(commit) ? resolveCommit(repo.root, commit) : undefined;
  } catch {
    return undefined;
  }
}
