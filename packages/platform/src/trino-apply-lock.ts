import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { STATE_SCHEMA } from '@meshplane/core';
import { PlatformError } from './platform-error.js';
import { quoteTrinoValue } from './quote-trino-sql.js';
import { TrinoQueryError, type TrinoSession } from './trino-session.js';

const LOCK = `"${STATE_SCHEMA}"."apply_lock"`;

/** The apply lock on one catalog, and whether it is still this process's. */
export interface TrinoLockHandle {
  /** Throws `locked` when the lease ran out and another apply took the lock (a paused or partitioned process). */
  assertHeld(): void;
}

export interface TrinoLockOptions {
  catalog: string;
  timeoutMs: number;
  /** How long a lock lives without being renewed (default 30 s): a killed apply's lock is taken over after it. */
  leaseMs?: number;
}

/**
 * Trino has no advisory locks, but creating a table is atomic in the Hive metastore: the apply lock is the table
 * `meshplane_state.apply_lock`, whose comment names its holder and when its lease ends. The holder renews the lease a
 * few times per lease; a waiter that finds it expired (the holder was killed) drops it and takes it. A holder that
 * finds its lock gone or taken stops at the next product.
 */
export async function withTrinoApplyLock<T>(session: TrinoSession, options: TrinoLockOptions, fn: (lock: TrinoLockHandle) => Promise<T>): Promise<T> {
  const leaseMs = options.leaseMs ?? 30_000;
  const holder = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const stamp = (): string => quoteTrinoValue(`holder=${holder};expires=${Date.now() + leaseMs}`);
  await session.run(`CREATE SCHEMA IF NOT EXISTS "${STATE_SCHEMA}"`);
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    if (await tryCreate(session, stamp())) break;
    const current = await readLock(session, options.catalog);
    if (current && current.expires < Date.now()) {
      await session.run(`DROP TABLE IF EXISTS ${LOCK}`);
      continue;
    }
    if (Date.now() > deadline) {
      throw new PlatformError('locked', `Another apply holds Meshplane's lock on ${session.location}; waited ${options.timeoutMs} ms. Try again when it ends.`);
    }
    await sleep(Math.min(500, Math.max(50, deadline - Date.now())));
  }
  let lost = false;
  const renew = async (): Promise<void> => {
    const current = await readLock(session, options.catalog).catch(() => undefined);
    if (current?.holder !== holder) lost = true;
    else await session.run(`COMMENT ON TABLE ${LOCK} IS ${stamp()}`).catch(() => undefined);
  };
  let renewing = Promise.resolve();
  const timer = setInterval(() => (renewing = renewing.then(renew)), Math.max(200, Math.floor(leaseMs / 3)));
  try {
    return await fn({
      assertHeld() {
        if (lost) throw new PlatformError('locked', `Meshplane's lock on ${session.location} expired and was taken by another apply; run the apply again.`);
      },
    });
  } finally {
    clearInterval(timer);
    await renewing;
    if ((await readLock(session, options.catalog).catch(() => undefined))?.holder === holder)
      await session.run(`DROP TABLE IF EXISTS ${LOCK}`).catch(() => undefined);
  }
}

async function tryCreate(session: TrinoSession, comment: string): Promise<boolean> {
  try {
    await session.run(`CREATE TABLE ${LOCK} (held boolean) COMMENT ${comment}`);
    return true;
  } catch (cause) {
    if (cause instanceof TrinoQueryError && cause.errorName === 'TABLE_ALREADY_EXISTS') return false;
    throw cause;
  }
}

async function readLock(session: TrinoSession, catalog: string): Promise<{ holder: string; expires: number } | undefined> {
  const rows = await session.run(
    `SELECT comment FROM system.metadata.table_comments WHERE catalog_name = ${quoteTrinoValue(catalog)} AND schema_name = '${STATE_SCHEMA}' AND table_name = 'apply_lock'`,
  );
  if (!rows.length) return undefined;
  const m = /^holder=(.*);expires=(\d+)$/.exec(String(rows[0]?.comment ?? ''));
  // A lock table without a readable comment was left by a kill between CREATE and COMMENT: treat it as expired.
  return m ? { holder: m[1] ?? '', expires: Number(m[2]) } : { holder: '', expires: 0 };
}
