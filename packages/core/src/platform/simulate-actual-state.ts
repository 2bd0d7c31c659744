import type { ActualState, DesiredState } from './platform-types.js';

/**
 * The platform as it would be after applying `desired` perfectly. Planning a pull request's head against its base's
 * simulated platform shows what merging would change, with no database at hand.
 */
export function simulateActualState(desired: DesiredState): ActualState {
  return {
    schemas: [...desired.schemas],
    tables: desired.tables.map((t) => ({
      schema: t.schema,
      name: t.name,
      primaryKey: [...t.primaryKey],
      comment: t.comment,
      columns: t.columns.map((c) => ({ name: c.name, type: c.type, nullable: c.nullable, ...(c.comment ? { comment: c.comment } : {}) })),
    })),
    views: desired.tables.flatMap((t) => [
      { schema: t.schema, name: t.view.name, columns: t.columns.map((c) => c.name), comment: t.view.comment },
      ...(t.shares ?? []).map((s) => ({ schema: t.schema, name: s.view, columns: [...s.columns], comment: s.comment })),
    ]),
    roles: desired.roles.map((r) => r.role),
    grants: desired.grants.map((g) => ({ schema: g.schema, object: g.object, role: g.role, privilege: g.privilege })),
    managed: desired.tables.map((t) => ({ schema: t.schema, table: t.name, productId: t.productId, port: t.port })),
  };
}
