import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DuckDBConnection, DuckDBInstance, DuckDBValue } from '@duckdb/node-api';
import { loadDuckdb } from './load-drivers.js';
import type { ActualState, ApplyRecord, OperationGroup } from '@meshplane/core';
import { describeCause, PlatformError } from './platform-error.js';
import { readApplyRow } from './read-state-rows.js';
import type { PlatformDriver } from './platform-driver.js';
import { readDuckdbState } from './read-duckdb-state.js';
import { renderDuckdbGroupSql } from './render-duckdb-group-sql.js';
import { DUCKDB_ACCESS_DDL, INSERT_APPLY, recordManagedTables, SELECT_APPLIES, STATE_DDL } from './state-tables.js';
import type { SqlStatement } from './sql-statement.js';
import { quoteQualified } from './quote-sql.js';

export interface DuckdbOptions {
  /** A database file, or `:memory:`. */
  path: string;
  /** Open without writing: planning and drift never change the file. A missing file reads as an empty platform. */
  readOnly?: boolean;
  /** How long to wait while another process holds the file. */
  lockTimeoutMs?: number;
}

/** Serialises applies inside one process (DuckDB's file lock serialises processes). */
const inProcess = new Map<string, Promise<unknown>>();

/**
 * Opens the embedded DuckDB platform. The file itself is the lock between processes: DuckDB lets one process open
 * it for writing, so a second apply waits here (up to `lockTimeoutMs`) and then fails with `locked`.
 */
export async function openDuckdbDriver(options: DuckdbOptions): Promise<PlatformDriver> {
  const { path } = options;
  if (options.readOnly && path !== ':memory:' && !existsSync(path)) return emptyDriver(path);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const instance = await openWithRetry(path, options);
  const connection = await instance.connect();
  await connection.run(`SET TimeZone = 'UTC'`);
  await connection.run(`SET lock_configuration = true`);
  const run = async (statements: SqlStatement[]): Promise<void> => {
    for (const st of statements) await connection.run(st.sql, st.params as DuckDBValue[] | undefined);
  };
  return {
    engine: 'duckdb',
    enforcesGrants: false,
    location: path === ':memory:' ? 'DuckDB in memory' : `DuckDB file ${path}`,
    readActualState: (schemas) => readDuckdbState(connection, schemas),
    async withApplyLock(_timeoutMs, fn) {
      const previous = inProcess.get(path) ?? Promise.resolve();
      const mine = previous.catch(() => undefined).then(fn);
      inProcess.set(path, mine);
      return mine;
    },
    prepareState: () => run([...STATE_DDL, ...DUCKDB_ACCESS_DDL].map((sql) => ({ sql }))),
    async applyGroup(group: OperationGroup) {
      await runInTransaction(connection, group, () => run([...renderDuckdbGroupSql(group.operations), ...recordManagedTables(group.operations)]));
    },
    async recordApply(r: ApplyRecord) {
      await run([{ sql: INSERT_APPLY, params: [r.appliedAt, r.commit, r.bundleDigest, r.toolVersion, r.operations] }]);
    },
    async readApplies(limit) {
      if (!(await hasStateTable(connection))) return [];
      const rows = (await connection.runAndReadAll(SELECT_APPLIES, [limit])).getRowObjectsJson();
      return rows.map(readApplyRow);
    },
    async query(sql, params) {
      return (await connection.runAndReadAll(sql, params as DuckDBValue[] | undefined)).getRowObjectsJson() as Record<string, unknown>[];
    },
    async insertRows(schema, table, columns, rows) {
      quoteQualified(schema, table);
      const expected = (
        await connection.runAndReadAll(`SELECT column_name FROM duckdb_columns() WHERE schema_name = $1 AND table_name = $2 ORDER BY column_index`, [
          schema,
          table,
        ])
      )
        .getRows()
        .map((r) => String(r[0]));
      if (expected.join(',') !== columns.join(','))
        throw new PlatformError('apply-failed', `The columns of ${schema}.${table} are ${expected.join(', ')}, not ${columns.join(', ')}.`);
      await connection.run('BEGIN TRANSACTION');
      try {
        const appender = await connection.createAppender(table, schema);
        for (const row of rows) {
          for (const v of row) {
            if (v === null) appender.appendNull();
            else appender.appendVarchar(v);
          }
          appender.endRow();
        }
        appender.closeSync();
        await connection.run('COMMIT');
      } catch (cause) {
        await connection.run('ROLLBACK').catch(() => undefined);
        throw new PlatformError('apply-failed', `Inserting into ${schema}.${table} failed: ${describeCause(cause)}`, { cause });
      }
    },
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

async function runInTransaction(connection: DuckDBConnection, group: OperationGroup, body: () => Promise<void>): Promise<void> {
  await connection.run('BEGIN TRANSACTION');
  try {
    await body();
    await connection.run('COMMIT');
  } catch (cause) {
    await connection.run('ROLLBACK').catch(() => undefined);
    const what = group.productId ? `product ${group.productId}` : 'the shared schemas and roles';
    throw new PlatformError('apply-failed', `Applying ${what} failed and was rolled back: ${describeCause(cause)}`, { cause });
  }
}

async function openWithRetry(path: string, options: DuckdbOptions): Promise<DuckDBInstance> {
  const deadline = Date.now() + (options.lockTimeoutMs ?? 30_000);
  // No file or network access from SQL (probes run manifest-declared quality queries), timestamps in UTC, and settings
  // that no statement can change afterwards.
  const settings: Record<string, string> = {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    enable_external_access: 'false',
  };
  if (options.readOnly) settings.access_mode = 'READ_ONLY';
  for (;;) {
    try {
      return await (await loadDuckdb()).DuckDBInstance.create(path, settings);
    } catch (cause) {
      const message = describeCause(cause);
      if (!/lock/i.test(message)) throw new PlatformError('unreachable', `Cannot open the DuckDB file ${path}: ${message}`, { cause });
      if (Date.now() > deadline) {
        throw new PlatformError(
          'locked',
          `Another process holds the DuckDB file ${path} (an apply still running?). Waited ${options.lockTimeoutMs ?? 30_000} ms; try again when it ends.`,
          { cause },
        );
      }
      await sleep(200);
    }
  }
}

export async function hasStateTable(connection: DuckDBConnection): Promise<boolean> {
  const rows = (
    await connection.runAndReadAll(`SELECT count(*) AS n FROM duckdb_tables() WHERE schema_name = 'meshplane_state' AND table_name = 'managed_tables'`)
  ).getRowObjectsJson();
  return Number(rows[0]?.n ?? 0) > 0;
}

/** A platform that does not exist yet: planning against it plans everything. */
function emptyDriver(path: string): PlatformDriver {
  const refuse = (): never => {
    throw new PlatformError('config', `The DuckDB file ${path} was opened read-only and does not exist.`);
  };
  return {
    engine: 'duckdb',
    enforcesGrants: false,
    location: `DuckDB file ${path} (not created yet)`,
    readActualState: async (): Promise<ActualState> => ({ schemas: [], tables: [], views: [], roles: [], grants: [], managed: [] }),
    withApplyLock: async (_t, fn) => fn(),
    prepareState: async () => refuse(),
    applyGroup: async () => refuse(),
    recordApply: async () => refuse(),
    readApplies: async () => [],
    query: async () => refuse(),
    insertRows: async () => refuse(),
    close: async () => undefined,
  };
}
