import { STATE_SCHEMA, type Operation } from '@meshplane/core';
import { quoteIdent } from './quote-sql.js';
import { quoteTrinoValue } from './quote-trino-sql.js';

const s = quoteIdent(STATE_SCHEMA);

/**
 * Meshplane's own tables on Trino. Hive tables take no UPDATE, DELETE or primary key, so both are append-only: a
 * table's latest row says which product it belongs to, and a drop appends a row marked `forgotten`. Appending twice
 * (a step re-run after a kill) changes nothing that is read.
 */
export const TRINO_STATE_DDL: string[] = [
  `CREATE SCHEMA IF NOT EXISTS ${s}`,
  `CREATE TABLE IF NOT EXISTS ${s}."applies" (applied_at varchar, commit_sha varchar, bundle_digest varchar, tool_version varchar, operations integer)`,
  `CREATE TABLE IF NOT EXISTS ${s}."managed_tables" (schema_name varchar, table_name varchar, product_id varchar, port varchar, recorded_at varchar, forgotten boolean)`,
];

/** The managed tables: the latest row of each, unless it was forgotten. */
export const SELECT_TRINO_MANAGED = `SELECT schema_name, table_name, product_id, port FROM (
  SELECT *, row_number() OVER (PARTITION BY schema_name, table_name ORDER BY recorded_at DESC, forgotten DESC) AS n FROM ${s}."managed_tables"
) WHERE n = 1 AND NOT forgotten`;

/**
 * The rows a group appends to `managed_tables`: tables it creates (written before the table, so a kill between the two
 * leaves a record of a table that is simply created on the re-run) and tables it drops.
 */
export function renderManagedRows(operations: Operation[], at: string): { created?: string; forgotten?: string; count: number } {
  const row = (schema: string, table: string, productId: string, port: string, forgotten: boolean): string =>
    `(${[schema, table, productId, port, at].map(quoteTrinoValue).join(', ')}, ${forgotten})`;
  const created = operations.flatMap((op) => (op.kind === 'create-table' ? [row(op.schema, op.table, op.productId, op.port, false)] : []));
  const dropped = operations.flatMap((op) => (op.kind === 'drop-table' ? [row(op.schema, op.table, op.productId, '', true)] : []));
  const insert = (rows: string[]): string => `INSERT INTO ${s}."managed_tables" VALUES ${rows.join(', ')}`;
  return { count: created.length, ...(created.length ? { created: insert(created) } : {}), ...(dropped.length ? { forgotten: insert(dropped) } : {}) };
}

export const INSERT_TRINO_APPLY = `INSERT INTO ${s}."applies" VALUES ($1, $2, $3, $4, $5)`;
export const SELECT_TRINO_APPLIES = `SELECT applied_at, commit_sha, bundle_digest, tool_version, operations FROM ${s}."applies" ORDER BY applied_at DESC LIMIT $1`;
