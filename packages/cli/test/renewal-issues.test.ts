import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { copyExampleMesh, runMesh, startGithubServer, type GithubServer } from '@meshplane/testkit';
import { runAccess } from '../src/commands/run-access.js';

/** Eight days before the end of the example mesh's first agreement to end, growth-analytics reading the listeners. */
const TODAY = '2026-12-10';
const FILE = 'catalog/podcast/podcast-listeners/agreements/growth-analytics.yaml';
const MARKER = '<!-- meshplane:renewal podcast.podcast-listeners%2Fgrowth-analytics -->';
const CONFIG = '.github/meshplane.yml';

let github: GithubServer;
const repo = copyExampleMesh({ policies: true });
const agreement = readFileSync(join(repo.dir, FILE), 'utf8');
const config = readFileSync(join(repo.dir, CONFIG), 'utf8');
beforeAll(() => repo.write('.gitignore', '.meshplane/\n'));
afterAll(() => repo.remove());
beforeEach(async () => {
  github = await startGithubServer();
});
afterEach(async () => {
  repo.write(FILE, agreement);
  repo.write(CONFIG, config);
  github.assertNoViolations();
  await github.close();
});

const env = () => ({ GITHUB_TOKEN: 'test-token', GITHUB_REPOSITORY: 'daff/mesh', GITHUB_API_URL: github.url });
const fast = { retries: 1, waitUnitMs: 1, writeIntervalMs: 0 };
const sync = (today = TODAY) => runAccess(['sync-issues'], { root: repo.dir, today, dryRun: false, env: env(), client: fast });
const issues = () => github.repo('daff', 'mesh').issues;
const commentsOn = (n: number | undefined) =>
  github
    .repo('daff', 'mesh')
    .comments.filter((c) => c.issue_number === n)
    .map((c) => c.body);

describe('mesh access renewals', () => {
  it('lists the agreements ending within the window with both teams and whose approval a renewal needs, and exits 0', () => {
    const r = runMesh(['access', 'renewals', '--today', TODAY], { cwd: repo.dir });
    expect(r.stdout).toBe(
      [
        'Agreements ending by 2026-12-24 (14 days from 2026-12-10), or ended:',
        '',
        'podcast.podcast-listeners/growth-analytics  ends 2026-12-18, in 8 days',
        '  growth-analytics reads daily-listeners of podcast.podcast-listeners (owner @daff/podcast-data); consumer @daff/growth-analytics',
        '  catalog/podcast/podcast-listeners/agreements/growth-analytics.yaml',
        '  renew: move `end` in a pull request approved by @daff/podcast-data (owns the shared product)',
        '',
        '1 ending, 0 ended; 77 end later.',
        '',
      ].join('\n'),
    );
    expect(r.status).toBe(0);
  });

  it('takes the window from review.agreements.renewalDays, and --days over it', async () => {
    repo.write(CONFIG, config.replace('review:\n', 'review:\n  agreements:\n    renewalDays: 120\n'));
    const days = async (flags: { days?: string }) => (await runAccess(['renewals'], { root: repo.dir, today: TODAY, format: 'json', ...flags })).stdout;
    expect(JSON.parse(await days({})) as { days: number; due: unknown[] }).toMatchObject({ days: 120, renewBy: '2027-04-09', due: { length: 7 } });
    expect(JSON.parse(await days({ days: '0' })) as { renewBy: string; due: unknown[] }).toMatchObject({ renewBy: TODAY, due: [] });
    await expect(days({ days: 'soon' })).rejects.toThrow('--days takes a number of days, not `soon`.');
  });
});

