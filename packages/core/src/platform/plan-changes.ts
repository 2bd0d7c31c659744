import type { BlockedChange, Operation, Orphan, Plan, Retained } from './plan-types.js';
import type { ActualState, DesiredState, GrantState, ViewState } from './platform-types.js';
import { planNewTable, planTableChanges } from './plan-table-changes.js';
import { planShareViews } from './plan-share-views.js';
import { STATE_SCHEMA } from './name-platform-objects.js';
import { ENGINE_FEATURES } from './engine-features.js';

const keyOf = (schema: string, name: string): string => `${schema}.${name}`;
const grantKey = (g: GrantState): string => `${g.schema}.${g.object}/${g.role}/${g.privilege}`;
/** Byte order, not locale order: plans must read the same on every machine. */
const byKey = ([a]: [string, unknown], [b]: [string, unknown]): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The plan: desired state minus actual state, as ordered operations. Pure. Never plans anything that loses data:
 * dropped columns, narrowed types and new keys are blocked with a reason; tables no manifest describes are
 * orphans and kept; a retired product's table is dropped only when {@link decideRetiredDrop} allows it. Grants on
 * managed objects are made exactly the desired ones; orphans are left untouched.
 *
 * @example
 * const plan = planChanges(buildDesiredState(index, { engine: 'duckdb', today }), await driver.readActualState());
 * plan.operations.length === 0; // nothing to do
 */
export function planChanges(desired: DesiredState, actual: ActualState): Plan {
  const tables = new Map(actual.tables.map((t) => [keyOf(t.schema, t.name), t]));
  const views = new Map(actual.views.map((v) => [keyOf(v.schema, v.name), v]));
  const shareViews = groupShareViews(actual.views);
  const shared: Operation[] = [];
  const perProduct: Operation[] = [];
  const blocked: BlockedChange[] = [];
  const retained: Retained[] = [];
  const schemas = new Set(actual.schemas);
  for (const s of desired.schemas) if (!schemas.has(s)) shared.push({ kind: 'create-schema', schema: s });
  const roles = new Set(actual.roles);
  for (const r of desired.roles) if (!roles.has(r.role)) shared.push({ kind: 'create-role', role: r.role, team: r.team });

  const present = new Set<string>();
  for (const t of [...desired.tables].sort((a, b) => keyOf(a.productId, a.port).localeCompare(keyOf(b.productId, b.port)))) {
    const now = tables.get(keyOf(t.schema, t.name));
    const steps = now ? planTableChanges(desired.engine, t, now, views.get(keyOf(t.schema, t.view.name))) : planNewTable(t);
    const retyped = steps.operations.some((o) => o.kind === 'alter-column-type');
    const shares = planShareViews(
      { productId: t.productId, schema: t.schema, table: t.name },
      t.shares ?? [],
      shareViews.get(keyOf(t.schema, t.name)) ?? [],
      retyped,
    );
    perProduct.push(...shares.before, ...steps.operations, ...shares.after);
    blocked.push(...steps.blocked);
    present.add(keyOf(t.schema, t.name)).add(keyOf(t.schema, t.view.name));
    for (const v of shares.views) present.add(keyOf(t.schema, v));
  }
  for (const r of desired.retired) {
    if (!tables.has(keyOf(r.schema, r.name))) continue;
    // A retired product shares nothing: its share views go (they hold no data), before its table may be dropped.
    perProduct.push(
      ...planShareViews({ productId: r.productId, schema: r.schema, table: r.name }, [], shareViews.get(keyOf(r.schema, r.name)) ?? [], false).before,
    );
    if (r.dropAllowed) perProduct.push({ kind: 'drop-table', productId: r.productId, schema: r.schema, table: r.name, view: r.view });
    else {
      retained.push({ productId: r.productId, schema: r.schema, table: r.name, reason: r.reason });
      present.add(keyOf(r.schema, r.name)).add(keyOf(r.schema, r.view));
    }
  }
  // A dropped view loses its grants; so does a replaced one where the engine makes it anew (Trino).
  const keepsGrants = ENGINE_FEATURES[desired.engine].replacedViewKeepsGrants;
  const droppedViews = new Set(
    perProduct.flatMap((o) => (o.kind === 'drop-view' || (o.kind === 'create-view' && o.replace && !keepsGrants) ? [keyOf(o.schema, o.view)] : [])),
  );
  const grants = planGrants(desired, { ...actual, grants: actual.grants.filter((g) => !droppedViews.has(keyOf(g.schema, g.object))) }, present);
  return {
    engine: desired.engine,
    operations: [...shared, ...grants.shared, ...perProduct, ...grants.perProduct],
    blocked,
    orphans: findOrphans(desired, actual),
    retained,
  };
}

