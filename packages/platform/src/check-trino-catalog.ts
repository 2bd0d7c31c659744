import { PlatformError } from './platform-error.js';
import { quoteTrinoValue } from './quote-trino-sql.js';
import { TrinoQueryError, type TrinoSession } from './trino-session.js';

/**
 * Makes sure the catalog can hold what Meshplane provisions before anything is changed: it exists, it is a Hive
 * catalog (the connector with roles and GRANT), and its security is SQL-standard with this user in the configured
 * role — listing the catalog's roles needs exactly that. A memory catalog, `hive.security=allow-all` or a user without
 * the admin role is a `config` or `auth-failed` error that names what to change.
 */
export async function checkTrinoCatalog(session: TrinoSession, catalog: string): Promise<void> {
  let rows: Record<string, unknown>[];
  try {
    rows = await session.run(`SELECT connector_name FROM system.metadata.catalogs WHERE catalog_name = ${quoteTrinoValue(catalog)}`);
  } catch (cause) {
    if (cause instanceof PlatformError) throw cause;
    throw new PlatformError('config', `${session.location} refused Meshplane's first query: ${(cause as Error).message}`, { cause });
  }
  const connector = rows[0]?.connector_name;
  if (connector === undefined) throw new PlatformError('config', `${session.location}: the server has no catalog ${catalog}.`);
  if (connector !== 'hive') {
    throw new PlatformError(
      'config',
      `The catalog ${catalog} uses the ${String(connector)} connector, which has no roles or GRANT, so access could not be enforced. Point Meshplane at a Hive catalog with hive.security=sql-standard.`,
    );
  }
  try {
    await session.run(`SELECT role_name FROM information_schema.roles LIMIT 1`);
  } catch (cause) {
    if (!(cause instanceof TrinoQueryError)) throw cause;
    if (cause.errorName === 'NOT_SUPPORTED' || /does not support/i.test(cause.message)) {
      throw new PlatformError('config', `The Hive catalog ${catalog} has no role management: set hive.security=sql-standard in its catalog properties.`, {
        cause,
      });
    }
    throw new PlatformError(
      'auth-failed',
      `The Trino user cannot manage roles in the catalog ${catalog} (${cause.message}); it needs the catalog's admin role.`,
      { cause },
    );
  }
}
