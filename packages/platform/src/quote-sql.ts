import { explainUnsafeIdentifier } from '@meshplane/core';
import { PlatformError } from './platform-error.js';

/**
 * Quotes a name for SQL, after checking it against Meshplane's allowlist: quoting makes one identifier, not a
 * permitted one, so a name that fails the pattern or PostgreSQL's 63-byte limit never reaches the engine.
 */
export function quoteIdent(name: string): string {
  const why = explainUnsafeIdentifier(name);
  if (why) throw new PlatformError('unsafe-name', `Refusing to use ${why}.`);
  return `"${name}"`;
}

/** `"schema"."name"`. */
export function quoteQualified(schema: string, name: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

/** A grantee: `PUBLIC` is a keyword, every other role a checked identifier. */
export function quoteRole(role: string): string {
  return role === 'PUBLIC' ? 'PUBLIC' : quoteIdent(role);
}

/** A privilege keyword, checked (it is read back from the engine, so it is never interpolated unchecked). */
export function checkPrivilege(privilege: string): string {
  if (!/^[A-Z]+( [A-Z]+)?$/.test(privilege)) throw new PlatformError('unsafe-name', `Refusing the privilege ${JSON.stringify(privilege)}.`);
  return privilege;
}

/**
 * A string literal for the statements that take no bind parameters (COMMENT ON): quotes doubled, NUL removed.
 * Both engines read backslashes literally in a plain literal (PostgreSQL with standard_conforming_strings on,
 * which the driver sets).
 */
export function quoteLiteral(value: string | null): string {
  if (value === null) return 'NULL';
  return `'${value.replaceAll('\u0000', '').replaceAll("'", "''")}'`;
}
