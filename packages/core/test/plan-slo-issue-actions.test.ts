import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSloStatus } from '@meshplane/testkit';
import { fingerprintSlo, planSloIssueActions, readSloMarkers, renderSloIssue, type FoundSloIssue, type SloIssueSubject, type SloState } from '@meshplane/core';

const NOW = '2026-11-22T06:00:00Z';
const SITE = 'https://mesh.daff.example';

function status(change: Partial<SloIssueSubject> = {}): SloIssueSubject {
  const burnRates = [
    { window: 'PT1H', rate: 14.4 },
    { window: 'P1D', rate: 3.2 },
  ];
  return { ...buildSloStatus({ since: '2026-11-21T22:00:00Z', attainment: 0.971, burnRates, evaluatedAt: NOW }), ...change };
}

/** An issue as the bot would have written it for `s`. */
function issueFor(s: SloIssueSubject, change: Partial<FoundSloIssue> = {}): FoundSloIssue {
  const c = renderSloIssue(s, SITE);
  return { number: 1, state: 'open', title: c.title, body: c.body, labels: c.labels, ...change };
}

const plan = (statuses: SloIssueSubject[], found: FoundSloIssue[], now = NOW, extra = {}) =>
  planSloIssueActions(statuses, found, { siteUrl: SITE, now, ...extra });

