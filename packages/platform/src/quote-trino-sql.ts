import { PlatformError } from './platform-error.js';
import { quoteIdent } from './quote-sql.js';

/**
 * A grantee read back from Trino: a role (`team_x`) or, for a grant made by hand to one user, `user:<name>`. User names
 * are not Meshplane's identifiers (they may hold dots or `@`), so they are quoted as delimited identifiers after a
 * check that they hold no control character and are of a sane length.
 */
export function quoteGrantee(grantee: string): string {
  if (!grantee.startsWith('user:')) return `ROLE ${quoteIdent(grantee)}`;
  const name = grantee.slice('user:'.length);
  // eslint-disable-next-line no-control-regex
  if (!name || name.length > 256 || /[\u0000-\u001f\u007f]/.test(name)) {
    throw new PlatformError('unsafe-name', `Refusing the Trino user name ${JSON.stringify(name.slice(0, 80))}.`);
  }
  return `USER "${name.replaceAll('"', '""')}"`;
}

/**
 * A value as a Trino literal, for the statements trino-client cannot bind parameters to: strings quoted with quotes
 * doubled (Trino reads no backslash escapes), finite numbers as written, null as NULL.
 */
export function quoteTrinoValue(value: string | number | null): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new PlatformError('unsafe-name', `Refusing the number ${String(value)} as a Trino literal.`);
    return String(value);
  }
  return `'${value.replaceAll('\u0000', '').replaceAll("'", "''")}'`;
}

/** `sql` with `$1`, `$2`… replaced by the literals of `params` (Meshplane's own statements only: the driver's SQL). */
export function bindTrinoParameters(sql: string, params: (string | number | null)[] = []): string {
  if (!params.length) return sql;
  return sql.replace(/\$(\d+)/g, (whole, n: string) => {
    const value = params[Number(n) - 1];
    if (value === undefined) throw new PlatformError('apply-failed', `The statement names ${whole}, but only ${params.length} values were given.`);
    return quoteTrinoValue(value);
  });
}
