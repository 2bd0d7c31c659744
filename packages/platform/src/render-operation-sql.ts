import type { DesiredColumn, Engine, Operation } from '@meshplane/core';
import { checkPrivilege, quoteIdent, quoteLiteral, quoteQualified, quoteRole } from './quote-sql.js';
import type { SqlStatement } from './sql-statement.js';
import { STATE_SCHEMA } from '@meshplane/core';

const state = (table: string): string => `${quoteIdent(STATE_SCHEMA)}.${quoteIdent(table)}`;

function defineColumn(c: DesiredColumn, withNotNull: boolean): string {
  return `${quoteIdent(c.name)} ${c.ddlType}${withNotNull && !c.nullable ? ' NOT NULL' : ''}`;
}

/**
 * The SQL of one operation on one engine. The statements both engines share are written once; roles and grants
 * differ: PostgreSQL enforces them, DuckDB has no users or GRANT, so there they are recorded in the state schema
 * (and the plan says they are not enforced).
 */
export function renderOperationSql(engine: Engine, op: Operation): SqlStatement[] {
  switch (op.kind) {
    case 'create-schema':
      return [{ sql: `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(op.schema)}` }];
    case 'create-table': {
      const cols = op.columns.map((c) => defineColumn(c, true));
      if (op.primaryKey.length) cols.push(`PRIMARY KEY (${op.primaryKey.map(quoteIdent).join(', ')})`);
      return [{ sql: `CREATE TABLE ${quoteQualified(op.schema, op.table)} (${cols.join(', ')})` }];
    }
    case 'add-column':
      return [{ sql: `ALTER TABLE ${quoteQualified(op.schema, op.table)} ADD COLUMN ${defineColumn(op.column, false)}` }];
    case 'alter-column-type':
      return [{ sql: `ALTER TABLE ${quoteQualified(op.schema, op.table)} ALTER COLUMN ${quoteIdent(op.column.name)} TYPE ${op.column.ddlType}` }];
    case 'set-not-null':
    case 'drop-not-null':
      return [
        {
          sql: `ALTER TABLE ${quoteQualified(op.schema, op.table)} ALTER COLUMN ${quoteIdent(op.column)} ${op.kind === 'set-not-null' ? 'SET' : 'DROP'} NOT NULL`,
        },
      ];
    case 'create-view': {
      const t = quoteQualified(op.schema, op.table);
      const pt = quoteIdent(op.processingTime);
      return [
        {
          sql: `CREATE${op.replace ? ' OR REPLACE' : ''} VIEW ${quoteQualified(op.schema, op.view)} AS SELECT * FROM ${t} WHERE ${pt} = (SELECT max(${pt}) FROM ${t})`,
        },
      ];
    }
    case 'create-share-view':
      // A view runs with its owner's rights: the consumer's role reads the agreed columns without any right on the table.
      return [
        {
          sql: `CREATE VIEW ${quoteQualified(op.schema, op.view)} AS SELECT ${op.columns.map(quoteIdent).join(', ')} FROM ${quoteQualified(op.schema, op.table)}`,
        },
      ];
    case 'drop-view':
      return [{ sql: `DROP VIEW IF EXISTS ${quoteQualified(op.schema, op.view)}` }, ...forgetGrants(engine, op.schema, op.view)];
    case 'comment': {
      const target =
        op.target === 'column'
          ? `COLUMN ${quoteQualified(op.schema, op.object)}.${quoteIdent(op.column ?? '')}`
          : `${op.target.toUpperCase()} ${quoteQualified(op.schema, op.object)}`;
      return [{ sql: `COMMENT ON ${target} IS ${quoteLiteral(op.comment)}` }];
    }
    case 'drop-table':
      return [
        { sql: `DROP VIEW IF EXISTS ${quoteQualified(op.schema, op.view)}` },
        { sql: `DROP TABLE ${quoteQualified(op.schema, op.table)}` },
        { sql: `DELETE FROM ${state('managed_tables')} WHERE schema_name = $1 AND table_name = $2`, params: [op.schema, op.table] },
        ...forgetGrants(engine, op.schema, op.table),
        ...forgetGrants(engine, op.schema, op.view),
      ];
    case 'create-role':
      return engine === 'postgres'
        ? // Roles are shared by every database of a server: another database's apply may create the same one at the same time.
          [{ sql: `DO $$ BEGIN CREATE ROLE ${quoteIdent(op.role)} NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$` }]
        : [{ sql: `INSERT INTO ${state('roles')} (role_name, team) VALUES ($1, $2) ON CONFLICT DO NOTHING`, params: [op.role, op.team] }];
    case 'grant':
    case 'revoke':
      return renderGrantSql(engine, op);
  }
}

function renderGrantSql(engine: Engine, op: Extract<Operation, { kind: 'grant' | 'revoke' }>): SqlStatement[] {
  const g = op.grant;
  if (engine === 'duckdb') {
    return op.kind === 'grant'
      ? [{ sql: `INSERT INTO ${state('grants')} VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, params: [g.schema, g.object, g.role, g.privilege] }]
      : [
          {
            sql: `DELETE FROM ${state('grants')} WHERE schema_name = $1 AND object_name = $2 AND role_name = $3 AND privilege = $4`,
            params: [g.schema, g.object, g.role, g.privilege],
          },
        ];
  }
  const on = g.object === '' ? `SCHEMA ${quoteIdent(g.schema)}` : quoteQualified(g.schema, g.object);
  const priv = checkPrivilege(g.privilege);
  return [{ sql: op.kind === 'grant' ? `GRANT ${priv} ON ${on} TO ${quoteRole(g.role)}` : `REVOKE ${priv} ON ${on} FROM ${quoteRole(g.role)}` }];
}

function forgetGrants(engine: Engine, schema: string, object: string): SqlStatement[] {
  return engine === 'duckdb' ? [{ sql: `DELETE FROM ${state('grants')} WHERE schema_name = $1 AND object_name = $2`, params: [schema, object] }] : [];
}
