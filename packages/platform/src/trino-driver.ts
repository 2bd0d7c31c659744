import type { ApplyRecord, OperationGroup } from '@meshplane/core';
import { describeCause, PlatformError } from './platform-error.js';
import type { PlatformDriver } from './platform-driver.js';
import { quoteQualified } from './quote-sql.js';
import { bindTrinoParameters } from './quote-trino-sql.js';
import { readApplyRow } from './read-state-rows.js';
import { readTrinoState } from './read-trino-state.js';
import { renderTrinoGroupSql } from './render-trino-group-sql.js';
import { renderTrinoInsert } from './render-trino-insert.js';
import { withTrinoApplyLock, type TrinoLockHandle } from './trino-apply-lock.js';
import { checkTrinoCatalog } from './check-trino-catalog.js';
import { openTrinoSession, type TrinoConnection, type TrinoSession } from './trino-session.js';
import { applyTrinoStatements } from './apply-trino-group.js';
import { INSERT_TRINO_APPLY, renderManagedRows, SELECT_TRINO_APPLIES, TRINO_STATE_DDL } from './trino-state-tables.js';

export interface TrinoOptions extends TrinoConnection {
  /** The apply lock's lease (default 30 s): how long a killed apply's lock blocks the next one. */
  lockLeaseMs?: number;
}

/** Statements a read-only query may start with: probes run manifest-declared SQL, which must not change anything. */
const READ_ONLY = /^\s*(SELECT|WITH|VALUES|SHOW|DESCRIBE|EXPLAIN)\b/i;

/**
 * Opens a Trino platform on one Hive catalog with SQL-standard security. Trino has no multi-statement transactions on
 * Hive, so a product is applied statement by statement, each safe to run again, under a lease lock (a table in
 * `meshplane_state`); a failure stops the apply with the product and step named, and a re-run plans from what the
 * catalog holds and finishes. Refuses, before anything is changed, a catalog that cannot enforce grants.
 */
export async function openTrinoDriver(options: TrinoOptions): Promise<PlatformDriver> {
  const session = openTrinoSession(options);
  await checkTrinoCatalog(session, options.catalog);
  let lock: TrinoLockHandle | undefined;
  /** Groups whose new tables prepareGroups already recorded. */
  const recorded = new WeakSet<OperationGroup>();
  let closed = false;
  const run = async (sql: string): Promise<Record<string, unknown>[]> => {
    if (closed) throw new PlatformError('connection-lost', `The Trino session to ${session.location} is closed.`);
    return session.run(sql);
  };
  const guarded: TrinoSession = { location: session.location, run };
  return {
    engine: 'trino',
    enforcesGrants: true,
    location: session.location,
    readActualState: (schemas) => readTrinoState(guarded, options.catalog, schemas),
    withApplyLock: (timeoutMs, fn) =>
      withTrinoApplyLock(guarded, { catalog: options.catalog, timeoutMs, ...(options.lockLeaseMs ? { leaseMs: options.lockLeaseMs } : {}) }, async (handle) => {
        lock = handle;
        try {
          return await fn();
        } finally {
          lock = undefined;
        }
      }),
    async prepareState() {
      for (const sql of TRINO_STATE_DDL) await runStep(guarded, sql, "creating Meshplane's state schema");
    },
    async prepareGroups(groups: OperationGroup[]) {
      const at = new Date().toISOString();
      // Rendering checks every name: an unsafe one is refused before anything of the apply is sent.
      for (const g of groups) renderTrinoGroupSql(options.catalog, g.operations, { at, recorded: true });
      const creates = groups.flatMap((g) => g.operations.filter((op) => op.kind === 'create-table'));
      for (let i = 0; i < creates.length; i += 500) {
        const { created } = renderManagedRows(creates.slice(i, i + 500), at);
        if (created) await runStep(guarded, created, 'recording the tables this apply creates');
      }
      for (const g of groups) recorded.add(g);
    },
    async applyGroup(group: OperationGroup) {
      lock?.assertHeld();
      const what = group.productId ? `product ${group.productId}` : 'the shared schemas and roles';
      const statements = renderTrinoGroupSql(options.catalog, group.operations, { at: new Date().toISOString(), recorded: recorded.has(group) });
      await applyTrinoStatements(guarded, statements, what);
    },
    async recordApply(r: ApplyRecord) {
      await runStep(
        guarded,
        bindTrinoParameters(INSERT_TRINO_APPLY, [r.appliedAt, r.commit, r.bundleDigest, r.toolVersion, r.operations]),
        'recording the apply',
      );
    },
    async readApplies(limit) {
      const ready = await run(`SELECT 1 FROM information_schema.tables WHERE table_schema = 'meshplane_state' AND table_name = 'applies'`);
      if (!ready.length) return [];
      return (await run(bindTrinoParameters(SELECT_TRINO_APPLIES, [limit]))).map(readApplyRow);
    },
    async query(sql, params, queryOptions) {
      if (queryOptions?.readOnly && !READ_ONLY.test(sql)) {
        throw new PlatformError('apply-failed', `A read-only query on Trino must be a SELECT: ${sql.slice(0, 80)}`);
      }
      return run(bindTrinoParameters(sql, params ?? []));
    },
    async insertRows(schema, table, columns, rows) {
      quoteQualified(schema, table);
      const types = await run(
        bindTrinoParameters(
          `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position`,
          [schema, table],
        ),
      );
      if (types.map((t) => String(t.column_name)).join(',') !== columns.join(',')) {
        throw new PlatformError(
          'apply-failed',
          `The columns of ${schema}.${table} are ${types.map((t) => String(t.column_name)).join(', ')}, not ${columns.join(', ')}.`,
        );
      }
      for (let i = 0; i < rows.length; i += 500) {
        const sql = renderTrinoInsert(
          schema,
          table,
          types.map((t) => ({ name: String(t.column_name), type: String(t.data_type) })),
          rows.slice(i, i + 500),
        );
        await runStep(guarded, sql, `inserting into ${schema}.${table}`);
      }
    },
    async close() {
      closed = true;
    },
  };
}

async function runStep(session: TrinoSession, sql: string, what: string): Promise<void> {
  try {
    await session.run(sql);
  } catch (cause) {
    if (cause instanceof PlatformError) throw cause;
    throw new PlatformError('apply-failed', `${what[0]?.toUpperCase()}${what.slice(1)} on ${session.location} failed: ${describeCause(cause)}`, { cause });
  }
}
