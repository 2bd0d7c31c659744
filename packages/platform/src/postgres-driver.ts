import { loadPg } from './load-drivers.js';
import type { ApplyRecord, OperationGroup } from '@meshplane/core';
import { describeCause, PlatformError } from './platform-error.js';
import { readApplyRow } from './read-state-rows.js';
import type { PlatformDriver } from './platform-driver.js';
import { readPostgresState } from './read-postgres-state.js';
import { renderOperationSql } from './render-operation-sql.js';
import { quoteIdent, quoteQualified } from './quote-sql.js';
import { INSERT_APPLY, recordManagedTables, SELECT_APPLIES, STATE_DDL } from './state-tables.js';

export interface PostgresOptions {
  connectionString: string;
  /** How long one statement may wait for a table lock before the product's transaction gives up (default 10 s). */
  statementLockTimeoutMs?: number;
  connectTimeoutMs?: number;
}

/** The advisory lock every apply takes: one apply at a time per database, released when its session ends. */
const APPLY_LOCK = 0x6d65_7368;

/**
 * Opens a PostgreSQL platform: one session, one transaction per product (PostgreSQL's DDL is transactional, so a
 * failure leaves that product as it was), and a session-level advisory lock around applies — tied to the session, so
 * a killed apply never leaves a stuck lock.
 */
export async function openPostgresDriver(options: PostgresOptions): Promise<PlatformDriver> {
  const client = new (await loadPg()).Client({
    connectionString: options.connectionString,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    application_name: 'meshplane',
  });
  const location = describeLocation(options.connectionString);
  let lost: unknown;
  client.on('error', (e) => (lost = e));
  try {
    await client.connect();
    await client.query(`SET standard_conforming_strings = on`);
    await client.query(`SET TIME ZONE 'UTC'`);
  } catch (cause) {
    await client.end().catch(() => undefined);
    throw new PlatformError('unreachable', `Cannot connect to PostgreSQL at ${location}: ${describeCause(cause)}`, { cause });
  }
  const fail = (cause: unknown, what: string): PlatformError => {
    if (cause instanceof PlatformError) return cause;
    const gone = lost !== undefined || /terminat|Connection|ECONNRESET|EPIPE|not queryable/i.test(describeCause(cause));
    return gone
      ? new PlatformError(
          'connection-lost',
          `The connection to PostgreSQL at ${location} was lost while ${what}; nothing of that step was committed. Run the apply again.`,
          { cause },
        )
      : new PlatformError('apply-failed', `${what[0]?.toUpperCase()}${what.slice(1)} failed and was rolled back: ${describeCause(cause)}`, { cause });
  };
  return {
    engine: 'postgres',
    enforcesGrants: true,
    location,
    readActualState: (schemas) => readPostgresState(client, schemas),
    async withApplyLock(timeoutMs, fn) {
      try {
        await client.query(`SET lock_timeout = ${Math.max(1, Math.round(timeoutMs))}`);
        await client.query('SELECT pg_advisory_lock($1)', [APPLY_LOCK]);
        await client.query('SET lock_timeout = 0');
      } catch (cause) {
        if ((cause as { code?: string }).code === '55P03') {
          throw new PlatformError('locked', `Another apply holds Meshplane's lock on ${location}; waited ${timeoutMs} ms. Try again when it ends.`, { cause });
        }
        throw fail(cause, 'taking the apply lock');
      }
      try {
        return await fn();
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [APPLY_LOCK]).catch(() => undefined);
      }
    },
    async prepareState() {
      try {
        for (const sql of STATE_DDL) await client.query(sql);
      } catch (cause) {
        throw fail(cause, "creating Meshplane's state schema");
      }
    },
    async applyGroup(group: OperationGroup) {
      const what = group.productId ? `applying product ${group.productId}` : 'applying the shared schemas and roles';
      try {
        await client.query('BEGIN');
        await client.query(`SET LOCAL lock_timeout = ${options.statementLockTimeoutMs ?? 10_000}`);
        for (const st of [...group.operations.flatMap((op) => renderOperationSql('postgres', op)), ...recordManagedTables(group.operations)]) {
          await client.query(st.sql, st.params);
        }
        await client.query('COMMIT');
      } catch (cause) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw fail(cause, what);
      }
    },
    async recordApply(r: ApplyRecord) {
      await client.query(INSERT_APPLY, [r.appliedAt, r.commit, r.bundleDigest, r.toolVersion, r.operations]);
    },
    async readApplies(limit) {
      const exists = await client.query(`SELECT to_regclass('meshplane_state.applies') IS NOT NULL AS ok`);
      if (!exists.rows[0]?.ok) return [];
      const rows = (await client.query(SELECT_APPLIES, [limit])).rows as Record<string, unknown>[];
      return rows.map(readApplyRow);
    },
    async query(sql, params, queryOptions) {
      if (!queryOptions?.readOnly) return (await client.query(sql, params)).rows as Record<string, unknown>[];
      await client.query(`BEGIN READ ONLY`);
      try {
        await client.query(`SET LOCAL statement_timeout = 30000`);
        return (await client.query(sql, params)).rows as Record<string, unknown>[];
      } finally {
        await client.query('ROLLBACK').catch(() => undefined);
      }
    },
    async insertRows(schema, table, columns, rows) {
      const names = columns.map(quoteIdent).join(', ');
      const per = Math.max(1, Math.floor(30_000 / Math.max(1, columns.length)));
      try {
        await client.query('BEGIN');
        for (let i = 0; i < rows.length; i += per) {
          const chunk = rows.slice(i, i + per);
          let p = 0;
          const values = chunk.map(() => `(${columns.map(() => `$${++p}`).join(', ')})`).join(', ');
          await client.query(`INSERT INTO ${quoteQualified(schema, table)} (${names}) VALUES ${values}`, chunk.flat());
        }
        await client.query('COMMIT');
      } catch (cause) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw fail(cause, `inserting into ${schema}.${table}`);
      }
    },
    async close() {
      await client.end().catch(() => undefined);
    },
  };
}

/** `host:port/database` of a connection string, without the user's password. */
export function describeLocation(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.hostname}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return 'the configured database';
  }
}