describe('mesh access sync-issues', () => {
  it('keeps one issue per agreement for both teams: opened, unchanged, ended, renewed, due again, removed', async () => {
    const first = await sync();
    expect(first.stdout).toContain('Renewal issues in daff/mesh:\n  create        podcast.podcast-listeners/growth-analytics #1\n');
    expect(first.stdout).toContain('1 created, 0 updated, 0 reopened, 0 closed, 0 unchanged; 0 failed.');
    expect(first.exitCode).toBe(0);
    const [issue] = issues();
    expect(issue?.title).toBe('Renew or let end by 2026-12-18: agreement growth-analytics (growth-analytics reads podcast.podcast-listeners)');
    expect(issue?.body).toContain(MARKER);
    expect(issue?.body).toContain('Provider: @daff/podcast-data, product owner @daff/maria · Consumer: @daff/growth-analytics · domain podcast');
    expect(issue?.labels.map((l) => l.name)).toEqual(['meshplane-renewal', 'domain:podcast']);

    expect((await sync()).stdout).toContain('0 created, 0 updated, 0 reopened, 0 closed, 1 unchanged; 0 failed.');

    // The day after its end: the plan revokes it, and the issue says so, with a comment.
    const ended = await sync('2026-12-19');
    expect(ended.stdout).toContain('0 created, 1 updated, 0 reopened, 0 closed, 0 unchanged; 0 failed.');
    expect(issues()[0]?.title).toMatch(/^Ended on 2026-12-18, renew or remove/);
    expect(issues()[0]?.body).toContain('**Ended on 2026-12-18**, 1 day ago.');
    expect(commentsOn(issue?.number)).toEqual([
      'Ended on 2026-12-18: the next apply revokes the access of `growth-analytics` to `podcast.podcast-listeners` (the platform granted it through its end day). Renew it by a pull request that moves `end`, or remove the file.',
    ]);

    // The teams renew it for a month: the end moves beyond the window.
    repo.write(FILE, agreement.replace('end: 2026-12-18', 'end: 2027-01-31'));
    const renewed = await sync('2026-12-19');
    expect(renewed.stdout).toContain('0 created, 0 updated, 0 reopened, 1 closed, 0 unchanged; 0 failed.');
    expect(issues()[0]?.state).toBe('closed');
    expect(commentsOn(issue?.number).at(-1)).toBe('Renewed until 2027-01-31: the agreement no longer ends within 14 days (on 2026-12-19). Closing this issue.');

    // Due again a month later: the same issue is reopened, with a comment; then the file is removed.
    const again = await sync('2027-01-20');
    expect(again.stdout).toContain('0 created, 0 updated, 1 reopened, 0 closed, 0 unchanged; 0 failed.');
    expect(commentsOn(issue?.number).at(-1)).toBe('Due again on 2027-01-20: the agreement ends on 2027-01-31, in 11 days. Reopening this issue.');
    rmSync(join(repo.dir, FILE));
    const removed = await sync('2027-01-20');
    expect(removed.stdout).toMatch(/close +podcast\.podcast-listeners\/growth-analytics #1\n/);
    expect(commentsOn(issue?.number).at(-1)).toBe(
      "Removed: the agreement's file is gone (on 2027-01-20), so the next apply revokes whatever it still granted. Closing this issue.",
    );
    expect(issues()).toHaveLength(1);
  });

  it('keeps one open issue when two runs create it at the same moment', async () => {
    // Each run lists three times (its plan, before its create, after it); answered in pairs, the runs go in lockstep:
    // both plans see no issue, both look again and see none, both create, and both see the two issues afterwards.
    github.holdNext('issues/list-for-repo', { together: 2, times: 6 });
    const [x, y] = await Promise.all([sync(), sync()]);
    expect(x.exitCode + y.exitCode).toBe(0);
    expect(github.requests.filter((r) => r.operationId === 'issues/create')).toHaveLength(2);
    const open = issues().filter((i) => i.state === 'open');
    expect(open.map((i) => i.number)).toEqual([1]);
    expect(issues().find((i) => i.number === 2)).toMatchObject({ state: 'closed', state_reason: 'duplicate' });
    expect(commentsOn(2)).toEqual([expect.stringMatching(/^Duplicate of #1: another Meshplane run opened a renewal issue for this agreement/)]);
    expect(`${x.stdout}${y.stdout}`).toContain('note: another run created #1 for podcast.podcast-listeners%2Fgrowth-analytics at the same time: closed #2');
  });

  it('leaves one issue when a create succeeds behind a 502, and none more on the rerun', async () => {
    github.failNext('issues/create', { status: 502, afterPerforming: true });
    const first = await sync();
    expect(first.stdout).toContain('podcast.podcast-listeners/growth-analytics #1 (found after a failed answer, not repeated)');
    expect(first.exitCode).toBe(0);
    expect((await sync()).stdout).toContain('0 created, 0 updated, 0 reopened, 0 closed, 1 unchanged; 0 failed.');
    expect(issues()).toHaveLength(1);
  });

  it('says what it would do on a dry run, and refuses to write without a token, before any call', async () => {
    const dry = await runAccess(['sync-issues'], { root: repo.dir, today: TODAY, dryRun: true, env: env(), client: fast });
    expect(dry.stdout).toContain('Renewal issues in daff/mesh (dry run: nothing was changed):\n  would create  podcast.podcast-listeners/growth-analytics\n');
    await expect(runAccess(['sync-issues'], { root: repo.dir, today: TODAY, env: { GITHUB_REPOSITORY: 'daff/mesh' } })).rejects.toThrow(/GITHUB_TOKEN/);
    expect(github.writes()).toEqual([]);
  });
});
