import { STATE_SCHEMA, type ActualState, type GrantState, type TableState, type ViewState } from '@meshplane/core';
import { describeCause, PlatformError } from './platform-error.js';
import { groupColumns, readComment, readManagedRow, type Row } from './read-state-rows.js';
import { quoteTrinoValue } from './quote-trino-sql.js';
import { SELECT_TRINO_MANAGED } from './trino-state-tables.js';
import type { TrinoSession } from './trino-session.js';

const list = (values: string[]): string => (values.length ? values.map(quoteTrinoValue).join(', ') : `''`);

/**
 * Reads what a Trino catalog holds from its own metadata (information_schema tables, columns, roles and
 * table_privileges; system.metadata.table_comments), so changes made by hand show as drift. Trino reports no keys or
 * NOT NULL on Hive, so tables have none. Grants to users (made by hand) read as `user:<name>`; the owner's own
 * privileges (granted to a user with grant option when the table is created) are not grants Meshplane manages.
 */
export async function readTrinoState(session: TrinoSession, catalog: string, desiredSchemas: string[]): Promise<ActualState> {
  try {
    const read = (sql: string): Promise<Row[]> => session.run(sql);
    const allSchemas = (await read(`SELECT schema_name FROM information_schema.schemata WHERE schema_name <> 'information_schema'`)).map((r) =>
      String(r.schema_name),
    );
    const stateReady =
      (await read(`SELECT 1 FROM information_schema.tables WHERE table_schema = '${STATE_SCHEMA}' AND table_name = 'managed_tables'`)).length > 0;
    const managed = stateReady ? (await read(SELECT_TRINO_MANAGED)).map(readManagedRow) : [];
    const schemas = list([...new Set([...desiredSchemas, ...managed.map((m) => m.schema)])]);
    const columnRows = await read(
      `SELECT table_schema AS schema_name, table_name, column_name, data_type, is_nullable = 'YES' AS is_nullable, comment FROM information_schema.columns WHERE table_schema IN (${schemas}) ORDER BY table_schema, table_name, ordinal_position`,
    );
    const columnsOf = groupColumns(columnRows);
    const comments = new Map(
      (
        await read(
          `SELECT schema_name, table_name, comment FROM system.metadata.table_comments WHERE catalog_name = ${quoteTrinoValue(catalog)} AND schema_name IN (${schemas})`,
        )
      ).map((r) => [`${String(r.schema_name)}.${String(r.table_name)}`, readComment(r.comment)]),
    );
    const tables: TableState[] = [];
    const views: ViewState[] = [];
    for (const r of await read(`SELECT table_schema, table_name, table_type FROM information_schema.tables WHERE table_schema IN (${schemas})`)) {
      const key = `${String(r.table_schema)}.${String(r.table_name)}`;
      const comment = comments.get(key);
      const base = { schema: String(r.table_schema), name: String(r.table_name), ...(comment ? { comment } : {}) };
      if (r.table_type === 'VIEW') views.push({ ...base, columns: (columnsOf.get(key) ?? []).map((c) => c.name) });
      else tables.push({ ...base, columns: columnsOf.get(key) ?? [], primaryKey: [] });
    }
    const roles = (await read(`SELECT role_name FROM information_schema.roles WHERE role_name LIKE 'team\\_%' ESCAPE '\\'`)).map((r) => String(r.role_name));
    const grants: GrantState[] = (
      await read(
        `SELECT table_schema, table_name, grantee, grantee_type, privilege_type FROM information_schema.table_privileges WHERE table_schema IN (${schemas}) AND NOT (grantee_type = 'USER' AND is_grantable = 'YES')`,
      )
    ).map((g) => ({
      schema: String(g.table_schema),
      object: String(g.table_name),
      role: g.grantee_type === 'USER' ? `user:${String(g.grantee)}` : String(g.grantee),
      privilege: String(g.privilege_type),
    }));
    return { schemas: allSchemas, tables, views, roles, grants, managed };
  } catch (cause) {
    if (cause instanceof PlatformError) throw cause;
    throw new PlatformError('read-failed', `Cannot read the Trino catalog ${catalog}: ${describeCause(cause)}`, { cause });
  }
}
