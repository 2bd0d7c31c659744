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
  const monitor = (today: string, inputs: Record<string, string> = {}) =>
    runActionEntry('expiry-monitor', {
      cwd: repo.dir,
      inputs: { today, 'github-token': 'test-token', ...inputs },
      env: { GITHUB_REPOSITORY: 'daff/mesh', GITHUB_API_URL: github.url },
    });

  it('opens one issue per product with expiries for its owners, and none again on the next run', async () => {
    const first = await monitor('2027-04-01');
    // Seven products with ended agreements on personal data or an expired waiver, and the listeners' ended agreement.
    expect(first.stdout).toContain('8 created, 0 updated, 0 reopened, 0 closed, 0 unchanged; 0 failed.');
    expect(first.outputs).toMatchObject({ products: '8', errors: '7' });
    // The same run keeps the renewal issues: by then seven agreements have ended, their files still there.
    expect(first.stdout).toMatch(/Renewal issues in daff\/mesh:\n(.*\n){7}7 created, 0 updated, 0 reopened, 0 closed, 0 unchanged; 0 failed\./);
    expect(first.outputs).toMatchObject({ renewals: '7', failed: '0' });
    expect(first.summary).toContain('### Meshplane expiries');
    expect(first.status).toBe(0);
    const issue = github.repo('daff', 'mesh').issues.find((i) => i.body?.includes('<!-- meshplane:expiry player.play-events -->'));
    expect(issue?.body).toContain('Owner: @daff/player-data');
    const second = await monitor('2027-04-01');
    expect(second.stdout).toContain('0 created, 0 updated, 0 reopened, 0 closed, 8 unchanged; 0 failed.');
    expect(second.stdout).toContain('0 created, 0 updated, 0 reopened, 0 closed, 7 unchanged; 0 failed.');
  });

  it('opens one renewal issue per agreement due for both teams, none again, and closes it once the agreement is renewed', async () => {
    const file = 'catalog/podcast/podcast-listeners/agreements/growth-analytics.yaml';
    const agreement = readFileSync(join(repo.dir, file), 'utf8');
    const first = await monitor('2026-12-10');
    expect(first.stdout).toMatch(/Renewal issues in daff\/mesh:\n {2}create {8}podcast\.podcast-listeners\/growth-analytics #\d+\n/);
    expect(first.outputs).toMatchObject({ renewals: '1', failed: '0' });
    expect(first.summary).toContain('### Meshplane renewals');
    const issue = github.repo('daff', 'mesh').issues.find((i) => i.body?.includes('<!-- meshplane:renewal podcast.podcast-listeners%2Fgrowth-analytics -->'));
    expect(issue?.body).toContain('Provider: @daff/podcast-data, product owner @daff/maria · Consumer: @daff/growth-analytics');
    expect(issue?.labels.map((l) => l.name)).toEqual(['meshplane-renewal', 'domain:podcast']);
    expect((await monitor('2026-12-10')).stdout).toMatch(
      /Renewal issues in daff\/mesh:\n {2}none .*\n0 created, 0 updated, 0 reopened, 0 closed, 1 unchanged; 0 failed\./,
    );
    repo.write(file, agreement.replace('end: 2026-12-18', 'end: 2027-03-31'));
    try {
      const renewed = await monitor('2026-12-10');
      expect(renewed.stdout).toMatch(/close {9}podcast\.podcast-listeners\/growth-analytics #\d+/);
      expect(renewed.outputs.renewals).toBe('0');
      expect(github.repo('daff', 'mesh').issues.find((i) => i.number === issue?.number)?.state).toBe('closed');
    } finally {
      repo.write(file, agreement);
    }
  });

  it('refuses a renewal window that is not a number of days, before any call', async () => {
    const r = await monitor('2026-12-10', { 'renewal-days': 'two weeks' });
    expect(r.stdout).toContain('::error title=Meshplane::The renewal-days input takes a number of days, not `two weeks`.');
    expect(r.status).toBe(2);
    expect(github.requests).toEqual([]);
  });

  it('fails with exit 2 and says why when GitHub cannot be written', async () => {
    github.failNext('issues/create', { status: 500, times: 30 });
    const r = await monitor('2027-04-01');
    expect(r.stdout).toMatch(/FAILED: GitHub answered 500/);
    expect(r.status).toBe(2);
  });
});

describe('actions/check: data sharing agreements need their approvals', () => {
  let github: GithubServer;
  const repo = copyExampleMesh({ policies: true });
  const baseSha = commitAll(repo.dir);
  git(repo.dir, 'checkout', '-q', '-b', 'agreement');
  const file = 'catalog/music/tracks/agreements/podcast-analytics.yaml';
  repo.write(
    file,
    'apiVersion: meshplane/v1\nkind: DataSharingAgreement\nmetadata:\n  name: podcast-analytics\nspec:\n  provider:\n    product: music.tracks\n    ports:\n      - name: tracks\n  consumer:\n    team: podcast-analytics\n  purpose: Which tracks podcasts play\n  start: 2026-11-01\n  end: 2027-04-30\n',
  );
  git(repo.dir, 'add', '-A');
  git(repo.dir, 'commit', '-q', '-m', 'agreement');
  const headSha = git(repo.dir, 'rev-parse', 'HEAD').trim();
  const event = writePullRequestEvent({ baseSha, headSha });
  const number = (JSON.parse(readFileSync(event, 'utf8')) as { pull_request: { number: number } }).pull_request.number;
  afterAll(() => repo.remove());
  beforeEach(async () => {
    github = await startGithubServer();
  });
  afterEach(async () => {
    github.assertNoViolations();
    await github.close();
  });
  const check = (eventName = 'pull_request') =>
    runActionEntry('check', {
      cwd: repo.dir,
      inputs: { today: '2026-11-22', 'github-token': 'test-token' },
      env: { GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'daff/mesh', GITHUB_API_URL: github.url },
    });
  const approve = (login: string, commit: string) =>
    github
      .repo('daff', 'mesh')
      .reviews.push({ id: 100 + login.length, pull_number: number, state: 'APPROVED', body: '', commit_id: commit, user: { login, id: 7, type: 'User' } });

  it('fails without the provider’s approval, passes once a member of the owner team approves the head, on a review event too', async () => {
    const before = await check();
    expect(before.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: expect.stringContaining(
          'The new agreement `podcast-analytics` (`music.tracks` shared with `podcast-analytics`) needs approval of @daff/music-data',
        ),
      }),
    );
    expect(before.status).toBe(1);
    approve('nobody-in-particular', headSha);
    expect((await check('pull_request_review')).status).toBe(1);
    const member = /members:\n\s+- "@daff\/([a-z-]+)"/.exec(readFileSync(join(repo.dir, 'catalog/teams/music-data.yaml'), 'utf8'))?.[1] ?? '';
    expect(member).not.toBe('');
    approve(member, headSha);
    const after = await check('pull_request_review');
    expect(after.status).toBe(0);
    expect(after.summary).toContain('#### Data sharing agreements');
    expect(github.requests.filter((r) => r.operationId === 'pulls/list-reviews')).toHaveLength(3);
  });

  it('fails closed, saying why, when GitHub cannot list the reviews', async () => {
    github.failNext('pulls/list-reviews', { status: 500, times: 5 });
    const run = await check();
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^::error title=Meshplane::.*list the reviews of pull request #\d+/m);
  });
});
