import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SloIssueSubject } from '@meshplane/core';
import { syncSloIssues, type SyncSloIssuesOptions } from '@meshplane/github';
import { buildSloStatus, startGithubServer, type GithubServer } from '@meshplane/testkit';

const T0 = Date.parse('2026-11-22T06:00:00Z');
const HOUR = 3_600_000;
let github: GithubServer;

beforeEach(async () => {
  github = await startGithubServer();
});
afterEach(async () => {
  github.assertNoViolations();
  await github.close();
});

function status(change: Partial<SloIssueSubject> = {}): SloIssueSubject {
  return { ...buildSloStatus({ evaluatedAt: new Date(T0).toISOString() }), ...change };
}

/** One bot run at `hour` hours after T0, with the server's clock at the same time. */
async function run(statuses: SloIssueSubject[], hour = 0, extra: Partial<SyncSloIssuesOptions> = {}) {
  const now = new Date(T0 + hour * HOUR);
  github.setNow(now);
  return syncSloIssues({
    statuses: statuses.map((s) => ({ ...s, evaluatedAt: now.toISOString() })),
    owner: 'daff',
    repo: 'mesh',
    token: 'test-token',
    baseUrl: github.url,
    siteUrl: 'https://mesh.daff.example',
    now: now.toISOString(),
    client: { retries: 2, waitUnitMs: 1, writeIntervalMs: 0 },
    ...extra,
  });
}

const issues = () => github.repo('daff', 'mesh').issues;
const comments = () => github.repo('daff', 'mesh').comments;

