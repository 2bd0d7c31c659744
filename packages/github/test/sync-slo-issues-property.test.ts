import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SloState, SloStatus } from '@meshplane/core';
import { syncSloIssues } from '@meshplane/github';
import { startGithubServer } from '@meshplane/testkit';

const T0 = Date.parse('2026-11-22T06:00:00Z');
const HOUR = 3_600_000;

function status(slo: string, state: SloState, at: string): SloStatus {
  return {
    productId: 'player.play-events',
    domain: 'player',
    owner: 'player-data',
    ownerHandle: '@daff/player-data',
    port: 'events',
    slo,
    type: 'freshness',
    state,
    since: at,
    threshold: '≤ 1 h',
    objective: 0.99,
    window: '28d',
    burnRates: [],
    severity: state === 'no-data' ? 'info' : 'critical',
    evaluatedAt: at,
  };
}

const step = fc.record({
  states: fc.tuple(fc.constantFrom<SloState>('ok', 'at-risk', 'breached', 'no-data'), fc.constantFrom<SloState>('ok', 'breached')),
  hours: fc.integer({ min: 1, max: 30 }),
  fault: fc.constantFrom('none', 'create-502-after', 'create-502-before', 'comment-502-after', 'update-500'),
});

describe('syncSloIssues over any sequence of states and faults (property, against the local GitHub server)', () => {
  it('never leaves two open issues for one SLO, and makes a new issue only for a new episode', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        const github = await startGithubServer();
        try {
          let t = T0;
          for (const { states, hours, fault } of steps) {
            t += hours * HOUR;
            const now = new Date(t).toISOString();
            github.setNow(new Date(t));
            if (fault === 'create-502-after') github.failNext('issues/create', { status: 502, afterPerforming: true });
            if (fault === 'create-502-before') github.failNext('issues/create', { status: 502 });
            if (fault === 'comment-502-after') github.failNext('issues/create-comment', { status: 502, afterPerforming: true });
            if (fault === 'update-500') github.failNext('issues/update', { status: 500 });
            const issuesBefore = github.repo('daff', 'mesh').issues.map((i) => ({ ...i }));
            const result = await syncSloIssues({
              statuses: [status('freshness', states[0], now), status('volume', states[1], now)],
              owner: 'daff',
              repo: 'mesh',
              token: 't',
              baseUrl: github.url,
              siteUrl: 'https://mesh.daff.example',
              now,
              client: { retries: 2, waitUnitMs: 1, writeIntervalMs: 0 },
            });
            // One fault per step at most (a fault left unused is dropped), so every retry path must succeed.
            github.clearFaults();
            expect(result.failed).toEqual([]);
            const issues = github.repo('daff', 'mesh').issues;
            for (const slo of ['freshness', 'volume']) {
              const mine = (list: typeof issues) => list.filter((i) => i.body?.includes(`/events/${slo} -->`));
              expect(mine(issues).filter((i) => i.state === 'open').length).toBeLessThanOrEqual(1);
              // A new issue only when every earlier one was closed more than the 24 h cooldown ago.
              if (mine(issues).length > mine(issuesBefore).length) {
                expect(mine(issues).length).toBe(mine(issuesBefore).length + 1);
                for (const old of mine(issuesBefore)) expect(t - Date.parse(old.closed_at ?? now)).toBeGreaterThan(24 * HOUR);
              }
            }
            // Comments are never repeated, even behind a 502.
            const bodies = github.repo('daff', 'mesh').comments.map((c) => `${c.issue_number}:${c.body}`);
            expect(new Set(bodies).size).toBe(bodies.length);
          }
          github.assertNoViolations();
        } finally {
          await github.close();
        }
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
