import type { Operation } from './plan-types.js';

/** How an operation reads in a plan: `+` adds, `~` changes in place, `-` takes away. */
export interface OperationLine {
  sign: '+' | '~' | '-';
  text: string;
}

const on = (schema: string, object: string): string => (object ? `${schema}.${object}` : `schema ${schema}`);

/** One line of a plan for one operation, without SQL (the same for every engine). */
export function describeOperation(op: Operation): OperationLine {
  switch (op.kind) {
    case 'create-schema':
      return { sign: '+', text: `create schema ${op.schema}` };
    case 'create-role':
      return { sign: '+', text: `create role ${op.role} (team ${op.team})` };
    case 'create-table': {
      const key = op.primaryKey.length ? `, key ${op.primaryKey.join(', ')}` : '';
      return { sign: '+', text: `create table ${op.schema}.${op.table} (${op.columns.length} columns${key})` };
    }
    case 'add-column':
      return { sign: '+', text: `add column ${op.schema}.${op.table}.${op.column.name} ${op.column.logical}` };
    case 'alter-column-type':
      return { sign: '~', text: `widen ${op.schema}.${op.table}.${op.column.name} from ${op.from} to ${op.column.type}` };
    case 'set-not-null':
      return { sign: '~', text: `require ${op.schema}.${op.table}.${op.column} (NOT NULL)` };
    case 'drop-not-null':
      return { sign: '~', text: `allow nulls in ${op.schema}.${op.table}.${op.column}` };
    case 'create-view':
      return { sign: op.replace ? '~' : '+', text: `${op.replace ? 'replace' : 'create'} view ${op.schema}.${op.view} (latest ${op.processingTime})` };
    case 'drop-view':
      return op.unshared
        ? { sign: '-', text: `drop view ${op.schema}.${op.view} (no agreement in force shares it)` }
        : { sign: '~', text: `drop view ${op.schema}.${op.view} to recreate it` };
    case 'create-share-view':
      return { sign: '+', text: `create view ${op.schema}.${op.view} (${op.columns.length} agreed columns of ${op.table}, for team ${op.team})` };
    case 'comment':
      return { sign: '~', text: `comment on ${op.target} ${op.schema}.${op.object}${op.column ? `.${op.column}` : ''}` };
    case 'grant':
      return { sign: '+', text: `grant ${op.grant.privilege} on ${on(op.grant.schema, op.grant.object)} to ${op.grant.role}` };
    case 'revoke':
      return { sign: '-', text: `revoke ${op.grant.privilege} on ${on(op.grant.schema, op.grant.object)} from ${op.grant.role}` };
    case 'drop-table':
      return { sign: '-', text: `drop table ${op.schema}.${op.table} and its view (retired, retention passed)` };
  }
}

/** Counts for a plan's headline. */
export interface PlanCounts {
  create: number;
  change: number;
  comment: number;
  grant: number;
  revoke: number;
  drop: number;
}

/** Counts operations by what they do to the platform. */
export function countOperations(operations: Operation[]): PlanCounts {
  const c: PlanCounts = { create: 0, change: 0, comment: 0, grant: 0, revoke: 0, drop: 0 };
  for (const op of operations) {
    if (op.kind === 'grant') c.grant++;
    else if (op.kind === 'revoke') c.revoke++;
    else if (op.kind === 'drop-table') c.drop++;
    else if (op.kind === 'comment') c.comment++;
    else if (op.kind.startsWith('create') || op.kind === 'add-column') c.create++;
    else c.change++;
  }
  return c;
}
