import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Engine } from '@meshplane/core';
import { buildPostgresUrl, commitAll, copyExampleMesh, runMesh, startMesh, type TempRepo } from '@meshplane/testkit';
import { createTestDatabase, ENGINES } from './platform-fixtures.js';

// Trino's runs of the CLI (an apply killed half way, its faults) are in trino-cli.test.ts: each example-mesh apply on
// Trino takes a minute, so only what the driver contract cannot show runs there.
const CLI_ENGINES = ENGINES.filter((e) => e !== 'trino');

const TODAY = ['--today', '2026-11-22'];

/** The example mesh as a git repository, configured for `engine` (PostgreSQL: a fresh database, URL in the environment). */
async function prepareRepo(engine: Engine): Promise<{ repo: TempRepo; env: Record<string, string>; database?: string }> {
  const repo = copyExampleMesh({ policies: true });
  if (engine === 'duckdb') {
    commitAll(repo.dir);
    return { repo, env: {} };
  }
  const port = inject('postgresPort');
  const database = await createTestDatabase('cli');
  writeFileSync(
    join(repo.dir, '.github/meshplane.yml'),
    'apiVersion: meshplane/v1\nkind: Config\nplatform:\n  driver: postgres\n  connectionEnv: DAFF_MESH_DB\n',
  );
  commitAll(repo.dir);
  return { repo, env: { DAFF_MESH_DB: buildPostgresUrl(port, { database }) }, database };
}

describe.each(CLI_ENGINES)('mesh plan / apply / drift / state on %s', (engine: Engine) => {
  let repo: TempRepo;
  let env: Record<string, string>;
  let database: string | undefined;
  beforeAll(async () => {
    ({ repo, env, database } = await prepareRepo(engine));
  });
  afterAll(() => repo.remove());
  const mesh = (...args: string[]) => runMesh([...args, ...TODAY], { cwd: repo.dir, env, timeoutMs: 120_000 });

  it('survives an apply killed half way: the re-run converges and the next plan is empty', async () => {
    const first = startMesh(['apply', ...TODAY], { cwd: repo.dir, env });
    await first.waitFor('[4/');
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    const partial = mesh('plan', '--format', 'json');
    expect(JSON.parse(partial.stdout).operations.length).toBeGreaterThan(0);
    const again = mesh('apply');
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/^\[1\/\d+\] /m);
    const plan = mesh('plan');
    expect(plan.stdout).toContain('No changes: the platform matches the catalog.');
    expect(plan.status).toBe(0);
  });

  it('reports a hand-made change as drift (exit 1) until the next apply repairs it', async () => {
    expect(mesh('drift').status).toBe(0);
    await runSql(engine, repo, env, `COMMENT ON TABLE podcast.podcast_listeners__daily_listeners IS 'changed by hand'`);
    const drift = mesh('drift');
    expect(drift.status).toBe(1);
    expect(drift.stdout).toMatch(/^Drift: .* differs from the catalog at [0-9a-f]{12}/);
    expect(drift.stdout).toContain('~ comment on table podcast.podcast_listeners__daily_listeners');
    expect(mesh('apply').status).toBe(0);
    expect(mesh('drift').status).toBe(0);
  });

  it('keeps a deleted product as an orphan with its data, and says so', async () => {
    const table = 'marketing.artists_regional_popularity__weekly_popularity';
    await runSql(
      engine,
      repo,
      env,
      `INSERT INTO ${table} (week_start, artist_id, country_code, region_code, listeners, streams, share_of_region_streams, rank_in_region, processed_at)
       VALUES (DATE '2026-11-16', 'a1', 'SE', 'SE-AB', 120, 900, 0.1, 1, TIMESTAMPTZ '2026-11-17 03:00:00+00')`,
    );
    rmSync(join(repo.dir, 'catalog/marketing'), { recursive: true });
    const apply = mesh('apply', '--format', 'json');
    expect(apply.status).toBe(0);
    const plan = JSON.parse(apply.stdout) as { operations: { kind: string }[]; orphans: { schema: string; productId?: string }[] };
    expect(plan.operations.filter((o) => o.kind.startsWith('drop'))).toEqual([]);
    expect(plan.orphans.length).toBeGreaterThan(0);
    expect(plan.orphans.every((o) => o.schema === 'marketing' && o.productId?.startsWith('marketing.'))).toBe(true);
    expect(await runSql(engine, repo, env, `SELECT artist_id, CAST(streams AS INTEGER) AS streams FROM ${table}`)).toEqual([{ artist_id: 'a1', streams: 900 }]);
    expect(mesh('plan').stdout).toMatch(
      /Orphaned — no manifest describes these tables any more; they are kept with their rows:\n {2}\? marketing\.\w+ \(was marketing\./,
    );
    const state = mesh('state');
    expect(state.stdout).toMatch(/^Applies \(newest first\):$/m);
    expect(state.stdout).toContain(database ?? '.meshplane/mesh.duckdb');
  });
});

