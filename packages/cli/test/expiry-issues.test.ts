import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { copyExampleMesh, runMesh, startGithubServer, type GithubServer } from '@meshplane/testkit';
import { runExpiry } from '../src/commands/run-expiry.js';

/**
 * The day the agreements on personal data of six products, one waiver and (the day before Christmas 2026) one agreement
 * without personal data have ended (see review-baseline.test.ts).
 */
const LATER = '2027-04-01';
/** Product A: its agreement with `player-design` on personal data ended on 2027-03-31. */
const A = 'catalog/player/play-events/agreements/player-design.yaml';

let github: GithubServer;
const repo = copyExampleMesh({ policies: true });
beforeAll(() => repo.write('.gitignore', '.meshplane/\n'));
afterAll(() => repo.remove());
beforeEach(async () => {
  github = await startGithubServer();
  github.setNow(new Date(`${LATER}T06:00:00Z`));
});
afterEach(async () => {
  github.assertNoViolations();
  await github.close();
});

const env = () => ({ GITHUB_TOKEN: 'test-token', GITHUB_REPOSITORY: 'daff/mesh', GITHUB_API_URL: github.url });
const fast = { retries: 1, waitUnitMs: 1, writeIntervalMs: 0 };
const sync = (today = LATER) => runExpiry(['sync-issues'], { root: repo.dir, today, format: 'text', dryRun: false, env: env(), client: fast });
const issues = () => github.repo('daff', 'mesh').issues;
const issueOf = (productId: string) => issues().find((i) => i.body?.includes(`<!-- meshplane:expiry ${productId} -->`));

describe('the expiry job (mesh expiry report, mesh expiry sync-issues)', () => {
  it('reports what fails only because of the date, per product, and exits 1', () => {
    const r = runMesh(['expiry', 'report', '--today', LATER], { cwd: repo.dir, timeoutMs: 120_000 });
    expect(r.stdout).toContain('player.play-events  (owner @daff/player-data, domain player)');
    expect(r.stdout).toMatch(
      /error {3}now {11}catalog\/player\/play-events\/agreements\/player-design\.yaml:\d+ {2}Agreement `player-design` on personal data ended on 2027-03-31/,
    );
    expect(r.stdout).toContain('Waiver `listener-subscriptions-consent` expired on 2027-03-31');
    // Only what time brought: the example mesh's other warnings are not expiries.
    expect(r.stdout).toContain('9 now and 0 by 2027-04-15, in 8 products; 0 in no product.');
    expect(r.status).toBe(1);
  });

  it('announces an expiry within the look-ahead before it happens, and exits 0 while nothing fails yet', () => {
    const r = runMesh(['expiry', 'report', '--today', '2027-02-20', '--lookahead', '45', '--format', 'json'], { cwd: repo.dir, timeoutMs: 120_000 });
    const report = JSON.parse(r.stdout) as {
      upcomingBy: string;
      products: Array<{ productId: string; current: unknown[]; upcoming: Array<{ message: string }> }>;
    };
    expect(report.upcomingBy).toBe('2027-04-06');
    // Only the growth team's agreement without personal data has ended by then: a warning, nothing fails yet.
    expect(report.products.flatMap((p) => p.current).map((f) => (f as { ruleId: string }).ruleId)).toEqual(['global.agreements.ended']);
    const a = report.products.find((p) => p.productId === 'player.play-events');
    expect(a?.current).toEqual([]);
    expect(a?.upcoming.map((f) => f.message)).toEqual([expect.stringContaining('Agreement `player-design` on personal data ended on 2027-03-31')]);
    expect(r.status).toBe(0);
  });

  it('opens one issue per product for its owners, adds none on the next run, and closes A’s once A is fixed', async () => {
    const first = await sync();
    expect(first.stdout).toContain('8 created, 0 updated, 0 reopened, 0 closed, 0 unchanged; 0 failed.');
    expect(first.exitCode).toBe(0);
    const a = issueOf('player.play-events');
    expect(a?.title).toBe('Expired in Play events (player.play-events): 1 error');
    expect(a?.body).toContain('Owner: @daff/player-data · domain player');
    expect(a?.body).toMatch(
      /\| error \| `catalog\/player\/play-events\/agreements\/player-design\.yaml:\d+` \| Agreement `player-design` on personal data ended on 2027-03-31/,
    );
    expect(a?.labels.map((l) => l.name)).toEqual(['meshplane-expiry', 'domain:player']);

    const again = await sync();
    expect(again.stdout).toContain('0 created, 0 updated, 0 reopened, 0 closed, 8 unchanged; 0 failed.');
    expect(issues()).toHaveLength(8);

    // A's owners renew the agreement.
    repo.write(A, readFileSync(join(repo.dir, A), 'utf8').replace(/end: "?2027-03-31"?/, 'end: 2027-10-31'));
    const fixed = await sync();
    expect(fixed.stdout).toMatch(/close {9}player\.play-events #\d+/);
    expect(fixed.stdout).toContain('0 created, 0 updated, 0 reopened, 1 closed, 7 unchanged; 0 failed.');
    expect(issueOf('player.play-events')?.state).toBe('closed');
    const comments = github.repo('daff', 'mesh').comments.filter((c) => c.issue_number === a?.number);
    expect(comments.map((c) => c.body)).toEqual(['Fixed: no time-based finding is left for this product on 2027-04-01. Closing this issue.']);
    expect(issues().filter((i) => i.state === 'open')).toHaveLength(7);
  });

  it('keeps one open issue per product when two runs create them at the same moment', async () => {
    // The two runs' list calls are answered in pairs, so they go in lockstep: both plans see no issue, both look again
    // before each of their 7 creates and see none, and both look after it: 1 + 2 × 7 lists each.
    github.holdNext('issues/list-for-repo', { together: 2, times: 30 });
    const [x, y] = await Promise.all([sync(), sync()]);
    expect(x.exitCode + y.exitCode).toBe(0);
    const open = issues().filter((i) => i.state === 'open');
    expect(new Set(open.map((i) => /<!-- meshplane:expiry (\S+) -->/.exec(i.body ?? '')?.[1])).size).toBe(7);
    expect(open).toHaveLength(7);
    const closed = issues().filter((i) => i.state === 'closed');
    expect(closed.map((i) => i.state_reason)).toEqual(Array(closed.length).fill('duplicate'));
    expect(`${x.stdout}${y.stdout}`).toMatch(/note: another run (had just created|created) #\d+ for player\.play-sessions/);
  });

  it('refuses to write without a repository or a token, before any call', async () => {
    await expect(runExpiry(['sync-issues'], { root: repo.dir, today: LATER, format: 'text', dryRun: false, env: { GITHUB_TOKEN: 't' } })).rejects.toThrow(
      /GITHUB_REPOSITORY/,
    );
    expect(github.writes()).toEqual([]);
  });
});
