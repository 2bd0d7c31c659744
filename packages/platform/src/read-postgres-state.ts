import type pg from 'pg';
import { STATE_SCHEMA, type ActualState, type GrantState, type TableState, type ViewState } from '@meshplane/core';
import { describeCause, PlatformError } from './platform-error.js';
import { groupColumns, readComment, readManagedRow, type Row } from './read-state-rows.js';

const COLUMNS = `SELECT n.nspname AS schema_name, c.relname AS table_name, c.relkind, a.attname AS column_name, lower(format_type(a.atttypid, a.atttypmod)) AS data_type,
  NOT a.attnotnull AS is_nullable, col_description(c.oid, a.attnum) AS comment
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v') AND n.nspname = ANY($1) ORDER BY n.nspname, c.relname, a.attnum`;
const RELATIONS = `SELECT n.nspname AS schema_name, c.relname AS name, c.relkind, obj_description(c.oid, 'pg_class') AS comment
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'v') AND n.nspname = ANY($1)`;
const KEYS = `SELECT n.nspname AS schema_name, c.relname AS table_name, array_agg(a.attname::text ORDER BY array_position(i.indkey::int2[], a.attnum)) AS cols
  FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY(i.indkey) WHERE i.indisprimary AND n.nspname = ANY($1) GROUP BY 1, 2`;
const TABLE_GRANTS = `SELECT n.nspname AS schema_name, c.relname AS object_name, coalesce(r.rolname, 'PUBLIC') AS role_name, x.privilege_type
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace CROSS JOIN LATERAL aclexplode(c.relacl) x LEFT JOIN pg_roles r ON r.oid = x.grantee
  WHERE c.relkind IN ('r', 'p', 'v') AND x.grantee <> c.relowner AND n.nspname = ANY($1)`;
const SCHEMA_GRANTS = `SELECT n.nspname AS schema_name, '' AS object_name, coalesce(r.rolname, 'PUBLIC') AS role_name, x.privilege_type
  FROM pg_namespace n CROSS JOIN LATERAL aclexplode(n.nspacl) x LEFT JOIN pg_roles r ON r.oid = x.grantee
  WHERE x.grantee <> n.nspowner AND n.nspname = ANY($1)`;

/**
 * Reads what PostgreSQL holds from its own catalog (pg_class, pg_attribute, pg_index, ACLs, pg_roles), so anything
 * changed by hand shows as drift. A read error is a fault, never an empty platform.
 */
export async function readPostgresState(client: pg.Client, desiredSchemas: string[]): Promise<ActualState> {
  try {
    const read = async (sql: string, params: unknown[] = []): Promise<Row[]> => (await client.query(sql, params)).rows as Row[];
    const stateReady = (await read(`SELECT to_regclass('${STATE_SCHEMA}.managed_tables') IS NOT NULL AS ok`))[0]?.ok === true;
    const managed = stateReady
      ? (await read(`SELECT schema_name, table_name, product_id, port FROM "${STATE_SCHEMA}"."managed_tables"`)).map(readManagedRow)
      : [];
    const schemas = [...new Set([...desiredSchemas, ...managed.map((m) => m.schema)])];
    const allSchemas = (await read(`SELECT nspname FROM pg_namespace WHERE nspname !~ '^pg_' AND nspname <> 'information_schema'`)).map((r) =>
      String(r.nspname),
    );
    const columnsOf = groupColumns(await read(COLUMNS, [schemas]));
    const keyOf = new Map((await read(KEYS, [schemas])).map((k) => [`${String(k.schema_name)}.${String(k.table_name)}`, (k.cols as string[]).map(String)]));
    const tables: TableState[] = [];
    const views: ViewState[] = [];
    for (const r of await read(RELATIONS, [schemas])) {
      const key = `${String(r.schema_name)}.${String(r.name)}`;
      const comment = readComment(r.comment);
      const base = { schema: String(r.schema_name), name: String(r.name), ...(comment ? { comment } : {}) };
      if (r.relkind === 'v') views.push({ ...base, columns: (columnsOf.get(key) ?? []).map((c) => c.name) });
      else tables.push({ ...base, columns: columnsOf.get(key) ?? [], primaryKey: keyOf.get(key) ?? [] });
    }
    const roles = (await read(`SELECT rolname FROM pg_roles WHERE rolname LIKE 'team\\_%'`)).map((r) => String(r.rolname));
    const grants: GrantState[] = [...(await read(TABLE_GRANTS, [schemas])), ...(await read(SCHEMA_GRANTS, [schemas]))].map((g) => ({
      schema: String(g.schema_name),
      object: String(g.object_name),
      role: String(g.role_name),
      privilege: String(g.privilege_type),
    }));
    return { schemas: allSchemas, tables, views, roles, grants, managed };
  } catch (cause) {
    throw new PlatformError('read-failed', `Cannot read the PostgreSQL catalog: ${describeCause(cause)}`, { cause });
  }
}
