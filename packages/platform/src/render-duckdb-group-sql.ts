import { STATE_SCHEMA, type Operation } from '@meshplane/core';
import { quoteIdent } from './quote-sql.js';
import { renderOperationSql } from './render-operation-sql.js';
import type { SqlStatement } from './sql-statement.js';

type Row = (string | number | null)[];

/** `($1, $2), ($3, $4)` for rows of `width` parameters. */
function placeholders(rows: number, width: number): string {
  return Array.from({ length: rows }, (_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`).join(', ');
}

/**
 * A group's statements on DuckDB. Grants and roles are rows of Meshplane's state tables there, and DuckDB pays
 * per statement (one INSERT of ten rows costs about what one single-row INSERT does), so they are written as one
 * INSERT and one DELETE per group; every other operation is rendered as usual.
 */
export function renderDuckdbGroupSql(operations: Operation[]): SqlStatement[] {
  const grants: Row[] = [];
  const revokes: Row[] = [];
  const roles: Row[] = [];
  const statements: SqlStatement[] = [];
  for (const op of operations) {
    if (op.kind === 'grant') grants.push([op.grant.schema, op.grant.object, op.grant.role, op.grant.privilege]);
    else if (op.kind === 'revoke') revokes.push([op.grant.schema, op.grant.object, op.grant.role, op.grant.privilege]);
    else if (op.kind === 'create-role') roles.push([op.role, op.team]);
    else statements.push(...renderOperationSql('duckdb', op));
  }
  const table = (name: string): string => `${quoteIdent(STATE_SCHEMA)}.${quoteIdent(name)}`;
  if (roles.length)
    statements.push({ sql: `INSERT INTO ${table('roles')} VALUES ${placeholders(roles.length, 2)} ON CONFLICT DO NOTHING`, params: roles.flat() });
  if (revokes.length) {
    statements.push({
      sql: `DELETE FROM ${table('grants')} WHERE (schema_name, object_name, role_name, privilege) IN (VALUES ${placeholders(revokes.length, 4)})`,
      params: revokes.flat(),
    });
  }
  if (grants.length)
    statements.push({ sql: `INSERT INTO ${table('grants')} VALUES ${placeholders(grants.length, 4)} ON CONFLICT DO NOTHING`, params: grants.flat() });
  return statements;
}
