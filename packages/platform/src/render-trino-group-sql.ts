import type { DesiredColumn, Operation } from '@meshplane/core';
import { PlatformError } from './platform-error.js';
import { checkPrivilege, quoteIdent, quoteLiteral, quoteQualified } from './quote-sql.js';
import { quoteGrantee } from './quote-trino-sql.js';
import { renderManagedRows } from './trino-state-tables.js';

/**
 * One Trino statement; `tolerate` names the Trino error that means it was already done (a re-run after a kill), and
 * `concurrent` marks statements independent of each other (grants), which may run at once.
 */
export interface TrinoStatement {
  sql: string;
  tolerate?: string;
  concurrent?: boolean;
}

type Comment = Extract<Operation, { kind: 'comment' }>;
type Grant = Extract<Operation, { kind: 'grant' | 'revoke' }>;

/**
 * A group's statements on Trino's Hive connector, each safe to run again: Hive has no multi-statement transactions, so
 * an apply killed half way re-plans from what the platform holds and finishes the rest. A new table's and view's
 * comments go into their CREATE statement, and one role's privileges on one object into one GRANT or REVOKE (Trino
 * pays per statement).
 */
export function renderTrinoGroupSql(catalog: string, operations: Operation[], options: { at: string; recorded?: boolean }): TrinoStatement[] {
  const created = new Set(
    operations.flatMap((op) =>
      op.kind === 'create-table' || op.kind === 'create-view' || op.kind === 'create-share-view' ? [`${op.schema}.${'view' in op ? op.view : op.table}`] : [],
    ),
  );
  const comments = operations.filter((op): op is Comment => op.kind === 'comment');
  const inline = (c: Comment): boolean => created.has(`${c.schema}.${c.object}`);
  const managed = renderManagedRows(operations, options.at);
  // The tables a group creates are recorded before them, unless prepareGroups recorded the whole apply's at once.
  const out: TrinoStatement[] = managed.created && !options.recorded ? [{ sql: managed.created }] : [];
  for (const op of operations) {
    if (op.kind === 'create-table') out.push({ sql: renderCreateTable(op, comments) });
    else if (op.kind === 'create-view')
      out.push({
        sql: renderCreateView(
          op,
          comments.find((c) => c.target === 'view' && c.object === op.view),
        ),
      });
    else if (op.kind === 'create-share-view')
      out.push({
        sql: renderCreateShareView(
          op,
          comments.find((c) => c.target === 'view' && c.object === op.view),
        ),
      });
    else if (op.kind === 'comment') {
      if (!inline(op)) out.push({ sql: renderComment(op) });
    } else if (!isGrant(op)) out.push(...renderOther(catalog, op));
  }
  out.push(...renderGrants(operations.filter(isGrant)));
  if (managed.forgotten) out.push({ sql: managed.forgotten });
  return out;
}

const isGrant = (op: Operation): op is Grant => op.kind === 'grant' || op.kind === 'revoke';
const commentClause = (comment: string | null | undefined): string => (comment ? ` COMMENT ${quoteLiteral(comment)}` : '');

function renderCreateTable(op: Extract<Operation, { kind: 'create-table' }>, comments: Comment[]): string {
  const of = (c: DesiredColumn): string | null | undefined =>
    comments.find((x) => x.target === 'column' && x.object === op.table && x.column === c.name)?.comment;
  const cols = op.columns.map((c) => `${quoteIdent(c.name)} ${c.ddlType}${commentClause(of(c))}`);
  const table = comments.find((x) => x.target === 'table' && x.object === op.table)?.comment;
  return `CREATE TABLE IF NOT EXISTS ${quoteQualified(op.schema, op.table)} (${cols.join(', ')})${commentClause(table)}`;
}

