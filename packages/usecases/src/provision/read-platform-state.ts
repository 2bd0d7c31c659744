import type { ApplyRecord, ActualState } from '@meshplane/core';
import type { Repository } from '../repository/resolve-repository.js';
import { withPlatformDriver } from './with-platform-driver.js';

/** The applies recorded on the platform (newest first, at most 10) and what Meshplane manages there. */
export interface PlatformState {
  location: string;
  applies: ApplyRecord[];
  managed: ActualState['managed'];
  /** False where grants are only recorded (DuckDB has no access control). */
  enforcesGrants: boolean;
}

/** Reads the platform's apply history and its managed tables. */
export async function readPlatformState(repo: Repository): Promise<PlatformState> {
  return withPlatformDriver(repo, true, async (driver) => {
    const applies = await driver.readApplies(10);
    const actual = await driver.readActualState([]);
    return { location: driver.location, applies, managed: actual.managed, enforcesGrants: driver.enforcesGrants };
  });
}