/** Grants on the objects that exist after the plan: missing ones granted, extra ones (on managed objects) revoked. */
function planGrants(desired: DesiredState, actual: ActualState, present: Set<string>): { shared: Operation[]; perProduct: Operation[] } {
  const schemas = new Set([...desired.schemas]);
  const exists = (g: GrantState): boolean => (g.object === '' ? schemas.has(g.schema) : present.has(keyOf(g.schema, g.object)));
  const want = new Map(desired.grants.filter(exists).map((g) => [grantKey(g), g]));
  const have = new Map(actual.grants.filter(exists).map((g) => [grantKey(g), g]));
  const owner = new Map(
    desired.tables.flatMap((t) =>
      [keyOf(t.schema, t.name), keyOf(t.schema, t.view.name), ...(t.shares ?? []).map((s) => keyOf(t.schema, s.view))].map((k) => [k, t.productId] as const),
    ),
  );
  for (const r of desired.retired) owner.set(keyOf(r.schema, r.name), r.productId).set(keyOf(r.schema, r.view), r.productId);
  const shared: Operation[] = [];
  const perProduct: Operation[] = [];
  const place = (op: Operation, g: GrantState): void => {
    const productId = g.object === '' ? undefined : owner.get(keyOf(g.schema, g.object));
    if (productId) perProduct.push({ ...op, productId } as Operation);
    else shared.push(op);
  };
  // Only the differences are sorted: at 10 000 products both sides hold ~130 000 grants.
  for (const [, g] of [...want].filter(([k]) => !have.has(k)).sort(byKey)) place({ kind: 'grant', grant: strip(g) }, g);
  // A held table (its manifest has errors) keeps its readers, and so they keep access to its schema.
  const held = new Set(desired.held);
  const isHeld = (g: GrantState): boolean => [...held].some((t) => t === keyOf(g.schema, g.object) || keyOf(g.schema, g.object).startsWith(`${t}__`));
  const keepsSchema = new Set(actual.grants.filter((g) => g.object !== '' && held.size > 0 && isHeld(g)).map((g) => `${g.schema}/${g.role}`));
  for (const [, g] of [...have].filter(([k]) => !want.has(k)).sort(byKey)) {
    if (g.object === '' && keepsSchema.has(`${g.schema}/${g.role}`)) continue;
    place({ kind: 'revoke', grant: strip(g) }, g);
  }
  return { shared, perProduct };
}

const strip = (g: GrantState): GrantState => ({ schema: g.schema, object: g.object, role: g.role, privilege: g.privilege });

/** Tables in Meshplane's schemas that no manifest describes: reported, never dropped. */
function findOrphans(desired: DesiredState, actual: ActualState): Orphan[] {
  const wanted = new Set([...desired.tables.map((t) => keyOf(t.schema, t.name)), ...desired.retired.map((r) => keyOf(r.schema, r.name)), ...desired.held]);
  const managed = new Map(actual.managed.map((m) => [keyOf(m.schema, m.table), m.productId]));
  const schemas = new Set([...desired.schemas, ...actual.managed.map((m) => m.schema)]);
  schemas.delete(STATE_SCHEMA);
  return actual.tables
    .filter((t) => schemas.has(t.schema) && !wanted.has(keyOf(t.schema, t.name)))
    .map((t) => {
      const productId = managed.get(keyOf(t.schema, t.name));
      return { schema: t.schema, table: t.name, ...(productId ? { productId } : {}) };
    })
    .sort((a, b) => keyOf(a.schema, a.table).localeCompare(keyOf(b.schema, b.table)));
}

/**
 * The share views on the platform (`<table>__for_<team>`) by their table's `schema.table`: one pass, not one per table.
 * A team's SQL name has no double underscore, so `<table>__for_x__latest` (the latest view of a port named `for-x`) is
 * not taken for a share view.
 */
function groupShareViews(views: readonly ViewState[]): Map<string, ViewState[]> {
  const by = new Map<string, ViewState[]>();
  for (const v of views) {
    const at = v.name.lastIndexOf('__for_');
    if (at <= 0 || v.name.slice(at + 6).includes('__')) continue;
    const key = keyOf(v.schema, v.name.slice(0, at));
    const list = by.get(key);
    if (list) list.push(v);
    else by.set(key, [v]);
  }
  return by;
}
