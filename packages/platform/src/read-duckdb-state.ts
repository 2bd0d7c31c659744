import type { DuckDBConnection, DuckDBResultReader } from '@duckdb/node-api';
import { STATE_SCHEMA, type ActualState, type ColumnState, type GrantState, type TableState, type ViewState } from '@meshplane/core';
import { describeCause, PlatformError } from './platform-error.js';
import { readComment, readManagedRow, type Row } from './read-state-rows.js';
import { hasStateTable } from './duckdb-driver.js';

/**
 * Reads what DuckDB holds, from its own catalog functions (duckdb_tables, duckdb_columns, duckdb_views,
 * duckdb_constraints) so hand-made changes show, plus the roles and grants Meshplane records for it. A read error is
 * a fault, never an empty platform (an empty read would plan everything anew).
 */
export async function readDuckdbState(connection: DuckDBConnection, desiredSchemas: string[]): Promise<ActualState> {
  try {
    const read = async (sql: string, params: string[] = []): Promise<Row[]> => readRows(await connection.runAndReadAll(sql, params));
    const stateReady = await hasStateTable(connection);
    const managed = stateReady
      ? (await read(`SELECT schema_name, table_name, product_id, port FROM "${STATE_SCHEMA}"."managed_tables"`)).map(readManagedRow)
      : [];
    const schemas = [...new Set([...desiredSchemas, ...managed.map((m) => m.schema)])];
    const list = `[${schemas.map((_, i) => `$${i + 1}`).join(', ')}]`;
    const allSchemas = (await read(`SELECT schema_name FROM duckdb_schemas() WHERE NOT internal AND database_name = current_database()`)).map((r) =>
      String(r.schema_name),
    );
    // Columns come as one JSON text per table: the client converts values one by one (~0.6 µs each), and at 10 000
    // products the catalog has ~400 000 columns of 6 values (1.4 s), where V8 parses the same as JSON in a fraction.
    const columnsOf = new Map<string, ColumnState[]>();
    const perTable = await connection.runAndReadAll(
      `SELECT schema_name || '.' || table_name, to_json(list({i: column_index, name: column_name, type: data_type, nullable: is_nullable, comment: comment}))::VARCHAR FROM duckdb_columns() WHERE database_name = current_database() AND list_contains(${list}, schema_name) GROUP BY schema_name, table_name`,
      schemas,
    );
    // No row, no column: an empty platform hands over no columns at all.
    const [tableKeys = [], texts = []] = perTable.getColumnsJS() as [string[]?, string[]?];
    // Ordered and lower-cased here: in the aggregate they cost the query ~0.5 s more (of ~0.7 s) at 10 000 products.
    tableKeys.forEach((key, i) => columnsOf.set(key, (JSON.parse(texts[i] as string) as RawColumn[]).sort((a, b) => a.i - b.i).map(readColumn)));
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
    // ~130 000 grants at 10 000 products: one JSON text, for the same reason as the columns.
    const grants = stateReady
      ? await readJsonList<GrantState>(
          connection,
          `SELECT to_json(list({schema: schema_name, object: object_name, role: role_name, privilege: privilege}))::VARCHAR FROM "${STATE_SCHEMA}"."grants"`,
        )
      : [];
    return { schemas: allSchemas, tables, views, roles, grants, managed };
  } catch (cause) {
    if (cause instanceof PlatformError) throw cause;
    throw new PlatformError('read-failed', `Cannot read the DuckDB catalog: ${describeCause(cause)}`, { cause });
  }
}

/** The result's rows as objects (column name → value), built from its columns. */
function readRows(result: DuckDBResultReader): Row[] {
  const names = result.columnNames();
  const columns = result.getColumnsJS();
  const rows: Row[] = new Array<Row>(result.currentRowCount);
  for (let i = 0; i < rows.length; i++) {
    const row: Row = {};
    for (let c = 0; c < names.length; c++) row[names[c] as string] = columns[c]?.[i];
    rows[i] = row;
  }
  return rows;
}

/** The one JSON list a query returns (NULL when it aggregated no row: an empty list). */
async function readJsonList<T>(connection: DuckDBConnection, sql: string): Promise<T[]> {
  const text = (await connection.runAndReadAll(sql)).getColumnsJS()[0]?.[0];
  return typeof text === 'string' ? (JSON.parse(text) as T[]) : [];
}

/** A column as the catalog query hands it over in JSON. */
interface RawColumn {
  i: number;
  name: string;
  type: string;
  nullable: boolean;
  comment: string | null;
}

function readColumn(c: RawColumn): ColumnState {
  const comment = readComment(c.comment);
  return { name: c.name, type: c.type.toLowerCase(), nullable: c.nullable, ...(comment ? { comment } : {}) };
}
