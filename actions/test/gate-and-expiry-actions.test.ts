import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSloStatus, commitAll, copyExampleMesh, git, startGithubServer, type GithubServer } from '@meshplane/testkit';
import { runActionEntry, writePullRequestEvent } from './run-action-entry.js';

const LISTENERS = 'catalog/podcast/podcast-listeners/product.yaml';

describe('actions/check: the error-budget gate', () => {
  const repo = copyExampleMesh({ policies: true });
  const baseSha = commitAll(repo.dir);
  git(repo.dir, 'checkout', '-q', '-b', 'feature');
  repo.write(
    LISTENERS,
    readFileSync(join(repo.dir, LISTENERS), 'utf8')
      .replace(/^ {2}description: \|\n/m, '  description: |\n    Now with more words.\n')
      .replace(/^( {2}version: \d+\.\d+\.)(\d+)/m, (_m, head: string, patch: string) => `${head}${Number(patch) + 1}`),
  );
  git(repo.dir, 'commit', '-q', '-am', 'feature');
  const headSha = git(repo.dir, 'rev-parse', 'HEAD').trim();
  // Where the workflow checks the meshplane-data branch out: its slo-status.json, the listeners' budget spent.
  repo.write('.meshplane-data/slo-status.json', JSON.stringify([buildSloStatus({ port: 'daily-listeners', slo: 'fresh-daily', budgetRemaining: -2.42 })]));
  afterAll(() => repo.remove());
  const check = (labels: string[]) =>
    runActionEntry('check', {
      cwd: repo.dir,
      inputs: { today: '2026-11-22' },
      env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: writePullRequestEvent({ baseSha, headSha, labels }) },
    });

  it('fails a feature change to a product whose budget is exhausted, and passes it labelled a reliability fix', async () => {
    const feature = await check(['documentation']);
    // Annotations are workflow commands: % is written %25.
    expect(feature.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: expect.stringContaining('SLO `fresh-daily` on port `daily-listeners`: budget exhausted (342 %25 spent)'),
      }),
    );
    expect(feature.status).toBe(1);
    const fix = await check(['reliability-fix']);
    expect(fix.outputs.errors).toBe('0');
    expect(fix.status).toBe(0);
  });
});

describe('actions/expiry-monitor', () => {
  let github: GithubServer;
  const repo = copyExampleMesh({ policies: true });
  afterAll(() => repo.remove());
  beforeEach(async () => {
    github = await startGithubServer();
  });
  afterEach(async () => {
    github.assertNoViolations();
    await github.close();
  });
  const monitor = (today: string) =>
    runActionEntry('expiry-monitor', {
      cwd: repo.dir,
      inputs: { today, 'github-token': 'test-token' },
      env: { GITHUB_REPOSITORY: 'daff/mesh', GITHUB_API_URL: github.url },
    });

  it('opens one issue per product with expiries for its owners, and none again on the next run', async () => {
    const first = await monitor('2027-04-01');
    // Seven products with ended agreements on personal data or an expired waiver, and the listeners' ended agreement.
    expect(first.stdout).toContain('8 created, 0 updated, 0 reopened, 0 closed, 0 unchanged; 0 failed.');
    expect(first.outputs).toMatchObject({ products: '8', errors: '7' });
    expect(first.summary).toContain('### Meshplane expiries');
    expect(first.status).toBe(0);
    const issue = github.repo('daff', 'mesh').issues.find((i) => i.body?.includes('<!-- meshplane:expiry player.play-events -->'));
    expect(issue?.body).toContain('Owner: @daff/player-data');
    const second = await monitor('2027-04-01');
    expect(second.stdout).toContain('0 created, 0 updated, 0 reopened, 0 closed, 8 unchanged; 0 failed.');
  });

  it('fails with exit 2 and says why when GitHub cannot be written', async () => {
    github.failNext('issues/create', { status: 500, times: 30 });
    const r = await monitor('2027-04-01');
    expect(r.stdout).toMatch(/FAILED: GitHub answered 500/);
    expect(r.status).toBe(2);
  });
});
