import type { DesiredColumn, Engine, GrantState } from './platform-types.js';

/** One step of a plan. The driver turns each into SQL for its engine; nothing here is SQL. */
export type Operation =
  | { kind: 'create-schema'; schema: string }
  | { kind: 'create-role'; role: string; team: string }
  | { kind: 'create-table'; productId: string; port: string; schema: string; table: string; columns: DesiredColumn[]; primaryKey: string[] }
  | { kind: 'add-column'; productId: string; schema: string; table: string; column: DesiredColumn }
  | { kind: 'alter-column-type'; productId: string; schema: string; table: string; column: DesiredColumn; from: string }
  | { kind: 'set-not-null' | 'drop-not-null'; productId: string; schema: string; table: string; column: string }
  | { kind: 'create-view'; productId: string; schema: string; view: string; table: string; processingTime: string; replace: boolean }
  | { kind: 'drop-view'; productId: string; schema: string; view: string; unshared?: true }
  | { kind: 'create-share-view'; productId: string; schema: string; view: string; table: string; columns: string[]; team: string }
  | { kind: 'comment'; productId: string; target: 'table' | 'view' | 'column'; schema: string; object: string; column?: string; comment: string | null }
  | { kind: 'grant' | 'revoke'; productId?: string; grant: GrantState }
  | { kind: 'drop-table'; productId: string; schema: string; table: string; view: string };

/** A change the planner will not make by itself, and what to do instead. */
export interface BlockedChange {
  productId?: string;
  /** `schema.table` or `schema.table.column`. */
  object: string;
  change: string;
  reason: string;
  hint: string;
}

/** A table on the platform that no manifest describes any more. It is kept, with its rows. */
export interface Orphan {
  schema: string;
  table: string;
  productId?: string;
}

/** A retired product's table that is kept, and why. */
export interface Retained {
  productId: string;
  schema: string;
  table: string;
  reason: string;
}

/** Desired minus actual: what applying would do, what it refuses to do, and what it leaves alone. */
export interface Plan {
  engine: Engine;
  /** In order: shared objects (schemas, roles, schema access) first, then each product's own steps. */
  operations: Operation[];
  blocked: BlockedChange[];
  orphans: Orphan[];
  retained: Retained[];
}

/** The steps of one product (or of the shared objects, `productId` undefined): one transaction each when applied. */
export interface OperationGroup {
  productId?: string;
  operations: Operation[];
}

/** Splits a plan's operations into the transactions apply runs: shared objects first, then one per product. */
export function groupOperations(operations: Operation[]): OperationGroup[] {
  const groups = new Map<string, OperationGroup>();
  for (const op of operations) {
    const productId = 'productId' in op ? op.productId : undefined;
    const key = productId ?? '';
    const group = groups.get(key) ?? { ...(productId ? { productId } : {}), operations: [] };
    group.operations.push(op);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => (a.productId ?? '').localeCompare(b.productId ?? ''));
}
