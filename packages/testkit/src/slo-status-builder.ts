import type { SloStatus } from '@meshplane/core';

/**
 * A breached freshness SLO of `podcast.podcast-listeners`, evaluated at 2026-11-22T06:00Z: one builder for the tests
 * of the issue bot, the CLI and the site export, one changed field per case.
 */
export function buildSloStatus(change: Partial<SloStatus> = {}): SloStatus {
  return {
    productId: 'podcast.podcast-listeners',
    domain: 'podcast',
    owner: 'podcast-data',
    ownerHandle: '@daff/podcast-data',
    port: 'daily',
    slo: 'freshness',
    type: 'freshness',
    state: 'breached',
    since: '2026-11-22T02:00:00Z',
    current: { value: 7.5, unit: 'hours', observedAt: '2026-11-22T05:00:00Z' },
    threshold: '≤ 1 h',
    objective: 0.995,
    window: '28d',
    attainment: 0.97,
    budgetRemaining: -0.2,
    burnRates: [{ window: 'PT1H', rate: 14.4 }],
    severity: 'critical',
    evaluatedAt: '2026-11-22T06:00:00.000Z',
    ...change,
  };
}
