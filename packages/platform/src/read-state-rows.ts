import type { ApplyRecord, ColumnState, ManagedTable } from '@meshplane/core';

/** A row as both engines' clients hand it back. */
export type Row = Record<string, unknown>;

const text = (v: unknown): string | undefined => (v === null || v === undefined ? undefined : String(v));

/** Catalog rows (`schema_name`, `table_name`, `column_name`, `data_type`, `is_nullable`, `comment`) as columns per `schema.table`. */
export function groupColumns(rows: Row[]): Map<string, ColumnState[]> {
  const out = new Map<string, ColumnState[]>();
  for (const r of rows) {
    const key = `${String(r.schema_name)}.${String(r.table_name)}`;
    const comment = text(r.comment);
    const col: ColumnState = { name: String(r.column_name), type: String(r.data_type), nullable: r.is_nullable === true, ...(comment ? { comment } : {}) };
    const list = out.get(key);
    if (list) list.push(col);
    else out.set(key, [col]);
  }
  return out;
}

/** A row of `meshplane_state.managed_tables`. */
export function readManagedRow(r: Row): ManagedTable {
  return { schema: String(r.schema_name), table: String(r.table_name), productId: String(r.product_id), port: String(r.port) };
}

/** A row of `meshplane_state.applies`. */
export function readApplyRow(r: Row): ApplyRecord {
  return {
    appliedAt: String(r.applied_at),
    commit: String(r.commit_sha),
    bundleDigest: String(r.bundle_digest),
    toolVersion: String(r.tool_version),
    operations: Number(r.operations),
  };
}

/** A comment column: absent rather than null. */
export function readComment(v: unknown): string | undefined {
  return text(v);
}
