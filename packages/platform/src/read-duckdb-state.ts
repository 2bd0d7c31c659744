import type { DuckDBConnection } from '@duckdb/node-api';
import { STATE_SCHEMA, type ActualState, type GrantState, type TableState, type ViewState } from '@meshplane/core';
import { describeCause, PlatformError } from './platform-error.js';
import { groupColumns, readComment, readManagedRow, type Row } from './read-state-rows.js';
import { hasStateTable } from './duckdb-driver.js';

/**
 * Reads what DuckDB holds, from its own catalog functions (duckdb_tables, duckdb_columns, duckdb_views,
 * duckdb_constraints) so hand-made changes show, plus the roles and grants Meshplane records for it. A read error is
 * a fault, never an empty platform (an empty read would plan everything anew).
 */
export async function readDuckdbState(connection: DuckDBConnection, desiredSchemas: string[]): Promise<ActualState> {
  try {
    const read = async (sql: string, params: string[] = []): Promise<Row[]> => (await connection.runAndReadAll(sql, params)).getRowObjectsJson() as Row[];
    const stateReady = await hasStateTable(connection);
    const managed = stateReady
      ? (await read(`SELECT schema_name, table_name, product_id, port FROM "${STATE_SCHEMA}"."managed_tables"`)).map(readManagedRow)
      : [];
    const schemas = [...new Set([...desiredSchemas, ...managed.map((m) => m.schema)])];
    const list = `[${schemas.map((_, i) => `$${i + 1}`).join(', ')}]`;
    const allSchemas = (await read(`SELECT schema_name FROM duckdb_schemas() WHERE NOT internal AND database_name = current_database()`)).map((r) =>
      String(r.schema_name),
    );
    const cols = await read(
      `SELECT schema_name, table_name, column_name, lower(data_type) AS data_type, is_nullable, comment FROM duckdb_columns() WHERE database_name = current_database() AND list_contains(${list}, schema_name) ORDER BY schema_name, table_name, column_index`,
      schemas,
    );
    const tableRows = await read(
      `SELECT schema_name, table_name, comment FROM duckdb_tables() WHERE database_name = current_database() AND list_contains(${list}, schema_name)`,
      schemas,
    );
    const viewRows = await read(
      `SELECT schema_name, view_name, comment FROM duckdb_views() WHERE NOT internal AND database_name = current_database() AND list_contains(${list}, schema_name)`,
      schemas,
    );
    const keys = await read(
      `SELECT schema_name, table_name, constraint_column_names FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY' AND database_name = current_database() AND list_contains(${list}, schema_name)`,
      schemas,
    );
    const columnsOf = groupColumns(cols);
    const keyOf = new Map(keys.map((k) => [`${String(k.schema_name)}.${String(k.table_name)}`, (k.constraint_column_names as string[]).map(String)]));
    const tables: TableState[] = tableRows.map((t) => {
      const key = `${String(t.schema_name)}.${String(t.table_name)}`;
      const comment = readComment(t.comment);
      return {
        schema: String(t.schema_name),
        name: String(t.table_name),
        columns: columnsOf.get(key) ?? [],
        primaryKey: keyOf.get(key) ?? [],
        ...(comment ? { comment } : {}),
      };
    });
    const views: ViewState[] = viewRows.map((v) => {
      const comment = readComment(v.comment);
      const columns = (columnsOf.get(`${String(v.schema_name)}.${String(v.view_name)}`) ?? []).map((c) => c.name);
      return { schema: String(v.schema_name), name: String(v.view_name), columns, ...(comment ? { comment } : {}) };
    });
    const roles = stateReady ? (await read(`SELECT role_name FROM "${STATE_SCHEMA}"."roles"`)).map((r) => String(r.role_name)) : [];
    const grants: GrantState[] = stateReady
      ? (await read(`SELECT schema_name, object_name, role_name, privilege FROM "${STATE_SCHEMA}"."grants"`)).map((g) => ({
          schema: String(g.schema_name),
          object: String(g.object_name),
          role: String(g.role_name),
          privilege: String(g.privilege),
        }))
      : [];
    return { schemas: allSchemas, tables, views, roles, grants, managed };
  } catch (cause) {
    if (cause instanceof PlatformError) throw cause;
    throw new PlatformError('read-failed', `Cannot read the DuckDB catalog: ${describeCause(cause)}`, { cause });
  }
}
