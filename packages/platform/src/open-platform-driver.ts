import { isAbsolute, resolve } from 'node:path';
import type { Config } from '@meshplane/core';
import { openDuckdbDriver } from './duckdb-driver.js';
import { PlatformError } from './platform-error.js';
import type { PlatformDriver } from './platform-driver.js';
import { openPostgresDriver } from './postgres-driver.js';
import { readTrinoConnection } from './read-trino-connection.js';
import { openTrinoDriver } from './trino-driver.js';

export interface OpenOptions {
  /** The repository root: the DuckDB path in the config is relative to it. */
  root: string;
  config: Config;
  /** Where connection strings are looked up (process.env by default). */
  env?: Record<string, string | undefined>;
  /** Planning and drift only read. */
  readOnly?: boolean;
  lockTimeoutMs?: number;
}

/**
 * Opens the platform `.github/meshplane.yml` names: DuckDB (default, a file under `.meshplane/`), PostgreSQL, whose
 * connection string comes from the environment variable the config names, or Trino, whose server, catalog, user and
 * credentials come from the variables its `trino` block names — never from the repository.
 */
export async function openPlatformDriver(options: OpenOptions): Promise<PlatformDriver> {
  const platform = options.config.platform ?? {};
  if ((platform.driver ?? 'duckdb') === 'duckdb') {
    const path = platform.duckdbPath ?? '.meshplane/mesh.duckdb';
    return openDuckdbDriver({
      path: isAbsolute(path) ? path : resolve(options.root, path),
      ...(options.readOnly ? { readOnly: true } : {}),
      ...(options.lockTimeoutMs !== undefined ? { lockTimeoutMs: options.lockTimeoutMs } : {}),
    });
  }
  if (platform.driver === 'trino') return openTrinoDriver(readTrinoConnection(platform.trino ?? {}, options.env ?? process.env));
  const name = platform.connectionEnv ?? 'MESHPLANE_DATABASE_URL';
  const connectionString = (options.env ?? process.env)[name];
  if (!connectionString) {
    throw new PlatformError('config', `The platform is PostgreSQL, but the environment variable ${name} (named by platform.connectionEnv) is not set.`);
  }
  return openPostgresDriver({ connectionString });
}