function renderCreateView(op: Extract<Operation, { kind: 'create-view' }>, comment: Comment | undefined): string {
  const t = quoteQualified(op.schema, op.table);
  const pt = quoteIdent(op.processingTime);
  // Always OR REPLACE: a re-run after a kill finds the view already there.
  return `CREATE OR REPLACE VIEW ${quoteQualified(op.schema, op.view)}${commentClause(comment?.comment)} AS SELECT * FROM ${t} WHERE ${pt} = (SELECT max(${pt}) FROM ${t})`;
}

/**
 * A view of the agreed columns for one consumer team. Trino views run with their definer's rights (SECURITY DEFINER),
 * so the team's SELECT on the view is all it needs, and it reads nothing else of the table.
 */
function renderCreateShareView(op: Extract<Operation, { kind: 'create-share-view' }>, comment: Comment | undefined): string {
  const columns = op.columns.map(quoteIdent).join(', ');
  return `CREATE OR REPLACE VIEW ${quoteQualified(op.schema, op.view)}${commentClause(comment?.comment)} SECURITY DEFINER AS SELECT ${columns} FROM ${quoteQualified(op.schema, op.table)}`;
}

function renderComment(op: Comment): string {
  const target =
    op.target === 'column'
      ? `COLUMN ${quoteQualified(op.schema, op.object)}.${quoteIdent(op.column ?? '')}`
      : `${op.target.toUpperCase()} ${quoteQualified(op.schema, op.object)}`;
  return `COMMENT ON ${target} IS ${quoteLiteral(op.comment)}`;
}

function renderOther(
  catalog: string,
  op: Exclude<Operation, Comment | Grant | { kind: 'create-table' | 'create-view' | 'create-share-view' }>,
): TrinoStatement[] {
  switch (op.kind) {
    case 'create-schema':
      return [{ sql: `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(op.schema)}` }];
    case 'create-role':
      return [{ sql: `CREATE ROLE ${quoteIdent(op.role)} IN ${quoteIdent(catalog)}`, tolerate: 'ROLE_ALREADY_EXISTS' }];
    case 'add-column':
      return [{ sql: `ALTER TABLE ${quoteQualified(op.schema, op.table)} ADD COLUMN IF NOT EXISTS ${quoteIdent(op.column.name)} ${op.column.ddlType}` }];
    case 'drop-view':
      return [{ sql: `DROP VIEW IF EXISTS ${quoteQualified(op.schema, op.view)}` }];
    case 'drop-table':
      return [{ sql: `DROP VIEW IF EXISTS ${quoteQualified(op.schema, op.view)}` }, { sql: `DROP TABLE IF EXISTS ${quoteQualified(op.schema, op.table)}` }];
    case 'alter-column-type':
    case 'set-not-null':
    case 'drop-not-null':
      // The planner never plans these on Trino (ENGINE_FEATURES); a plan made for another engine must not half-apply.
      throw new PlatformError(
        'apply-failed',
        `Trino's Hive connector cannot ${op.kind.replaceAll('-', ' ')} (${op.schema}.${op.table}); plan for the trino engine.`,
      );
  }
}

/** One GRANT or REVOKE per grantee and object, with every privilege of it. */
function renderGrants(ops: Grant[]): TrinoStatement[] {
  const merged = new Map<string, { op: Grant; privileges: string[] }>();
  for (const op of ops) {
    if (op.grant.object === '')
      throw new PlatformError('apply-failed', `Trino's Hive connector has no schema privileges (${op.grant.privilege} on ${op.grant.schema}).`);
    const key = `${op.kind}/${op.grant.schema}.${op.grant.object}/${op.grant.role}`;
    const entry = merged.get(key) ?? { op, privileges: [] };
    entry.privileges.push(checkPrivilege(op.grant.privilege));
    merged.set(key, entry);
  }
  return [...merged.values()].map(({ op, privileges }) => {
    const on = quoteQualified(op.grant.schema, op.grant.object);
    const to = quoteGrantee(op.grant.role);
    return {
      sql: op.kind === 'grant' ? `GRANT ${privileges.join(', ')} ON ${on} TO ${to}` : `REVOKE ${privileges.join(', ')} ON ${on} FROM ${to}`,
      concurrent: true,
    };
  });
}
