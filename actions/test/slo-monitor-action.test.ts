import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMeshFiles, buildProduct, commitAll, makeTempRepo, runMesh, startGithubServer, type GithubServer, type TempRepo } from '@meshplane/testkit';
import { runActionEntry } from './run-action-entry.js';

const NOW = '2026-11-22T06:00:00.000Z';

describe('actions/slo-monitor on a schedule, against the embedded DuckDB and the local GitHub', () => {
  let github: GithubServer;
  let repo: TempRepo;
  beforeAll(async () => {
    github = await startGithubServer();
    github.setNow(new Date(NOW));
    repo = makeTempRepo(buildMeshFiles([buildProduct()]));
    commitAll(repo.dir);
    expect(runMesh(['apply', '--today', '2026-11-22'], { cwd: repo.dir, timeoutMs: 120_000 }).status).toBe(0);
    // The provisioned table is empty: the freshness probe finds no row, so the SLO has no data, which opens an issue.
  });
  afterAll(async () => {
    await github?.close();
    repo?.remove();
  });

  const monitor = (inputs: Record<string, string>) =>
    runActionEntry('slo-monitor', {
      cwd: repo.dir,
      inputs: { now: NOW, 'github-token': 'test-token', ...inputs },
      env: { GITHUB_EVENT_NAME: 'schedule', GITHUB_REPOSITORY: 'daff/mesh', GITHUB_API_URL: github.url },
    });

  it('measures, evaluates and says what it would do to the issues in a dry run', async () => {
    const run = await monitor({ 'site-url': 'https://mesh.daff.example', 'dry-run': 'true' });
    expect(run.stdout).not.toContain('::error');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Measured 0 SLOs of DuckDB file .*mesh\.duckdb: 0 observations stored/m);
    expect(run.stdout).toContain('would create  podcast.podcast-listeners/daily/fresh');
    expect(github.writes()).toEqual([]);
  });

  it('opens one issue for the SLO without data, and reports the states as outputs and summary', async () => {
    const run = await monitor({ 'site-url': 'https://mesh.daff.example' });
    expect(run.status).toBe(0);
    const issues = github.repo('daff', 'mesh').issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]?.title).toContain('podcast.podcast-listeners');
    expect(issues[0]?.body).toContain('https://mesh.daff.example');
    expect(run.outputs).toMatchObject({ ok: '0', 'at-risk': '0', breached: '0', 'no-data': '1' });
    expect(run.outputs['status-path']).toBe('.meshplane/slo-status.json');
    expect(run.summary).toMatch(/^### Meshplane SLOs$/m);
    expect(run.summary).toContain('#### Issues');
    expect(run.summary).toMatch(/1 created, 0 updated, 0 reopened, 0 closed, 0 unchanged; 0 failed\./);
    github.assertNoViolations();
  });

  it('keeps the same issue on the next run instead of opening another', async () => {
    const run = await monitor({ 'site-url': 'https://mesh.daff.example', measure: 'false' });
    expect(run.status).toBe(0);
    expect(github.repo('daff', 'mesh').issues).toHaveLength(1);
    expect(run.summary).not.toContain('#### Measure');
    github.assertNoViolations();
  });

  it('syncs no issues without a site URL', async () => {
    const before = github.requests.length;
    const run = await monitor({ measure: 'false' });
    expect(run.status).toBe(0);
    expect(github.requests.length).toBe(before);
    expect(run.summary).not.toContain('#### Issues');
  });
});
