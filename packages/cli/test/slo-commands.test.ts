import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyExampleMesh, runMesh, startMesh } from '@meshplane/testkit';

const NOW = '2026-11-22T12:00:00Z';

describe('mesh slo and mesh demo seed on the example mesh', { timeout: 300_000 }, () => {
  const repo = copyExampleMesh({ policies: true });
  afterAll(() => repo.remove());
  const mesh = (...args: string[]) => runMesh([...args, '--today', NOW.slice(0, 10)], { cwd: repo.dir, timeoutMs: 180_000 });
  const meshAt = (...args: string[]) => runMesh([...args, '--now', NOW], { cwd: repo.dir, timeoutMs: 180_000 });

  it('seeds 30 days with incidents, and shows which SLOs are ok, at risk and breached — and why', () => {
    expect(mesh('apply').status).toBe(0);
    const seed = meshAt('demo', 'seed');
    expect(seed.stderr).toBe('');
    expect(seed.stdout).toMatch(/^Seeded 30 days of demo data: \d+ rows in 31 tables, \d+ pipeline observations \(seed 42\)\.$/m);
    const status = meshAt('slo', 'status');
    expect(status.status).toBe(0);
    expect(status.stdout).toMatch(/^SLOs at 2026-11-22T12:00Z: \d+ ok, [1-9]\d* at risk, [1-9]\d* breached, 0 without data \(85 SLOs\)\.$/m);
    expect(status.stdout).toMatch(
      /^ {2}breached {2}podcast\.podcast-listeners daily-listeners\/fresh-daily \[freshness\] \d+ h( \d+ min)? \(≤ 6 h\) — objective 99\.0 % over 28 days missed: .*, budget exhausted \(\d+ % spent\); failing for \d+ h( \d+ min)? \(since 2026-11-2\dT\d\d:\d\dZ\)$/m,
    );
    expect(status.stdout).toMatch(
      /^ {2}at-risk {3}listener-session\.listener-sessions journeys\/daily-volume \[volume\] .* — burning \d+(\.\d)?× over 6 h, \d+(\.\d)?× over 1 day, \d+(\.\d)?× over 3 days; \d+ % of the budget left$/m,
    );
  });

  it('is deterministic for a seed and a clock', () => {
    const a = meshAt('slo', 'status', '--format', 'json').stdout;
    meshAt('demo', 'seed');
    expect(meshAt('slo', 'status', '--format', 'json').stdout).toBe(a);
  });

  it('writes the export the site reads: status and daily history per product', () => {
    const r = meshAt('slo', 'evaluate');
    expect(r.stdout).toContain('Wrote .meshplane/slo-status.json.');
    // The demo's stalled load spent the listeners' budget: the evaluation says which pull requests the gate holds back.
    expect(r.stdout).toMatch(
      /^Error-budget gate: a pull request that changes ([a-z-]+\.[a-z-]+, )*podcast\.podcast-listeners(, [a-z-]+\.[a-z-]+)* fails until the budget recovers, unless labelled `reliability-fix` or waived \(slo\.budget-exhausted\)\.$/m,
    );
    const exported = JSON.parse(readFileSync(join(repo.dir, '.meshplane/slo-status.json'), 'utf8'));
    const listeners = exported.products['podcast.podcast-listeners'].statuses;
    expect(listeners.map((s: { slo: string }) => s.slo).sort()).toEqual(['complete', 'daily-volume', 'fresh-daily']);
    expect(listeners[0].history).toHaveLength(30);
    expect(Object.keys(listeners[0].history[0])).toEqual(['day', 'good', 'bad', 'unknown']);
  });

  it('exports every stored observation to Parquet, readable by DuckDB', async () => {
    const r = meshAt('slo', 'export', 'out/observations.parquet');
    expect(r.stdout).toMatch(/^Wrote \d+ observations to out\/observations\.parquet\.$/m);
    const written = Number(/Wrote (\d+)/.exec(r.stdout)?.[1]);
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    const rows = (
      await c.runAndReadAll(`SELECT count(*) AS n, count(DISTINCT observation_id) AS ids FROM read_parquet('${join(repo.dir, 'out/observations.parquet')}')`)
    ).getRows();
    expect(rows[0]?.map(Number)).toEqual([written, written]);
    c.closeSync();
    db.closeSync();
  });

  it('ingests pushed observations once, refusing bad lines on their line number', () => {
    const file = join(repo.dir, 'pushed.jsonl');
    const ok = {
      observationId: 'push-1',
      productId: 'podcast.podcast-listeners',
      port: 'daily-listeners',
      slo: 'complete',
      observedAt: '2026-11-22T11:00:00Z',
      value: 99.9,
      unit: 'percent',
    };
    writeFileSync(file, [JSON.stringify(ok), '{"oops"', JSON.stringify({ ...ok, observationId: 'push-2', productId: 'podcast.unknown' })].join('\n'));
    const first = meshAt('slo', 'ingest', file);
    expect(first.status).toBe(1);
    expect(first.stdout).toContain('pushed.jsonl:2:1  error  The line is not JSON.  [observation.malformed]');
    expect(first.stdout).toContain('pushed.jsonl:3:1  error  No SLO `complete` on port `daily-listeners` of product `podcast.unknown` in the catalog.');
    expect(first.stdout).toMatch(/1 stored, 0 already stored, 2 lines refused\.$/m);
    expect(meshAt('slo', 'ingest', file).stdout).toMatch(/0 stored, 1 already stored, 2 lines refused\.$/m);
  });
});

describe('mesh slo sync-issues after mesh slo evaluate', { timeout: 300_000 }, () => {
  it('reads the evaluation export by default and plans the issues (dry run, against the local GitHub server)', async () => {
    const { startGithubServer } = await import('@meshplane/testkit');
    const server = await startGithubServer();
    const repo = copyExampleMesh({ policies: true });
    try {
      const env = { GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'daff/mesh', GITHUB_API_URL: server.url };
      const mesh = (...args: string[]) => runMesh(args, { cwd: repo.dir, timeoutMs: 180_000, env });
      expect(mesh('slo', 'sync-issues', '--site-url', 'https://mesh.daff.example').stderr).toMatch(
        /No .*\.meshplane\/slo-status\.json: run mesh slo evaluate first/,
      );
      expect(mesh('apply', '--today', NOW.slice(0, 10)).status).toBe(0);
      expect(mesh('demo', 'seed', '--now', NOW).status).toBe(0);
      expect(mesh('slo', 'evaluate', '--now', NOW).status).toBe(0);
      // The GitHub server runs in this process: the CLI must run beside it, not block it (spawnSync would).
      const run = startMesh(['slo', 'sync-issues', '--site-url', 'https://mesh.daff.example', '--dry-run'], { cwd: repo.dir, env });
      expect((await run.exited).status).toBe(0);
      expect(run.output()).toContain('SLO issues in daff/mesh (dry run: nothing was changed):');
      expect(run.output()).toMatch(/would create .*podcast\.podcast-listeners\/daily-listeners\/fresh-daily/);
      expect(server.writes()).toEqual([]);
      server.assertNoViolations();
    } finally {
      repo.remove();
      await server.close();
    }
  });
});
