import { STATE_SCHEMA, type Operation } from '@meshplane/core';
import { quoteIdent } from './quote-sql.js';
import type { SqlStatement } from './sql-statement.js';

const s = quoteIdent(STATE_SCHEMA);

/** Meshplane's own tables: every apply, and the tables it created (so a removed manifest still has a known owner). */
export const STATE_DDL: string[] = [
  `CREATE SCHEMA IF NOT EXISTS ${s}`,
  `CREATE TABLE IF NOT EXISTS ${s}."applies" (applied_at VARCHAR NOT NULL, commit_sha VARCHAR NOT NULL, bundle_digest VARCHAR NOT NULL, tool_version VARCHAR NOT NULL, operations INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS ${s}."managed_tables" (schema_name VARCHAR NOT NULL, table_name VARCHAR NOT NULL, product_id VARCHAR NOT NULL, port VARCHAR NOT NULL, PRIMARY KEY (schema_name, table_name))`,
];

/** DuckDB has no roles or grants of its own: Meshplane keeps the intended ones here. */
export const DUCKDB_ACCESS_DDL: string[] = [
  `CREATE TABLE IF NOT EXISTS ${s}."roles" (role_name VARCHAR PRIMARY KEY, team VARCHAR NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS ${s}."grants" (schema_name VARCHAR NOT NULL, object_name VARCHAR NOT NULL, role_name VARCHAR NOT NULL, privilege VARCHAR NOT NULL, PRIMARY KEY (schema_name, object_name, role_name, privilege))`,
];

/** The state rows a group writes in its own transaction, so a table and its record appear together or not at all. */
export function recordManagedTables(operations: Operation[]): SqlStatement[] {
  return operations.flatMap((op) =>
    op.kind === 'create-table'
      ? [
          {
            sql: `INSERT INTO ${s}."managed_tables" VALUES ($1, $2, $3, $4) ON CONFLICT (schema_name, table_name) DO UPDATE SET product_id = excluded.product_id, port = excluded.port`,
            params: [op.schema, op.table, op.productId, op.port],
          },
        ]
      : [],
  );
}

/** The row of one apply. */
export const INSERT_APPLY = `INSERT INTO ${s}."applies" VALUES ($1, $2, $3, $4, $5)`;
export const SELECT_APPLIES = `SELECT applied_at, commit_sha, bundle_digest, tool_version, operations FROM ${s}."applies" ORDER BY applied_at DESC LIMIT $1`;
