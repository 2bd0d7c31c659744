import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSloMarkers, type SloIssueSubject } from '@meshplane/core';
import { syncSloIssues } from '@meshplane/github';
import { buildSloStatus, startGithubServer, startMesh, type GithubServer } from '@meshplane/testkit';

const NOW = '2026-11-22T06:00:00.000Z';
let github: GithubServer;

beforeEach(async () => {
  github = await startGithubServer();
  github.setNow(new Date(NOW));
});
afterEach(async () => {
  github.assertNoViolations();
  await github.close();
});

const breaches: SloIssueSubject[] = [
  buildSloStatus({ evaluatedAt: NOW }),
  buildSloStatus({ evaluatedAt: NOW, slo: 'completeness', type: 'completeness' }),
  buildSloStatus({ evaluatedAt: NOW, state: 'no-data', severity: 'info', slo: 'volume', type: 'volume' }),
];

/** One bot run with its own Octokit client, as a second scheduled run on another runner would be. */
const run = (statuses = breaches) =>
  syncSloIssues({
    statuses,
    owner: 'daff',
    repo: 'mesh',
    token: 'test-token',
    baseUrl: github.url,
    siteUrl: 'https://mesh.daff.example',
    now: NOW,
    client: { retries: 1, waitUnitMs: 1, writeIntervalMs: 0 },
  });

const issues = () => github.repo('daff', 'mesh').issues;
const fingerprintOf = (body: string | null) => readSloMarkers(body)?.fingerprint;
function openPerEpisode(): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const i of issues()) if (i.state === 'open') (out[fingerprintOf(i.body) ?? ''] ??= []).push(i.number);
  return out;
}

describe('two syncSloIssues runs started together', () => {
  it('end with exactly one open issue per episode: each duplicate is closed as a duplicate of the lower number', async () => {
    // Every list call of the two runs is answered in pairs, so they go in lockstep: both plans see no issue, both look
    // again before each create and see none, and both check after it: 1 + 3 × 2 lists each.
    github.holdNext('issues/list-for-repo', { together: 2, times: 14 });
    const [a, b] = await Promise.all([run(), run()]);
    expect([...a.failed, ...b.failed]).toEqual([]);
    const open = openPerEpisode();
    expect(Object.values(open).map((list) => list.length)).toEqual([1, 1, 1]);
    const closed = issues().filter((i) => i.state === 'closed');
    expect(issues()).toHaveLength(6);
    for (const dup of closed) {
      const survivor = issues().find((i) => i.number === open[fingerprintOf(dup.body) ?? '']?.[0]);
      expect(survivor && survivor.number < dup.number).toBe(true);
      expect(dup.state_reason).toBe('duplicate');
      const comments = github.repo('daff', 'mesh').comments.filter((c) => c.issue_number === dup.number);
      expect(comments.map((c) => c.body.split(':')[0])).toEqual([`Duplicate of #${survivor?.number}`]);
      const close = github.requests.find((r) => r.operationId === 'issues/update' && r.path.endsWith(`/issues/${dup.number}`));
      expect(close?.body).toEqual({ state: 'closed', state_reason: 'duplicate', duplicate_issue_id: survivor?.id });
    }
    expect(closed).toHaveLength(3);
    // Both runs report the survivor as the episode's issue; the one that lost says what it closed.
    const lost = [...a.outcomes, ...b.outcomes].filter((o) => o.concurrent);
    expect(lost.map((o) => [o.issueNumber, o.closedDuplicate]).sort()).toEqual(closed.map((d) => [open[fingerprintOf(d.body) ?? '']?.[0], d.number]).sort());
    expect([...a.notes, ...b.notes]).toHaveLength(3);
    expect([...a.notes, ...b.notes][0]).toMatch(/^another run created #\d+ for .* at the same time: closed #\d+ as its duplicate$/);
    // The next run works on the survivors only and creates nothing.
    const next = await run(breaches.map((s) => ({ ...s, state: 'ok' })));
    expect(next.outcomes.map((o) => `${o.kind} #${o.issueNumber}`).sort()).toEqual(
      Object.values(open)
        .map((list) => `close #${list[0]}`)
        .sort(),
    );
    expect(issues().filter((i) => i.state === 'open')).toEqual([]);
  });

  it('creates nothing when the other run created the issue between the plan and the create', async () => {
    const [shared, other] = breaches as [SloIssueSubject, SloIssueSubject];
    // Both plans see no issue. The first creates are answered together: run A's for the shared SLO, run B's for
    // another one; B looks for the shared SLO's issue only after that, and finds A's.
    github.holdNext('issues/list-for-repo', { together: 2, times: 2 });
    github.holdNext('issues/create', { together: 2, times: 2 });
    const [a, b] = await Promise.all([run([shared]), run([other, shared])]);
    expect([...a.failed, ...b.failed]).toEqual([]);
    expect(issues().map((i) => i.state)).toEqual(['open', 'open']);
    const sharedIssue = a.outcomes[0]?.issueNumber;
    expect(b.outcomes[1]).toMatchObject({ kind: 'create', issueNumber: sharedIssue, concurrent: true });
    expect(b.outcomes[1]?.closedDuplicate).toBeUndefined();
    expect(b.notes).toEqual([`another run had just created #${sharedIssue} for podcast.podcast-listeners/daily/freshness: not created again`]);
  });

  it('closes a duplicate an earlier run left open (its close failed) on the next run', async () => {
    github.holdNext('issues/list-for-repo', { together: 2, times: 4 });
    github.failNext('issues/create-comment', { status: 500 });
    const [a, b] = await Promise.all([run([breaches[0] as SloIssueSubject]), run([breaches[0] as SloIssueSubject])]);
    expect([...a.failed, ...b.failed].map((o) => o.error?.message)).toEqual([expect.stringMatching(/close issue #2 as a duplicate of #1/)]);
    expect(issues().filter((i) => i.state === 'open')).toHaveLength(2);
    const next = await run([breaches[0] as SloIssueSubject]);
    expect(next.notes).toEqual(['issue #2 duplicates #1 (podcast.podcast-listeners/daily/freshness): closed it as a duplicate']);
    expect(next.outcomes).toMatchObject([{ kind: 'none', issueNumber: 1 }]);
    expect(issues().map((i) => [i.number, i.state, i.state_reason])).toEqual([
      [1, 'open', null],
      [2, 'closed', 'duplicate'],
    ]);
  });
});

describe('two mesh slo sync-issues processes started together', () => {
  it('create exactly one issue for the episode', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mesh-slo-race-')), 'statuses.json');
    writeFileSync(file, JSON.stringify([breaches[0]]));
    github.holdNext('issues/list-for-repo', { together: 2, times: 4, timeoutMs: 20_000 });
    const env = { GITHUB_TOKEN: 'test-token', GITHUB_REPOSITORY: 'daff/mesh', GITHUB_API_URL: github.url };
    const args = ['slo', 'sync-issues', '--statuses', file, '--site-url', 'https://mesh.daff.example', '--now', NOW];
    const runs = [startMesh(args, { env }), startMesh(args, { env })];
    const exits = await Promise.all(runs.map((r) => r.exited));
    expect(exits.map((e) => e.status)).toEqual([0, 0]);
    expect(issues().map((i) => [i.number, i.state, i.state_reason])).toEqual([
      [1, 'open', null],
      [2, 'closed', 'duplicate'],
    ]);
    expect(runs.map((r) => r.output()).join('\n')).toContain(
      'note: another run created #1 for podcast.podcast-listeners/daily/freshness at the same time: closed #2 as its duplicate',
    );
  }, 60_000);
});
