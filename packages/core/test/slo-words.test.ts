import { describe, expect, it } from 'vitest';
import { describeBurnRates, describeErrorBudget, humanizeDuration, humanizeWindow, type BurnRate } from '@meshplane/core';

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;
const DAY = 24 * H;

describe('humanizeDuration', () => {
  it.each<[number, string]>([
    [0, '0 min'],
    [400, '1 s'],
    [45 * S, '45 s'],
    [59.4 * S, '59 s'],
    [90 * S, '2 min'],
    [12 * MIN, '12 min'],
    [59 * MIN + 40 * S, '1 h'],
    [H, '1 h'],
    [2 * H + 15 * MIN, '2 h 15 min'],
    [7.5 * H, '7 h 30 min'],
    [23 * H + 59 * MIN + 40 * S, '1 day'],
    [DAY, '1 day'],
    [30 * H, '1 day 6 h'],
    [47 * H + 40 * MIN, '2 days'],
    [3 * DAY, '3 days'],
    [6 * DAY + 23 * H, '6 days 23 h'],
    [7 * DAY + 5 * H, '7 days'],
    [28 * DAY, '28 days'],
    [-2 * H, '-2 h'],
    [Number.NaN, 'unknown'],
    [Number.POSITIVE_INFINITY, 'unknown'],
  ])('%d ms is %s', (ms, text) => {
    expect(humanizeDuration(ms)).toBe(text);
  });
});

describe('humanizeWindow', () => {
  it.each<[string, string]>([
    ['PT6H', '6 h'],
    ['P1D', '1 day'],
    ['P3D', '3 days'],
    ['PT90M', '1 h 30 min'],
    ['28d', '28 days'],
    ['24h', '1 day'],
    ['12w', '84 days'],
    ['a fortnight', 'a fortnight'],
  ])('%s is %s', (window, text) => {
    expect(humanizeWindow(window)).toBe(text);
  });
});

describe('describeErrorBudget', () => {
  it.each<[number | undefined, number | undefined, string]>([
    [1, 0.995, '100 % of the budget left'],
    [0.62, 0.995, '62 % of the budget left'],
    [0.996, 0.995, '99.6 % of the budget left'],
    [0.0004, 0.995, '0.1 % of the budget left'],
    [0.05, 0.995, '5 % of the budget left'],
    [0, 0.995, 'budget exhausted (100 % spent)'],
    [-0.2, 0.995, 'budget exhausted (120 % spent)'],
    [-2.423, 0.995, 'budget exhausted (342 % spent)'],
    [-2.42, undefined, 'budget exhausted (342 % spent)'],
    [-1, 1, 'no error budget (objective 100 %), already missed'],
    [1, 1, 'no error budget (objective 100 %), and nothing bad yet'],
    [undefined, 0.995, 'budget unknown (no data)'],
  ])('%d left of %d is %s', (remaining, objective, text) => {
    expect(describeErrorBudget(remaining, objective)).toBe(text);
  });
});

describe('describeBurnRates', () => {
  const rate = (window: string, r: number): BurnRate => ({ window, rate: r });
  it.each<[BurnRate[], string]>([
    [[rate('PT6H', 20), rate('P1D', 18.2), rate('P3D', 4.44)], 'burning 20× over 6 h, 18× over 1 day, 4.4× over 3 days'],
    [[rate('PT6H', 0.25), rate('P1D', 0)], 'burning 0.3× over 6 h, 0× over 1 day'],
    [[rate('PT6H', 0), rate('P1D', 0)], 'not burning'],
    [[], 'no burn rate yet'],
    [[rate('PT1H', Number.POSITIVE_INFINITY)], 'burning ∞× over 1 h'],
    [[{ window: 'PT1H', rate: null as unknown as number }], 'burning ∞× over 1 h'],
  ])('%j is %s', (rates, text) => {
    expect(describeBurnRates(rates)).toBe(text);
  });
});
