import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { buildDesiredState, checkCatalog, type DataProduct, type DesiredState, type Engine } from '@meshplane/core';
import { loadRepository } from '@meshplane/source';
import { buildMeshFiles, buildPostgresUrl, makeTempRepo, REPO_ROOT } from '@meshplane/testkit';
import { openDuckdbDriver, openPostgresDriver, type PlatformDriver } from '@meshplane/platform';
import { createTestCatalog, openTrinoAs, openTrinoTestDriver, TRINO_MISSING } from './trino-fixtures.js';

/** A fresh, empty platform of each engine: a DuckDB file, or a new database on the tests' PostgreSQL server. */
export interface TestPlatform {
  driver: PlatformDriver;
  /** Runs SQL directly on the platform (as the superuser on PostgreSQL), to seed rows or change things by hand. */
  sql(statement: string): Promise<Record<string, unknown>[]>;
  /** The connection string of this database, as another user (PostgreSQL only). */
  urlAs(user: string, password: string): string;
  /** A second driver on the same platform (for concurrent applies). */
  reopen(): Promise<PlatformDriver>;
  close(): Promise<void>;
}

export const ENGINES: Engine[] = ['duckdb', 'postgres', 'trino'];

/** Why an engine's tests skip here: only Trino, and only without a Java 24+ JDK to run it. */
export function explainSkip(engine: Engine): string | undefined {
  return engine === 'trino' && TRINO_MISSING ? `skipped: ${TRINO_MISSING}` : undefined;
}

/** A timestamp literal in UTC: Trino spells it `TIMESTAMP '… UTC'`, the others take `TIMESTAMPTZ '…+00'`. */
export function timestampLiteral(engine: Engine, at: string): string {
  return engine === 'trino' ? `TIMESTAMP '${at} UTC'` : `TIMESTAMPTZ '${at}+00'`;
}

/** Opens an empty platform for `engine`. */
export async function openTestPlatform(engine: Engine): Promise<TestPlatform> {
  if (engine === 'duckdb') {
    const path = join(mkdtempSync(join(tmpdir(), 'meshplane-duck-')), 'mesh.duckdb');
    const driver = await openDuckdbDriver({ path });
    return {
      driver,
      // DuckDB allows one writer per file: hand-made changes go through the driver's own connection.
      sql: (statement) => driver.query(statement),
      urlAs: () => {
        throw new Error('DuckDB has no logins');
      },
      reopen: () => openDuckdbDriver({ path }),
      close: () => driver.close(),
    };
  }
  if (engine === 'trino') {
    const catalog = await createTestCatalog();
    const driver = await openTrinoTestDriver(catalog);
    const direct = await openTrinoAs(catalog, 'admin', { admin: true });
    return {
      driver,
      sql: (statement) => direct.run(statement),
      urlAs: () => {
        throw new Error('Trino logins are sessions: use openTrinoAs');
      },
      reopen: () => openTrinoTestDriver(catalog),
      close: () => driver.close(),
    };
  }
  const port = inject('postgresPort');
  const database = await createTestDatabase('t');
  const url = buildPostgresUrl(port, { database });
  const driver = await openPostgresDriver({ connectionString: url });
  const direct = new pg.Client({ connectionString: url });
  await direct.connect();
  return {
    driver,
    sql: async (statement) => (await direct.query(statement)).rows as Record<string, unknown>[],
    urlAs: (user, password) => buildPostgresUrl(port, { user, password, database }),
    reopen: () => openPostgresDriver({ connectionString: url }),
    close: async () => {
      await driver.close();
      await direct.end();
    },
  };
}

/** A new, empty database on the tests' PostgreSQL server, named `<prefix>_<random>`. */
export async function createTestDatabase(prefix: string): Promise<string> {
  const database = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: buildPostgresUrl(inject('postgresPort')) });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  return database;
}

/** The desired state of a catalog given as products (plus the builder's teams and domain). */
export function desiredFrom(engine: Engine, products: DataProduct[], today = '2026-11-22', extra: Record<string, string> = {}): DesiredState {
  const repo = makeTempRepo({ ...buildMeshFiles(products), ...extra });
  const { index, report } = checkCatalog(loadRepository(repo.dir), { root: repo.dir, toolVersion: 'test' });
  const errors = report.findings.filter((f) => f.severity === 'error');
  if (errors.length) throw new Error(`test catalog is invalid: ${errors.map((f) => `${f.file}:${f.line} ${f.message}`).join('; ')}`);
  return buildDesiredState(index, { engine, today });
}

/** The desired state of the example mesh (Daff, Inc.). */
export function desiredExample(engine: Engine, today = '2026-11-22'): DesiredState {
  const { index } = checkCatalog(loadRepository(REPO_ROOT), { root: REPO_ROOT, toolVersion: 'test' });
  return buildDesiredState(index, { engine, today });
}

export const APPLY = { commit: 'c0ffee', bundleDigest: 'sha256:test', toolVersion: 'test' } as const;
