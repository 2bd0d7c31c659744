import { isGoodValue } from './classify-observation.js';
import type { SloSpec } from './read-slo-specs.js';
import type { SloSeries } from './slo-series.js';

/** A time slice's verdict: good, bad, or unknown (nothing observed that speaks for it). */
export const GOOD = 1;
export const BAD = -1;
export const UNKNOWN = 0;

const HOUR = 3_600_000;
/** A probe silent for this long no longer speaks for freshness: the slices become unknown. */
const MAX_SILENCE_HOURS = 48;

export interface SliceOptions {
  /** End of the last slice (ms since the epoch). */
  endMs: number;
  count: number;
  sliceHours?: number;
}

/**
 * Classifies `count` consecutive slices ending at `endMs`. Freshness is judged at every slice end from the newest
 * processing time known by then (an observation of age `v` at `t` means data processed at `t - v`), so staleness keeps
 * growing between probes as it does in reality. Other indicators hold from one observation to the next (at most
 * 26 hours, or twice the usual gap): a slice is bad when any observation in it is bad.
 *
 * @param series the SLO's observations, oldest first
 */
export function sliceObservations(spec: SloSpec, series: SloSeries, options: SliceOptions): Int8Array {
  const slice = (options.sliceHours ?? 1) * HOUR;
  const out = new Int8Array(options.count);
  const first = options.endMs - options.count * slice;
  return spec.type === 'freshness' ? sliceFreshness(spec, series, first, slice, out) : sliceHeld(spec, series, first, slice, out);
}

function sliceFreshness(spec: SloSpec, { times, values }: SloSeries, first: number, slice: number, out: Int8Array): Int8Array {
  let j = 0;
  let newest = -Infinity;
  let lastSeen = -Infinity;
  for (let i = 0; i < out.length; i++) {
    const end = first + (i + 1) * slice;
    for (; j < times.length && (times[j] as number) <= end; j++) {
      newest = Math.max(newest, (times[j] as number) - (values[j] as number) * HOUR);
      lastSeen = times[j] as number;
    }
    if (lastSeen === -Infinity || end - lastSeen > MAX_SILENCE_HOURS * HOUR) out[i] = UNKNOWN;
    else out[i] = isGoodValue(spec, (end - newest) / HOUR) ? GOOD : BAD;
  }
  return out;
}

function sliceHeld(spec: SloSpec, { times, values }: SloSeries, first: number, slice: number, out: Int8Array): Int8Array {
  const hold = Math.max(26 * HOUR, 2 * medianGap(times));
  let j = 0;
  let carried: { at: number; good: boolean } | undefined;
  for (let i = 0; i < out.length; i++) {
    const start = first + i * slice;
    const end = start + slice;
    for (; j < times.length && (times[j] as number) <= start; j++) carried = { at: times[j] as number, good: isGoodValue(spec, values[j] as number) };
    let seen = false;
    let bad = false;
    for (; j < times.length && (times[j] as number) <= end; j++) {
      const good = isGoodValue(spec, values[j] as number);
      seen = true;
      bad ||= !good;
      carried = { at: times[j] as number, good };
    }
    if (seen) out[i] = bad ? BAD : GOOD;
    else if (carried && start - carried.at <= hold) out[i] = carried.good ? GOOD : BAD;
    else out[i] = UNKNOWN;
  }
  return out;
}

function medianGap(times: ArrayLike<number>): number {
  if (times.length < 2) return 0;
  const gaps = new Float64Array(times.length - 1);
  for (let i = 1; i < times.length; i++) gaps[i - 1] = (times[i] as number) - (times[i - 1] as number);
  gaps.sort();
  return gaps[Math.floor(gaps.length / 2)] as number;
}