describe('syncSloIssues against the local GitHub server', () => {
  it('opens exactly one issue for a breach, with labels, owner mention, body and product link', async () => {
    const result = await run([status()]);
    expect(result.outcomes).toMatchObject([{ kind: 'create', issueNumber: 1, htmlUrl: 'https://github.com/daff/mesh/issues/1' }]);
    expect(result.failed).toEqual([]);
    expect(issues()).toHaveLength(1);
    const [issue] = issues();
    expect(issue?.labels.map((l) => l.name)).toEqual(['slo-breach', 'domain:podcast', 'severity:critical']);
    expect(issue?.title).toBe('SLO breached: freshness of podcast.podcast-listeners · daily');
    expect(issue?.body).toContain('<!-- meshplane:slo podcast.podcast-listeners/daily/freshness -->');
    expect(issue?.body).toContain('Owner: @daff/podcast-data');
    expect(issue?.body).toContain('[product page](https://mesh.daff.example/products/podcast.podcast-listeners/)');
    expect(issue?.body).toContain('| Error budget | budget exhausted (120 % spent) |');
    // The plan's list (open and closed), then the open issues looked through just before and just after the create.
    expect(github.requests.map((r) => `${r.method} ${r.operationId} ${new URL(r.path, github.url).searchParams.get('state')}`)).toEqual([
      'GET issues/list-for-repo all',
      'GET issues/list-for-repo open',
      'POST issues/create null',
      'GET issues/list-for-repo open',
    ]);
  });

  it('keeps one issue over five more runs, edited in place, with no comment while the state holds', async () => {
    await run([status()]);
    for (let hour = 1; hour <= 5; hour += 1) {
      const r = await run([status({ budgetRemaining: -0.2 - hour / 100 })], hour);
      expect(r.outcomes[0]).toMatchObject({ kind: 'update', issueNumber: 1 });
    }
    expect(issues()).toHaveLength(1);
    expect(comments()).toHaveLength(0);
    expect(issues()[0]?.body).toContain('| Error budget | budget exhausted (125 % spent) |');
    expect(github.requests.filter((r) => r.operationId === 'issues/update')).toHaveLength(5);
  });

  it('adds one comment when the state changes, and closes with a comment on recovery', async () => {
    await run([status()]);
    await run([status({ state: 'no-data', since: '2026-11-22T07:00:00Z', severity: 'info' })], 1);
    await run([status({ state: 'no-data', since: '2026-11-22T07:00:00Z', severity: 'info' })], 2);
    expect(comments().map((c) => c.body)).toEqual([
      'State changed from **breached** to **no-data** since 2026-11-22T07:00:00Z. Current value 7 h 30 min against ≤ 1 h. Budget exhausted (120 % spent).',
    ]);
    expect(issues()[0]?.labels.map((l) => l.name)).toContain('severity:info');
    const r = await run([status({ state: 'ok', since: '2026-11-22T09:00:00Z', budgetRemaining: 0.1 })], 3);
    expect(r.outcomes[0]).toMatchObject({ kind: 'close', issueNumber: 1 });
    expect(issues()[0]).toMatchObject({ state: 'closed', closed_at: new Date(T0 + 3 * HOUR).toISOString() });
    expect(comments()).toHaveLength(2);
    expect(comments()[1]?.body).toMatch(/^Recovered: the SLO is \*\*ok\*\* since 2026-11-22T09:00:00Z\. Closing this issue\./);
    expect((await run([status({ state: 'ok' })], 4)).outcomes[0]?.kind).toBe('none');
  });

  it('a flapping SLO (breached and ok alternating over 10 runs) ends with one issue, reopened', async () => {
    for (let i = 0; i < 10; i += 1) await run([status({ state: i % 2 === 0 ? 'breached' : 'ok', since: new Date(T0 + i * HOUR).toISOString() })], i);
    expect(issues()).toHaveLength(1);
    expect(issues()[0]?.state).toBe('closed');
    expect(github.requests.filter((r) => r.operationId === 'issues/create')).toHaveLength(1);
    // 4 reopen comments and 5 closing comments.
    expect(comments()).toHaveLength(9);
    const later = await run([status()], 9 + 30);
    expect(later.outcomes[0]?.kind).toBe('create');
  });

  it('ends with one issue when a create fails with a 502 after GitHub made the issue', async () => {
    github.failNext('issues/create', { status: 502, afterPerforming: true });
    const result = await run([status()]);
    expect(result.outcomes[0]).toMatchObject({ kind: 'create', issueNumber: 1, recovered: true });
    expect(result.failed).toEqual([]);
    expect(issues()).toHaveLength(1);
    expect(github.requests.map((r) => `${r.operationId} ${r.status}`)).toEqual([
      'issues/list-for-repo 200',
      'issues/list-for-repo 200',
      'issues/create 502',
      'issues/list-for-repo 200',
      'issues/list-for-repo 200',
    ]);
    await run([status()], 1);
    expect(issues()).toHaveLength(1);
  });

  it('retries a create that failed before GitHub made it, after looking for it', async () => {
    github.failNext('issues/create', { status: 502 });
    const result = await run([status()]);
    expect(result.outcomes[0]).toMatchObject({ kind: 'create', issueNumber: 1 });
    expect(issues()).toHaveLength(1);
    expect(github.requests.map((r) => `${r.operationId} ${r.status}`)).toEqual([
      'issues/list-for-repo 200',
      'issues/list-for-repo 200',
      'issues/create 502',
      'issues/list-for-repo 200',
      'issues/create 201',
      'issues/list-for-repo 200',
    ]);
  });

  it('waits out a secondary rate limit and retries', async () => {
    github.failNext('issues/list-for-repo', { status: 403, retryAfter: 3 });
    github.failNext('issues/create', { status: 403, retryAfter: 2 });
    const result = await run([status()]);
    expect(result.failed).toEqual([]);
    expect(issues()).toHaveLength(1);
    expect(result.notes).toEqual([
      expect.stringMatching(/^secondary rate limit on GET .*: waited 3 s and retried$/),
      expect.stringMatching(/^secondary rate limit on POST .*: waited 2 s and retried$/),
    ]);
  });

  it('gives up on a secondary rate limit after the bounded retries, with a stable code', async () => {
    github.failNext('issues/create', { status: 403, retryAfter: 1, times: 3 });
    const result = await run([status()]);
    expect(result.failed[0]?.error).toMatchObject({ name: 'GithubError', code: 'rate-limited', status: 403 });
    expect(result.notes).toHaveLength(3);
    expect(result.notes[2]).toMatch(/gave up after retrying$/);
    expect(github.requests.filter((r) => r.operationId === 'issues/create').map((r) => r.status)).toEqual([403, 403, 403]);
    expect(issues()).toHaveLength(0);
  });

  it('reports a failing action and goes on with the other SLOs', async () => {
    github.failNext('issues/create', { status: 500, times: 3 });
    const result = await run([status(), status({ slo: 'completeness', type: 'completeness' })]);
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0]).toMatchObject({ fingerprint: 'podcast.podcast-listeners/daily/freshness', error: { code: 'server-error', status: 500 } });
    expect(result.outcomes[1]).toMatchObject({ kind: 'create', issueNumber: 1 });
    expect(issues().map((i) => i.title)).toEqual(['SLO breached: completeness of podcast.podcast-listeners · daily']);
  });

  it('makes no write call in a dry run, and says what it would do', async () => {
    await run([status()]);
    const before = github.writes().length;
    const result = await run([status({ state: 'ok' }), status({ slo: 'volume', type: 'volume' })], 1, { dryRun: true });
    expect(result).toMatchObject({ dryRun: true, outcomes: [{ kind: 'close', issueNumber: 1 }, { kind: 'create' }], failed: [] });
    expect(github.writes()).toHaveLength(before);
    expect(issues()).toHaveLength(1);
  });

  it('renders hostile strings from the catalog inert', async () => {
    const hostile = '<img src=x onerror=alert(1)> @org/everyone';
    await run([status({ productName: hostile, threshold: hostile, domain: 'podcast', ownerHandle: '@org/everyone <img>' })]);
    const [issue] = issues();
    expect(issue?.body).not.toMatch(/<img|@org\/everyone/);
    expect(issue?.title).not.toMatch(/@org\/everyone/);
  });

  it('throws a GithubError with a stable code when the issues cannot be listed', async () => {
    github.failNext('issues/list-for-repo', { status: 500, times: 3 });
    await expect(run([status()])).rejects.toMatchObject({ name: 'GithubError', code: 'server-error', status: 500 });
    expect(github.writes()).toHaveLength(0);
  });
});
