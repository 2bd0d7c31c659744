import { describeThreshold } from './classify-observation.js';
import { computeBudgetRemaining, computeBurnRate, countSlices } from './compute-error-budget.js';
import type { SloSpec } from './read-slo-specs.js';
import { BAD, sliceObservations, UNKNOWN } from './slice-observations.js';
import type { BurnRate, Observation, SloState, SloStatus } from './slo-types.js';
import { isSloSeries, seriesOf, type SloSeries } from './slo-series.js';
import { unitOf } from './parse-observation-lines.js';

/** Burn-rate look-backs, in hourly slices: batch data moves in hours and days, not the minutes of a web service. */
export const BURN_WINDOWS: readonly { window: string; hours: number }[] = [
  { window: 'PT6H', hours: 6 },
  { window: 'P1D', hours: 24 },
  { window: 'P3D', hours: 72 },
];

/** Both short look-backs burning at least this fast make an SLO at risk (the budget would last a third of the window). */
export const FAST_BURN = 3;

/** Good, bad and unknown hours of one UTC day. */
export interface DailySlices {
  day: string;
  good: number;
  bad: number;
  unknown: number;
}

export interface SloEvaluation {
  /** The status before hysteresis: what this evaluation alone says. */
  status: SloStatus;
  /** One entry per UTC day of the history, oldest first. */
  history: DailySlices[];
}

export interface EvaluateOptions {
  /** The evaluation time (ISO instant); the last slice ends here. */
  now: string;
  /** Days of daily history to return (default 30). */
  historyDays?: number;
}

/**
 * Evaluates one SLO at `now` over hourly slices: attainment and budget over its window, burn rates over 6 hours, 1 and
 * 3 days, and a state. `no-data` when the current slice has no observation speaking for it; `breached` when the budget
 * is spent and the SLO failed within the last 6 hours; `at-risk` when both short look-backs burn at least
 * {@link FAST_BURN} times too fast, or the budget is spent but the SLO has recovered; `ok` otherwise. Pure: the clock is
 * passed in.
 *
 * @param observations this SLO's observations, sorted by `observedAt` (or as a series, as stores hand them over)
 */
export function evaluateSlo(spec: SloSpec, observations: readonly Observation[] | SloSeries, options: EvaluateOptions): SloEvaluation {
  const series = isSloSeries(observations) ? observations : seriesOf(observations);
  const endMs = Date.parse(options.now);
  const historyHours = (options.historyDays ?? 30) * 24;
  const windowHours = Math.round(spec.windowHours);
  const slices = sliceObservations(spec, series, { endMs, count: Math.max(historyHours, windowHours) });
  const inWindow = countSlices(slices, windowHours);
  const budgetRemaining = computeBudgetRemaining(inWindow.bad, windowHours, spec.objective);
  const burnRates: BurnRate[] = BURN_WINDOWS.map((w) => ({ window: w.window, rate: round(computeBurnRate(countSlices(slices, w.hours), spec.objective)) }));
  const state = decideRawState(slices, budgetRemaining, burnRates);
  const n = series.times.length;
  const last = n > 0 ? { at: series.times[n - 1] as number, value: series.values[n - 1] as number } : undefined;
  const observed = inWindow.good + inWindow.bad;
  const status: SloStatus = {
    productId: spec.productId,
    domain: spec.domain,
    owner: spec.owner,
    ...(spec.ownerHandle ? { ownerHandle: spec.ownerHandle } : {}),
    port: spec.port,
    slo: spec.slo,
    type: spec.type,
    state,
    since: findSince(slices, state, endMs),
    ...(last
      ? { current: { value: currentValue(spec, last, endMs), unit: series.unit ?? unitOf(spec.type), observedAt: new Date(last.at).toISOString() } }
      : {}),
    threshold: describeThreshold(spec),
    objective: spec.objective,
    window: spec.window,
    ...(observed ? { attainment: round(inWindow.good / observed) } : {}),
    ...(observed ? { budgetRemaining: round(budgetRemaining) } : {}),
    burnRates,
    severity: state === 'no-data' ? 'info' : state === 'breached' && spec.hasReaders ? 'critical' : 'warning',
    evaluatedAt: new Date(endMs).toISOString(),
  };
  return { status, history: summarizeDays(slices, endMs, options.historyDays ?? 30) };
}

/** The last observed value; for freshness the age at evaluation time (the data has aged since it was observed). */
function currentValue(spec: SloSpec, last: { at: number; value: number }, endMs: number): number {
  if (spec.type !== 'freshness') return last.value;
  return round(last.value + (endMs - last.at) / 3_600_000);
}

function decideRawState(slices: Int8Array, budgetRemaining: number, burn: BurnRate[]): SloState {
  if (slices.length === 0 || slices[slices.length - 1] === UNKNOWN) return 'no-data';
  const recentBad = Array.from(slices.subarray(Math.max(0, slices.length - 6))).includes(BAD);
  if (budgetRemaining < 0 && recentBad) return 'breached';
  if (budgetRemaining < 0) return 'at-risk';
  const [six, day] = burn;
  if ((six?.rate ?? 0) >= FAST_BURN && (day?.rate ?? 0) >= FAST_BURN) return 'at-risk';
  return 'ok';
}

/** When the run of slices matching the state began (for `ok`, since the last bad or unknown slice). */
function findSince(slices: Int8Array, state: SloState, endMs: number): string {
  const matches = (v: number): boolean => (state === 'no-data' ? v === UNKNOWN : state === 'ok' ? v !== BAD && v !== UNKNOWN : v === BAD);
  let i = slices.length - 1;
  if (state === 'breached' || state === 'at-risk') while (i >= 0 && !matches(slices[i] as number)) i--;
  while (i > 0 && matches(slices[i - 1] as number)) i--;
  return new Date(endMs - (slices.length - Math.max(0, i)) * 3_600_000).toISOString();
}

function summarizeDays(slices: Int8Array, endMs: number, days: number): DailySlices[] {
  // Runs for every hour of every SLO of the mesh: walk day by day over index ranges, counting in a tight loop, with one
  // date string per day.
  const DAY = 86_400_000;
  const HOUR = 3_600_000;
  const start = endMs - slices.length * HOUR;
  const out: DailySlices[] = [];
  for (let day = Math.floor((endMs - days * DAY) / DAY) + 1; day * DAY < endMs; day++) {
    const lo = Math.max(0, Math.ceil((day * DAY - start) / HOUR));
    const hi = Math.min(slices.length, Math.ceil(((day + 1) * DAY - start) / HOUR));
    const d: DailySlices = { day: formatDay(day), good: 0, bad: 0, unknown: 0 };
    for (let i = lo; i < hi; i++) {
      const v = slices[i];
      if (v === UNKNOWN) d.unknown++;
      else if (v === BAD) d.bad++;
      else d.good++;
    }
    if (hi > lo) out.push(d);
  }
  return out;
}

/** `YYYY-MM-DD` of a day number, remembered: every SLO of an evaluation shares the same 30 days. */
const dayNames = new Map<number, string>();
function formatDay(day: number): string {
  let name = dayNames.get(day);
  if (name === undefined) {
    if (dayNames.size > 10_000) dayNames.clear();
    name = new Date(day * 86_400_000).toISOString().slice(0, 10);
    dayNames.set(day, name);
  }
  return name;
}

const round = (x: number): number => (Number.isFinite(x) ? Math.round(x * 10_000) / 10_000 : x);
