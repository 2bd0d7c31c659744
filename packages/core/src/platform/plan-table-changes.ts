import { isWideningChange, readLogicalType } from './map-column-type.js';
import type { BlockedChange, Operation } from './plan-types.js';
import type { DesiredTable, Engine, TableState, ViewState } from './platform-types.js';
import { ENGINE_FEATURES } from './engine-features.js';

/** What the planner does for one desired table. */
export interface TableSteps {
  operations: Operation[];
  blocked: BlockedChange[];
}

const MIGRATION_HINT =
  'Write a migration for it (a new column or a new port beside the old one, backfilled by the pipeline), or deprecate the port and retire it through the lifecycle; Meshplane never rewrites or drops data by itself.';

/** Creates the table, its "latest" view and their comments. */
export function planNewTable(t: DesiredTable): TableSteps {
  const base = { productId: t.productId, schema: t.schema };
  const operations: Operation[] = [
    { kind: 'create-table', ...base, port: t.port, table: t.name, columns: t.columns, primaryKey: t.primaryKey },
    { kind: 'create-view', ...base, view: t.view.name, table: t.name, processingTime: t.view.processingTime, replace: false },
    { kind: 'comment', ...base, target: 'table', object: t.name, comment: t.comment },
    { kind: 'comment', ...base, target: 'view', object: t.view.name, comment: t.view.comment },
    ...t.columns
      .filter((c) => c.comment)
      .map((c): Operation => ({ kind: 'comment', ...base, target: 'column', object: t.name, column: c.name, comment: c.comment ?? null })),
  ];
  return { operations, blocked: [] };
}

/**
 * Brings an existing table to its manifest without losing a row: new columns are added, types only widened,
 * NOT NULL set or dropped, comments and the view refreshed. Dropped columns, narrowed types and a new primary key
 * are blocked with what to do instead.
 */
export function planTableChanges(engine: Engine, t: DesiredTable, actual: TableState, view: ViewState | undefined): TableSteps {
  const base = { productId: t.productId, schema: t.schema, table: t.name };
  const operations: Operation[] = [];
  const blocked: BlockedChange[] = [];
  const have = new Map(actual.columns.map((c) => [c.name, c]));
  const block = (object: string, change: string, reason: string): void => {
    blocked.push({ productId: t.productId, object: `${t.schema}.${object}`, change, reason, hint: MIGRATION_HINT });
  };
  const comments: Operation[] = [];
  const added: string[] = [];
  for (const col of t.columns) {
    const now = have.get(col.name);
    if (!now) {
      operations.push({ kind: 'add-column', ...base, column: col });
      if (!col.nullable) operations.push({ kind: 'set-not-null', ...base, column: col.name });
      added.push(col.name);
    } else {
      if (now.type !== col.type) {
        const from = readLogicalType(engine, now.type);
        const widening = from !== undefined && isWideningChange(from, col.logical);
        if (widening && ENGINE_FEATURES[engine].alterColumnType) operations.push({ kind: 'alter-column-type', ...base, column: col, from: now.type });
        else if (widening) block(`${t.name}.${col.name}`, `change type ${now.type} → ${col.type}`, `${engine} cannot change a column's type in place`);
        else block(`${t.name}.${col.name}`, `change type ${now.type} → ${col.type}`, 'the new type cannot hold every existing value unchanged');
      }
      if (now.nullable && !col.nullable) operations.push({ kind: 'set-not-null', ...base, column: col.name });
      if (!now.nullable && col.nullable && !actual.primaryKey.includes(col.name)) operations.push({ kind: 'drop-not-null', ...base, column: col.name });
    }
    if ((now?.comment ?? undefined) !== col.comment) {
      comments.push({
        kind: 'comment',
        productId: t.productId,
        schema: t.schema,
        target: 'column',
        object: t.name,
        column: col.name,
        comment: col.comment ?? null,
      });
    }
  }
  const wanted = new Set(t.columns.map((c) => c.name));
  for (const c of actual.columns)
    if (!wanted.has(c.name)) block(`${t.name}.${c.name}`, 'drop column', 'the column is on the platform but not in the manifest; dropping it loses its data');
  if (actual.primaryKey.join(',') !== t.primaryKey.join(',')) {
    block(
      t.name,
      `change primary key (${actual.primaryKey.join(', ') || 'none'}) → (${t.primaryKey.join(', ') || 'none'})`,
      'existing rows may break the new key',
    );
  }
  if ((actual.comment ?? undefined) !== t.comment)
    comments.push({ kind: 'comment', productId: t.productId, schema: t.schema, target: 'table', object: t.name, comment: t.comment });
  const viewColumns = [...actual.columns.map((c) => c.name), ...added];
  // A view pins its columns' types (PostgreSQL refuses to alter them underneath it): drop it first, recreate it after.
  const retyped = operations.some((o) => o.kind === 'alter-column-type');
  if (view && retyped) operations.unshift({ kind: 'drop-view', productId: t.productId, schema: t.schema, view: t.view.name });
  const stale = !view || retyped || view.columns.join(',') !== viewColumns.join(',') || (view.comment ?? undefined) !== t.view.comment;
  if (stale) {
    const replace = !!view && !retyped;
    operations.push({
      kind: 'create-view',
      productId: t.productId,
      schema: t.schema,
      view: t.view.name,
      table: t.name,
      processingTime: t.view.processingTime,
      replace,
    });
    comments.push({ kind: 'comment', productId: t.productId, schema: t.schema, target: 'view', object: t.view.name, comment: t.view.comment });
  }
  return { operations: [...operations, ...comments], blocked };
}
