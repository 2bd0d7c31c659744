import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@meshplane/testkit';
import { openDuckdbDriver, PlatformError } from '@meshplane/platform';
import { openTestPlatform } from './platform-fixtures.js';
import { createTestCatalog, openTrinoAs, openTrinoTestDriver, TRINO_MISSING } from './trino-fixtures.js';

describe('an apply that cannot get the lock', () => {
  it('on PostgreSQL waits for the advisory lock, then fails with "locked" and a clear message', async () => {
    const p = await openTestPlatform('postgres');
    const other = await p.reopen();
    try {
      let release: () => void = () => undefined;
      const held = other.withApplyLock(1000, () => new Promise<void>((resolve) => (release = resolve)));
      await new Promise((r) => setTimeout(r, 200));
      const started = Date.now();
      const error = await p.driver.withApplyLock(700, async () => 'ran').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PlatformError);
      expect((error as PlatformError).code).toBe('locked');
      expect((error as Error).message).toMatch(/^Another apply holds Meshplane's lock on 127\.0\.0\.1:\d+\/t_\w+; waited 700 ms\. Try again when it ends\.$/);
      expect(Date.now() - started).toBeGreaterThanOrEqual(600);
      release();
      await held;
      expect(await p.driver.withApplyLock(700, async () => 'ran')).toBe('ran');
    } finally {
      await other.close();
      await p.close();
    }
  });

  it('on DuckDB waits while another process holds the file, then fails with "locked"', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'meshplane-lock-')), 'mesh.duckdb');
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { DuckDBInstance } from '@duckdb/node-api'; await DuckDBInstance.create(${JSON.stringify(path)}); console.log('holding'); setTimeout(() => {}, 20000);`,
      ],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve) => holder.stdout?.on('data', (d: Buffer) => d.toString().includes('holding') && resolve()));
      const error = await openDuckdbDriver({ path, lockTimeoutMs: 500 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PlatformError);
      expect((error as PlatformError).code).toBe('locked');
      expect((error as Error).message).toContain(`Another process holds the DuckDB file ${path}`);
    } finally {
      holder.kill('SIGKILL');
    }
    await new Promise((r) => setTimeout(r, 300));
    const driver = await openDuckdbDriver({ path, lockTimeoutMs: 5000 });
    await driver.close();
  });

  it.skipIf(TRINO_MISSING !== undefined)(
    `on Trino waits while another apply holds the lock table, fails with "locked", and takes over a lock whose lease ran out${TRINO_MISSING ? ` — skipped: ${TRINO_MISSING}` : ''}`,
    async () => {
      const catalog = await createTestCatalog('lock');
      const [holder, waiter] = [await openTrinoTestDriver(catalog), await openTrinoTestDriver(catalog)];
      let release: () => void = () => undefined;
      const held = holder.withApplyLock(1000, () => new Promise<void>((resolve) => (release = resolve)));
      await new Promise((r) => setTimeout(r, 1500));
      const error = await waiter.withApplyLock(700, async () => 'ran').catch((e: unknown) => e);
      expect((error as PlatformError).code).toBe('locked');
      expect((error as Error).message).toMatch(
        /^Another apply holds Meshplane's lock on Trino http:\/\/127\.0\.0\.1:\d+ catalog lock_\w+; waited 700 ms\. Try again when it ends\.$/,
      );
      release();
      await held;
      expect(await waiter.withApplyLock(700, async () => 'ran')).toBe('ran');
      // A killed apply's lock: the table is left behind with a lease that has ended.
      const admin = await openTrinoAs(catalog, 'admin', { admin: true });
      await admin.run(`CREATE TABLE meshplane_state.apply_lock (held boolean) COMMENT 'holder=killed:1:x;expires=${Date.now() - 1}'`);
      expect(await waiter.withApplyLock(700, async () => 'took over')).toBe('took over');
      expect(await admin.run(`SELECT table_name FROM information_schema.tables WHERE table_name = 'apply_lock'`)).toEqual([]);
    },
  );
});
