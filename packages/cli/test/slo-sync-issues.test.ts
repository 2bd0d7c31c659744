import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SloStatus } from '@meshplane/core';
import { buildSloStatus, startGithubServer, startMesh, type GithubServer } from '@meshplane/testkit';
import { runSloSyncIssues } from '../src/commands/run-slo.js';

const NOW = '2026-11-22T06:00:00.000Z';
const breach: SloStatus = buildSloStatus({ evaluatedAt: NOW });

let github: GithubServer;
beforeEach(async () => {
  github = await startGithubServer();
  github.setNow(new Date(NOW));
});
afterEach(async () => {
  github.assertNoViolations();
  await github.close();
});

function writeStatuses(statuses: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'mesh-slo-')), 'statuses.json');
  writeFileSync(file, JSON.stringify(statuses));
  return file;
}

const env = () => ({ GITHUB_TOKEN: 'test-token', GITHUB_REPOSITORY: 'daff/mesh', GITHUB_API_URL: github.url });
const fast = { retries: 1, waitUnitMs: 1, writeIntervalMs: 0 };

describe('mesh slo sync-issues', () => {
  it('prints what a dry run would do and writes nothing', async () => {
    const out = await runSloSyncIssues(writeStatuses([breach, { ...breach, slo: 'volume', type: 'volume', state: 'ok' }]), {
      dryRun: true,
      siteUrl: 'https://mesh.daff.example',
      env: env(),
      now: NOW,
      client: fast,
    });
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toMatchInlineSnapshot(`
      "SLO issues in daff/mesh (dry run: nothing was changed):
        would create  podcast.podcast-listeners/daily/freshness  breached
        none          podcast.podcast-listeners/daily/volume  ok (no open issue, and ok opens none)
      1 to create, 0 to update, 0 to reopen, 0 to close, 1 unchanged; 0 failed.
      "
    `);
    expect(github.writes()).toEqual([]);
  });

  it('exits 2 and names what failed when an action fails, after doing the others', async () => {
    github.failNext('issues/create', { status: 500, times: 3 });
    const out = await runSloSyncIssues(writeStatuses([breach, { ...breach, slo: 'volume', type: 'volume' }]), {
      dryRun: false,
      siteUrl: 'https://mesh.daff.example',
      env: env(),
      now: NOW,
      client: fast,
    });
    expect(out.exitCode).toBe(2);
    expect(out.stdout).toContain('create        podcast.podcast-listeners/daily/freshness  breached FAILED: GitHub answered 500');
    expect(out.stdout).toContain('[server-error]');
    expect(out.stdout).toContain('1 created, 0 updated, 0 reopened, 0 closed, 0 unchanged; 1 failed.');
    expect(github.repo('daff', 'mesh').issues).toHaveLength(1);
  });

  it.each([
    ['no repository', { GITHUB_TOKEN: 't' }, /GITHUB_REPOSITORY/],
    ['no token', { GITHUB_REPOSITORY: 'daff/mesh' }, /GITHUB_TOKEN/],
  ])('refuses to run with %s', async (_name, environment, message) => {
    await expect(runSloSyncIssues(writeStatuses([breach]), { dryRun: true, siteUrl: 'https://x.example', env: environment })).rejects.toThrow(message);
  });

  it('reports every problem of a malformed statuses file', async () => {
    const file = writeStatuses([{ ...breach, state: 'broken', productId: 3 }]);
    await expect(runSloSyncIssues(file, { dryRun: true, siteUrl: 'https://x.example', env: env() })).rejects.toThrow(
      /\[0\]\.productId must be a string\n {2}\[0\]\.state must be one of ok, at-risk, breached, no-data/,
    );
  });

  it('runs through the built mesh binary with the GitHub environment variables', async () => {
    const file = writeStatuses([breach]);
    const mesh = startMesh(['slo', 'sync-issues', '--statuses', file, '--site-url', 'https://mesh.daff.example'], { env: env() });
    const { status } = await mesh.exited;
    expect(mesh.output()).toContain('1 created, 0 updated, 0 reopened, 0 closed, 0 unchanged; 0 failed.');
    expect(status).toBe(0);
    expect(github.repo('daff', 'mesh').issues.map((i) => i.number)).toEqual([1]);
  });
});
