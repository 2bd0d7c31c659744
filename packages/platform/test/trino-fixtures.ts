import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { waitForTrino } from '@meshplane/testkit';
import { openTrinoDriver, openTrinoSession, type PlatformDriver, type TrinoSession } from '@meshplane/platform';

/** Why the Trino tests cannot run on this machine (no Java 24+), or undefined when they can. */
export const TRINO_MISSING: string | undefined = inject('trino').missing;

let ready: Promise<number> | undefined;

/** The tests' Trino, once it answers (the global setup starts it; the first test file to need it waits). */
export async function readyTrino(): Promise<{ url: string; httpsUrl: string; ca: string; jwtKey: string; dataDir: string; lineageFile: string }> {
  const ctx = inject('trino');
  if (ctx.missing !== undefined) throw new Error(`No Trino: ${ctx.missing}`);
  ready ??= waitForTrino(ctx);
  await ready;
  return ctx;
}

/** A session on the test server as `user` (no password over http), acting in the catalog's admin role when `admin`. */
export async function openTrinoAs(catalog: string, user: string, options: { admin?: boolean } = {}): Promise<TrinoSession> {
  const { url } = await readyTrino();
  return openTrinoSession({ server: url, catalog, user, ...(options.admin ? { role: 'admin' } : {}) });
}

/**
 * A new, empty Hive catalog with SQL-standard security and its own file metastore, so each test starts from an empty
 * platform (roles are per catalog in Hive). Created with Trino's dynamic catalog management.
 */
export async function createTestCatalog(prefix = 't', options: { security?: string } = {}): Promise<string> {
  const { dataDir } = await readyTrino();
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const admin = await openTrinoAs('system', 'admin');
  const props: Record<string, string> = {
    'hive.metastore': 'file',
    'hive.metastore.catalog.dir': `local:///${name}/metastore`,
    'fs.native-local.enabled': 'true',
    'local.location': dataDir,
    'hive.security': options.security ?? 'sql-standard',
  };
  const withs = Object.entries(props).map(([k, v]) => `"${k}" = '${v}'`);
  await admin.run(`CREATE CATALOG ${name} USING hive WITH (${withs.join(', ')})`);
  return name;
}

/** Opens the driver on a catalog of the test server as the admin user. */
export async function openTrinoTestDriver(catalog: string, options: { lockLeaseMs?: number } = {}): Promise<PlatformDriver> {
  const { url } = await readyTrino();
  return openTrinoDriver({ server: url, catalog, user: 'admin', role: 'admin', ...options });
}