/** Runs SQL on the repository's platform from outside the CLI (as an operator would). */
async function runSql(engine: Engine, repo: TempRepo, env: Record<string, string>, sql: string): Promise<Record<string, unknown>[]> {
  if (engine === 'postgres') {
    const c = new pg.Client({ connectionString: env.DAFF_MESH_DB });
    await c.connect();
    try {
      return (await c.query(sql)).rows as Record<string, unknown>[];
    } finally {
      await c.end();
    }
  }
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(join(repo.dir, '.meshplane/mesh.duckdb'));
  const c = await db.connect();
  try {
    return (await c.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    c.closeSync();
    db.closeSync();
  }
}

describe.each(CLI_ENGINES)('two applies at once on %s', (engine: Engine) => {
  it('runs them one after the other: one provisions everything, the other finds nothing left to do', async () => {
    const { repo, env } = await prepareRepo(engine);
    const a = startMesh(['apply', ...TODAY], { cwd: repo.dir, env });
    const b = startMesh(['apply', ...TODAY], { cwd: repo.dir, env });
    const [ra, rb] = await Promise.all([a.exited, b.exited]);
    expect([ra.status, rb.status]).toEqual([0, 0]);
    const counts = [a.output(), b.output()].map((o) => Number(/Applied (\d+) operations/.exec(o)?.[1])).sort((x, y) => x - y);
    expect(counts[0]).toBe(0);
    expect(counts[1]).toBeGreaterThan(500);
    repo.remove();
  });
});

describe('platform faults', () => {
  it('names the missing environment variable, and never prints a connection string', () => {
    const repo = copyExampleMesh();
    writeFileSync(join(repo.dir, '.github/meshplane.yml'), 'apiVersion: meshplane/v1\nkind: Config\nplatform:\n  driver: postgres\n');
    const r = runMesh(['plan'], { cwd: repo.dir, env: { MESHPLANE_DATABASE_URL: '' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'mesh: The platform is PostgreSQL, but the environment variable MESHPLANE_DATABASE_URL (named by platform.connectionEnv) is not set.\n',
    );
    repo.remove();
  });

  it('fails with exit 2 and no password when PostgreSQL is unreachable', () => {
    const repo = copyExampleMesh();
    writeFileSync(join(repo.dir, '.github/meshplane.yml'), 'apiVersion: meshplane/v1\nkind: Config\nplatform:\n  driver: postgres\n');
    const r = runMesh(['plan'], { cwd: repo.dir, env: { MESHPLANE_DATABASE_URL: 'postgres://u:s3cret@127.0.0.1:1/mesh' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^mesh: Cannot connect to PostgreSQL at 127\.0\.0\.1:1\/mesh: /);
    expect(r.stderr).not.toContain('s3cret');
    repo.remove();
  });

  it('stops cleanly when PostgreSQL goes away mid-apply; the re-run converges', async () => {
    const { repo, env, database } = await prepareRepo('postgres');
    const run = startMesh(['apply', ...TODAY], { cwd: repo.dir, env });
    await run.waitFor('[3/');
    const admin = new pg.Client({ connectionString: buildPostgresUrl(inject('postgresPort')) });
    await admin.connect();
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'meshplane'`, [database]);
    await admin.end();
    const ended = await run.exited;
    expect(ended.status).toBe(2);
    expect(run.output()).toMatch(
      /mesh: The connection to PostgreSQL at 127\.0\.0\.1:\d+\/cli_\w+ was lost while applying product [\w.-]+; nothing of that step was committed\. Run the apply again\./,
    );
    expect(runMesh(['apply', ...TODAY], { cwd: repo.dir, env, timeoutMs: 120_000 }).status).toBe(0);
    expect(runMesh(['plan', ...TODAY], { cwd: repo.dir, env }).stdout).toContain('No changes');
    repo.remove();
  });
});
