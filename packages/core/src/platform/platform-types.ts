/** The engines Meshplane provisions. */
export type Engine = 'duckdb' | 'postgres' | 'trino';

/**
 * A privilege: Meshplane grants USAGE on schemas and SELECT, INSERT, UPDATE, DELETE on tables and views; anything
 * else found on a managed object (TRUNCATE, CREATE… granted by hand) is read too, so it can be revoked.
 */
export type Privilege = 'USAGE' | 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE' | (string & {});

/** A column as the engine reports it. `type` is the engine's own spelling, lower-cased (`timestamp with time zone`). */
export interface ColumnState {
  name: string;
  type: string;
  nullable: boolean;
  comment?: string;
}

/** A table as the engine's catalog describes it. */
export interface TableState {
  schema: string;
  name: string;
  columns: ColumnState[];
  primaryKey: string[];
  comment?: string;
}

/** A view: only its columns and comment are compared. */
export interface ViewState {
  schema: string;
  name: string;
  columns: string[];
  comment?: string;
}

/** One privilege of one role on a schema (`object` empty) or on a table or view. `PUBLIC` is a role here. */
export interface GrantState {
  schema: string;
  object: string;
  role: string;
  privilege: Privilege;
}

/** One finished apply, as the state table records it. */
export interface ApplyRecord {
  appliedAt: string;
  commit: string;
  bundleDigest: string;
  toolVersion: string;
  operations: number;
}

/** A table Meshplane created for a product, as the state table remembers it (so a removed product is still known). */
export interface ManagedTable {
  schema: string;
  table: string;
  productId: string;
  port: string;
}

/** What the platform holds, read from the engine's own catalog. */
export interface ActualState {
  schemas: string[];
  tables: TableState[];
  views: ViewState[];
  roles: string[];
  grants: GrantState[];
  /** Tables the state table says Meshplane created. */
  managed: ManagedTable[];
}

/** A column Meshplane wants: the engine's reported type to compare, and the DDL type to create it with. */
export interface DesiredColumn {
  name: string;
  /** The manifest's logical type, such as `decimal(18,2)`. */
  logical: string;
  type: string;
  ddlType: string;
  nullable: boolean;
  comment?: string;
}

/** One output port of kind `table`, as it should exist. */
export interface DesiredTable {
  productId: string;
  port: string;
  schema: string;
  name: string;
  columns: DesiredColumn[];
  primaryKey: string[];
  comment: string;
  /** The "latest" view: the rows of the newest processing time. */
  view: { name: string; processingTime: string; comment: string };
  /** Where in the manifest the port is, for messages. */
  file: string;
  lifecycle: string;
  /** Views of some columns, one per team whose agreements share only those (each team reads its view, not the table). */
  shares?: DesiredShare[];
}

/** A column-limited share of a table: a view of the agreed columns that only the consumer team's role may read. */
export interface DesiredShare {
  view: string;
  team: string;
  role: string;
  columns: string[];
  comment: string;
}

/** A retired product's table: dropped only when `dropAllowed` (retention passed, nobody reads it). */
export interface RetiredTable {
  productId: string;
  schema: string;
  name: string;
  view: string;
  dropAllowed: boolean;
  reason: string;
}

/** What the catalog says the platform should hold. */
export interface DesiredState {
  engine: Engine;
  schemas: string[];
  /** Team roles, by role name. */
  roles: { role: string; team: string }[];
  tables: DesiredTable[];
  retired: RetiredTable[];
  grants: (GrantState & { productId?: string })[];
  /**
   * Tables (`schema.table`) of products whose manifests have errors: they are not planned this time, and neither
   * orphaned nor touched — a typo must not look like a removal.
   */
  held: string[];
}
