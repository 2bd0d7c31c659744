import type { Operation } from './plan-types.js';
import type { DesiredShare, ViewState } from './platform-types.js';

/** A table's column-limited share views as planned: steps before the table's own (drops), steps after, names kept. */
export interface ShareSteps {
  before: Operation[];
  after: Operation[];
  views: string[];
}

/**
 * Brings a table's share views (`<table>__for_<team>`) to its agreements: a missing view is created with its agreed
 * columns and comment; one whose columns changed is dropped and created again (PostgreSQL cannot drop a column from a
 * view in place); one no agreement in force asks for is dropped (a view holds no data). When the table's column types
 * change, every existing share view is dropped first and created after, as views pin their columns' types.
 */
export function planShareViews(
  target: { productId: string; schema: string; table: string },
  shares: readonly DesiredShare[],
  existing: readonly ViewState[],
  retyped: boolean,
): ShareSteps {
  const { productId, schema, table } = target;
  // `existing`: the share views of this table (planChanges groups them once).
  const have = new Map(existing.map((v) => [v.name, v]));
  const before: Operation[] = [];
  const after: Operation[] = [];
  const wanted = new Set(shares.map((s) => s.view));
  for (const [name] of [...have].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!wanted.has(name)) before.push({ kind: 'drop-view', productId, schema, view: name, unshared: true });
  }
  for (const s of shares) {
    const now = have.get(s.view);
    const rebuild = !now || retyped || now.columns.join(',') !== s.columns.join(',');
    if (now && rebuild) before.push({ kind: 'drop-view', productId, schema, view: s.view });
    if (rebuild) after.push({ kind: 'create-share-view', productId, schema, view: s.view, table, columns: s.columns, team: s.team });
    if (rebuild || (now?.comment ?? undefined) !== s.comment)
      after.push({ kind: 'comment', productId, schema, target: 'view', object: s.view, comment: s.comment });
  }
  return { before, after, views: [...wanted] };
}
