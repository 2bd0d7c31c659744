import { describe, expect, it } from 'vitest';
import { buildSloStatus } from '@meshplane/testkit';
import { explainStatus, renderSloText, type SloStatus } from '@meshplane/core';

const NOW = '2026-11-22T06:00:00.000Z';
const status = (change: Partial<SloStatus>): SloStatus => buildSloStatus({ evaluatedAt: NOW, ...change });
const burning = [
  { window: 'PT6H', rate: 20.2 },
  { window: 'P1D', rate: 18 },
  { window: 'P3D', rate: 6.5 },
];

describe('explainStatus', () => {
  it.each<[string, Partial<SloStatus>, string]>([
    [
      'breached',
      { budgetRemaining: -2.423, since: '2026-11-22T03:45:00Z' },
      'objective 99.5 % over 28 days missed: attainment 97.0 %, budget exhausted (342 % spent); failing for 2 h 15 min (since 2026-11-22T03:45Z)',
    ],
    [
      'at risk, burning',
      { state: 'at-risk', budgetRemaining: 0.62, burnRates: burning },
      'burning 20× over 6 h, 18× over 1 day, 6.5× over 3 days; 62 % of the budget left',
    ],
    ['at risk, overspent', { state: 'at-risk', budgetRemaining: -0.1 }, 'budget exhausted (110 % spent), though it passes again now'],
    [
      'no data since an observation',
      { state: 'no-data', current: { value: 3, unit: 'hours', observedAt: '2026-11-19T06:00:00Z' } },
      'nothing observed for 3 days (since 2026-11-19T06:00Z)',
    ],
    ['no data at all', { state: 'no-data', current: undefined }, 'nothing observed yet'],
    ['ok', { state: 'ok', attainment: 0.999, budgetRemaining: 0.8 }, 'attainment 99.9 %, 80 % of the budget left'],
  ])('%s', (_name, change, text) => {
    expect(explainStatus(status(change))).toBe(text);
  });
});

describe('renderSloText', () => {
  it('shows values, budgets, burn rates and durations in words', () => {
    const statuses = [
      status({ since: '2026-11-20T04:00:00Z', budgetRemaining: -2.423 }),
      status({
        slo: 'volume',
        type: 'volume',
        state: 'at-risk',
        budgetRemaining: 0.4,
        burnRates: burning,
        current: { value: 812, unit: 'rows', observedAt: NOW },
        threshold: '≥ 1000 rows',
      }),
      status({
        slo: 'complete',
        type: 'completeness',
        state: 'ok',
        budgetRemaining: 1,
        current: { value: 99.95, unit: 'percent', observedAt: NOW },
        threshold: '≥ 99.9 %',
      }),
    ];
    expect(renderSloText({ evaluatedAt: NOW, statuses, history: new Map(), memory: new Map() })).toMatchInlineSnapshot(`
      "SLOs at 2026-11-22T06:00Z: 1 ok, 1 at risk, 1 breached, 0 without data (3 SLOs).
        breached  podcast.podcast-listeners daily/freshness [freshness] 7 h 30 min (≤ 1 h) — objective 99.5 % over 28 days missed: attainment 97.0 %, budget exhausted (342 % spent); failing for 2 days 2 h (since 2026-11-20T04:00Z)
        at-risk   podcast.podcast-listeners daily/volume [volume] 812 rows (≥ 1000 rows) — burning 20× over 6 h, 18× over 1 day, 6.5× over 3 days; 40 % of the budget left
        (1 SLO ok; mesh slo status --all lists them)
      "
    `);
  });
});
