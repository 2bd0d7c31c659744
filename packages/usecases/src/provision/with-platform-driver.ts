import { openPlatformDriver, type PlatformDriver } from '@meshplane/platform';
import type { Config } from '@meshplane/core';

/** Where a platform driver is opened from: the folder relative paths resolve against, the config, the environment. */
export interface PlatformAt {
  root: string;
  config: Config;
  /** The environment the connection string is read from (default `process.env`). */
  env?: Record<string, string | undefined>;
}

/** Opens the configured platform driver, runs `body` with it and always closes it. */
export async function withPlatformDriver<T>(at: PlatformAt, readOnly: boolean, body: (driver: PlatformDriver) => Promise<T>): Promise<T> {
  const driver = await openPlatformDriver({ root: at.root, config: at.config, readOnly, ...(at.env ? { env: at.env } : {}) });
  try {
    return await body(driver);
  } finally {
    await driver.close();
  }
}
