import { BAD, GOOD } from './slice-observations.js';

/** Good, bad and unknown slices among some. */
export interface SliceCounts {
  good: number;
  bad: number;
  unknown: number;
}

/** Counts the verdicts of the last `n` slices (all when `n` is larger). */
export function countSlices(slices: Int8Array, n = slices.length): SliceCounts {
  const c: SliceCounts = { good: 0, bad: 0, unknown: 0 };
  for (let i = Math.max(0, slices.length - n); i < slices.length; i++) {
    if (slices[i] === GOOD) c.good++;
    else if (slices[i] === BAD) c.bad++;
    else c.unknown++;
  }
  return c;
}

/**
 * The share of the window's error budget still left. The budget is the share of the window's slices allowed to be bad
 * (`1 - objective`), counted over the whole window as in the SRE workbook, so a bad hour spends the same share of it on
 * day 1 as on day 28: 1 untouched, 0 spent, negative overspent. An objective of 100 % has no budget: any bad slice
 * overspends it (-1).
 */
export function computeBudgetRemaining(bad: number, windowSlices: number, objective: number): number {
  const allowed = (1 - objective) * windowSlices;
  if (bad === 0) return 1;
  if (allowed <= 0) return -1;
  return 1 - bad / allowed;
}

/**
 * How fast the budget burns over some slices: the share of observed slices that were bad, divided by the share the
 * objective allows. 1 spends the budget exactly over the window; 0 when nothing was observed.
 */
export function computeBurnRate(counts: SliceCounts, objective: number): number {
  const observed = counts.good + counts.bad;
  if (observed === 0 || counts.bad === 0) return 0;
  const allowed = 1 - objective;
  return allowed <= 0 ? Infinity : counts.bad / observed / allowed;
}