describe('planSloIssueActions', () => {
  it.each<[string, SloIssueSubject, FoundSloIssue[], string, boolean]>([
    ['a breach with no issue creates one', status(), [], 'create', false],
    ['no-data with no issue creates one', status({ state: 'no-data', severity: 'info' }), [], 'create', false],
    ['at-risk with no issue opens none by default', status({ state: 'at-risk' }), [], 'none', false],
    ['ok with no issue does nothing', status({ state: 'ok' }), [], 'none', false],
    ['the same breach, re-evaluated, edits the body without a comment', status({ evaluatedAt: '2026-11-22T07:00:00Z' }), [issueFor(status())], 'update', false],
    ['the exact same content does nothing', status(), [issueFor(status())], 'none', false],
    ['a state change edits and comments', status({ state: 'no-data' }), [issueFor(status())], 'update', true],
    ['recovery closes with a comment', status({ state: 'ok' }), [issueFor(status())], 'close', true],
    [
      'a breach soon after closing reopens',
      status(),
      [issueFor(status({ state: 'ok' }), { state: 'closed', closedAt: '2026-11-21T12:00:00Z' })],
      'reopen',
      true,
    ],
    [
      'a breach long after closing opens a new episode',
      status(),
      [issueFor(status({ state: 'ok' }), { state: 'closed', closedAt: '2026-11-20T12:00:00Z' })],
      'create',
      false,
    ],
    ['an issue of another SLO is not this one', status(), [issueFor(status({ slo: 'completeness' }))], 'create', false],
    [
      'a breach soon after a duplicate was closed does not reopen the duplicate',
      status(),
      [issueFor(status(), { state: 'closed', closedAt: '2026-11-22T05:00:00Z', stateReason: 'duplicate' })],
      'create',
      false,
    ],
  ])('%s', (_name, s, found, kind, comment) => {
    const [action] = plan([s], found);
    expect(action?.kind).toBe(kind);
    expect(action !== undefined && 'comment' in action && action.comment !== undefined).toBe(comment);
  });

  it('opens an issue for at-risk when configured', () => {
    expect(plan([status({ state: 'at-risk' })], [], NOW, { openOnAtRisk: true })[0]?.kind).toBe('create');
  });

  it('keeps labels people added and replaces its own severity label', () => {
    const found = issueFor(status(), { labels: ['slo-breach', 'domain:podcast', 'severity:critical', 'investigating'] });
    const [action] = plan([status({ severity: 'warning', state: 'at-risk' })], [found]);
    expect(action).toMatchObject({ kind: 'update', labels: ['slo-breach', 'domain:podcast', 'severity:warning', 'investigating'] });
  });

  it('plans each fingerprint once', () => {
    expect(plan([status(), status()], []).map((a) => a.kind)).toEqual(['create', 'none']);
  });

  it('writes a body that says what broke, with markers, owner mention and product link', () => {
    const c = renderSloIssue(status(), SITE);
    expect(readSloMarkers(c.body)).toEqual({ fingerprint: 'podcast.podcast-listeners/daily/freshness', state: 'breached' });
    expect(c.labels).toEqual(['slo-breach', 'domain:podcast', 'severity:critical']);
    expect(c.title).toBe('SLO breached: freshness of podcast.podcast-listeners · daily');
    expect(c.body).toMatchInlineSnapshot(`
      "<!-- meshplane:slo podcast.podcast-listeners/daily/freshness -->
      <!-- meshplane:slo-state breached -->
      ## SLO breached: \`freshness\` (freshness) of podcast.podcast-listeners, port \`daily\`

      Owner: @daff/podcast-data · domain podcast · [product page](https://mesh.daff.example/products/podcast.podcast-listeners/)

      | | |
      |---|---|
      | State | **breached** for 8 h (since 2026-11-21T22:00:00Z) |
      | Current value | 7 h 30 min (observed 2026-11-22T05:00:00Z) |
      | Threshold | ≤ 1 h |
      | Objective | 99.5 % of time slices good over 28 days |
      | Attainment | 97.1 % |
      | Error budget | budget exhausted (120 % spent) |
      | Burn rates | burning 14× over 1 h, 3.2× over 1 day |
      | Severity | critical |

      ### What to do

      - Check the latest run of the pipeline that writes this port: did it fail, run late, or write fewer or emptier rows?
      - Fix the cause and backfill the missing data; the issue closes by itself once the SLO is ok again.
      - If the objective no longer fits the product, change the SLO in its manifest through a pull request.

      <sub>Written by Meshplane at 2026-11-22T06:00:00Z. This issue is edited in place on every run; a comment is added only when the state changes, and it is closed when the SLO recovers.</sub>
      "
    `);
  });

  it('renders hostile names inert and mentions only a well-formed owner handle', () => {
    const hostile = '<img src=x onerror=alert(1)> @org/everyone';
    const c = renderSloIssue(status({ productName: hostile, threshold: hostile, domain: hostile, ownerHandle: '@org/everyone <b>' }), SITE);
    expect(c.body).not.toMatch(/<img|<b>/);
    expect(c.body).not.toMatch(/@org\/everyone/);
    expect(c.title).not.toMatch(/@org/);
    const evil = renderSloIssue(status({ productId: 'x --> <script>', port: 'a`b', slo: 's' }), SITE);
    expect(evil.body).not.toContain('<script>');
    expect(readSloMarkers(evil.body)?.fingerprint).toBe(fingerprintSlo({ productId: 'x --> <script>', port: 'a`b', slo: 's' }));
  });

  it("cuts a body that would exceed GitHub's limit, keeping its markers", () => {
    const c = renderSloIssue(status({ threshold: 'x'.repeat(100_000) }), SITE);
    expect(c.body.length).toBeLessThanOrEqual(65_000);
    expect(readSloMarkers(c.body)?.fingerprint).toBe('podcast.podcast-listeners/daily/freshness');
  });

  it('never keeps more than one open issue per SLO, and opens a new one only after the cooldown (property)', () => {
    const states: SloState[] = ['ok', 'at-risk', 'breached', 'no-data'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...states), fc.integer({ min: 1, max: 20 })), { maxLength: 40 }), (runs) => {
        const issues: FoundSloIssue[] = [];
        let t = Date.parse(NOW);
        for (const [state, hours] of runs) {
          t += hours * 3_600_000;
          const now = new Date(t).toISOString();
          const [action] = plan([status({ state, evaluatedAt: now })], issues, now);
          // A new issue only when every earlier one was closed more than the 24 h cooldown ago (a new episode).
          if (action?.kind === 'create') for (const i of issues) expect(t - Date.parse(i.closedAt ?? now)).toBeGreaterThan(24 * 3_600_000);
          applyAction(issues, action, now);
          expect(issues.filter((i) => i.state === 'open').length).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

function applyAction(issues: FoundSloIssue[], action: ReturnType<typeof plan>[number] | undefined, now: string): void {
  if (!action || action.kind === 'none') return;
  if (action.kind === 'create') {
    issues.push({ number: issues.length + 1, state: 'open', title: action.title, body: action.body, labels: action.labels });
    return;
  }
  const issue = issues.find((i) => i.number === action.issueNumber);
  if (!issue) throw new Error(`no issue ${action.issueNumber}`);
  Object.assign(issue, { title: action.title, body: action.body, labels: action.labels });
  if (action.kind === 'close') Object.assign(issue, { state: 'closed', closedAt: now });
  if (action.kind === 'reopen') Object.assign(issue, { state: 'open', closedAt: undefined });
}
