import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyHysteresis,
  computeBudgetRemaining,
  computeBurnRate,
  evaluateSlo,
  isGoodValue,
  type Observation,
  type SloMemory,
  type SloSpec,
  type SloState,
} from '@meshplane/core';

const spec = (over: Partial<SloSpec> = {}): SloSpec => ({
  productId: 'podcast.podcast-listeners',
  domain: 'podcast',
  owner: 'podcast-data',
  port: 'daily',
  slo: 'fresh',
  type: 'freshness',
  thresholdHours: 6,
  objective: 0.99,
  window: '28d',
  windowHours: 672,
  hasReaders: true,
  ...over,
});
const NOW = '2026-11-22T12:00:00.000Z';
const HOUR = 3_600_000;
const at = (hoursAgo: number): string => new Date(Date.parse(NOW) - hoursAgo * HOUR).toISOString();
const obs = (hoursAgo: number, value: number, slo = 'fresh'): Observation => ({
  observationId: `${slo}-${hoursAgo}`,
  productId: 'podcast.podcast-listeners',
  port: 'daily',
  slo,
  observedAt: at(hoursAgo),
  value,
  unit: 'hours',
});
/** A load every `every` hours for 30 days, each observed at age 0. */
const loads = (every: number, until = 0): Observation[] =>
  Array.from({ length: Math.floor((720 - until) / every) }, (_, i) => obs(720 - i * every, 0)).filter((o) => Date.parse(o.observedAt) <= Date.parse(at(until)));

describe('error budget and burn rate math', () => {
  it('leaves the whole budget with no bad slice, none when exactly the allowed share is bad, and less with every bad slice', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 0.5, max: 0.9999, noNaN: true }),
        fc.integer({ min: 0, max: 5000 }),
        (slices, objective, bad) => {
          const b = Math.min(bad, slices);
          const remaining = computeBudgetRemaining(b, slices, objective);
          const more = computeBudgetRemaining(Math.min(b + 1, slices + 1), slices, objective);
          const allowed = (1 - objective) * slices;
          return (b === 0 ? remaining === 1 : remaining < 1) && more < remaining + 1e-12 && (b === 0 || Math.abs(remaining - (1 - b / allowed)) < 1e-9);
        },
      ),
    );
  });

  it('burns at 1 when the bad share equals the allowed share, proportionally otherwise', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.double({ min: 0.5, max: 0.999, noNaN: true }),
        (good, bad, objective) => {
          const rate = computeBurnRate({ good, bad, unknown: 0 }, objective);
          const expected = bad === 0 ? 0 : bad / (good + bad) / (1 - objective);
          return Math.abs(rate - expected) < 1e-9 && rate >= 0;
        },
      ),
    );
    expect(computeBurnRate({ good: 99, bad: 1, unknown: 5 }, 0.99)).toBeCloseTo(1);
    expect(computeBurnRate({ good: 0, bad: 0, unknown: 24 }, 0.99)).toBe(0);
  });

  it('changes state only after the new one held for holdFor evaluations in a row', () => {
    const states = fc.constantFrom<SloState>('ok', 'at-risk', 'breached', 'no-data');
    fc.assert(
      fc.property(fc.array(states, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 4 }), (sequence, hold) => {
        let memory: SloMemory | undefined;
        let shown: SloState[] = [];
        for (const s of sequence) {
          memory = applyHysteresis(memory, s, NOW, hold);
          shown = [...shown, memory.state];
        }
        // Every change of the shown state is backed by `hold` equal raw states ending there.
        return shown.every((s, i) => i === 0 || s === shown[i - 1] || sequence.slice(Math.max(0, i - hold + 1), i + 1).every((r) => r === s));
      }),
    );
  });
});

describe('whether one value meets its SLO', () => {
  it.each<[Partial<SloSpec>, number, boolean]>([
    [{ type: 'freshness', thresholdHours: 6 }, 5.9, true],
    [{ type: 'freshness', thresholdHours: 6 }, 6.1, false],
    [{ type: 'timeliness', thresholdHours: 0.25 }, 0.3, false],
    [{ type: 'intervalOfChange', thresholdHours: 24 }, 23, true],
    [{ type: 'completeness', thresholdPercent: 99.5 }, 99.4, false],
    [{ type: 'volume', min: 100, max: 200 }, 150, true],
    [{ type: 'volume', min: 100, max: 200 }, 201, false],
    [{ type: 'volume', min: 100 }, 99, false],
    [{ type: 'quality' }, 100, true],
    [{ type: 'quality' }, 50, false],
    [{ type: 'availability' }, 0, false],
  ])('%j with %d → %s', (over, value, good) => {
    expect(isGoodValue(spec({ thresholdHours: undefined, ...over } as Partial<SloSpec>), value)).toBe(good);
  });
});

describe('evaluating one SLO over time', () => {
  it('is ok when loads arrive well within the freshness threshold', () => {
    const { status, history } = evaluateSlo(spec(), loads(4), { now: NOW });
    expect([status.state, status.attainment, status.budgetRemaining]).toEqual(['ok', 1, 1]);
    expect(status.current?.value).toBeLessThanOrEqual(4);
    expect(history).toHaveLength(30);
    expect(history.every((d) => d.bad === 0)).toBe(true);
  });

  it('is breached when loads stopped long enough to spend the budget, and says since when', () => {
    const { status } = evaluateSlo(spec(), loads(4, 20), { now: NOW });
    expect(status.state).toBe('breached');
    expect(status.severity).toBe('critical');
    expect(Date.parse(status.since)).toBeGreaterThan(Date.parse(at(20)));
    expect(status.budgetRemaining).toBeLessThan(0);
    expect(status.current?.value).toBeGreaterThan(20);
  });

  it('is at risk when a recent incident burns the budget fast but has not spent it', () => {
    const completeness = spec({ slo: 'complete', type: 'completeness', thresholdHours: undefined, thresholdPercent: 99, objective: 0.95 });
    const daily = Array.from({ length: 30 }, (_, d) => ({ ...obs(d * 24 + 7, d === 0 ? 90 : 100, 'complete'), unit: 'percent' as const })).reverse();
    const { status } = evaluateSlo(completeness, daily, { now: NOW });
    expect(status.state).toBe('at-risk');
    expect(status.burnRates.find((b) => b.window === 'PT6H')?.rate).toBeGreaterThanOrEqual(3);
  });

  it('has no data before the first observation, and when the probe fell silent', () => {
    expect(evaluateSlo(spec(), [], { now: NOW }).status.state).toBe('no-data');
    expect(evaluateSlo(spec(), loads(4, 72), { now: NOW }).status.state).toBe('no-data');
  });
});
