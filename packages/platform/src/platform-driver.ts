import type { ActualState, ApplyRecord, Engine, OperationGroup } from '@meshplane/core';

/**
 * The port every platform engine implements. The planner is shared; a driver only reads its engine's catalog, runs a
 * group of operations in one transaction, and serialises applies.
 */
export interface PlatformDriver {
  readonly engine: Engine;
  /** False on DuckDB: it has no users or GRANT, so grants are recorded, not enforced. */
  readonly enforcesGrants: boolean;
  /** Where the platform is, for messages (never a password). */
  readonly location: string;
  /** The engine's own catalog for these schemas and those Meshplane recorded, plus roles and grants. */
  readActualState(schemas: string[]): Promise<ActualState>;
  /** Runs `fn` holding the apply lock; waits up to `timeoutMs` for another apply to finish, then fails with `locked`. */
  withApplyLock<T>(timeoutMs: number, fn: () => Promise<T>): Promise<T>;
  /** Creates Meshplane's state schema when missing. */
  prepareState(): Promise<void>;
  /**
   * Optional: called once with every group of an apply before the first runs. Trino records the tables it is about to
   * create here in one statement, since it has no transaction to record them in with each product.
   */
  prepareGroups?(groups: OperationGroup[]): Promise<void>;
  /** Runs one product's (or the shared) operations in one transaction, recording the tables it creates. */
  applyGroup(group: OperationGroup): Promise<void>;
  recordApply(record: ApplyRecord): Promise<void>;
  /** Finished applies, newest first. */
  readApplies(limit: number): Promise<ApplyRecord[]>;
  /**
   * Runs one statement with bind parameters (SLO probes, seeding, inspection). `readOnly` runs it in a read-only
   * transaction with a time limit on PostgreSQL (probes run manifest-declared quality queries); DuckDB never has
   * external access (files, network) in Meshplane's connections.
   */
  query(sql: string, params?: (string | number | null)[], options?: { readOnly?: boolean }): Promise<Record<string, unknown>[]>;
  /**
   * Inserts rows given as text (the engine casts each to its column's type), in one transaction: DuckDB's appender,
   * PostgreSQL's multi-row INSERT with bind parameters. For seeding demo data and tests.
   */
  insertRows(schema: string, table: string, columns: string[], rows: (string | null)[][]): Promise<void>;
  close(): Promise<void>;
}
