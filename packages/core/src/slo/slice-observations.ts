import { isGoodValue } from './classify-observation.js';
import type { SloSpec } from './read-slo-specs.js';
import type { Observation } from './slo-types.js';

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
 * @param observations sorted by `observedAt`, oldest first
 */
export function sliceObservations(spec: SloSpec, observations: Observation[], options: SliceOptions): Int8Array {
  const slice = (options.sliceHours ?? 1) * HOUR;
  const out = new Int8Array(options.count);
  const times = observations.map((o) => Date.parse(o.observedAt));
  const first = options.endMs - options.count * slice;
  return spec.type === 'freshness' ? sliceFreshness(spec, observations, times, first, slice, out) : sliceHeld(spec, observations, times, first, slice, out);
}

function sliceFreshness(spec: SloSpec, obs: Observation[], times: number[], first: number, slice: number, out: Int8Array): Int8Array {
  let j = 0;
  let newest = -Infinity;
  let lastSeen = -Infinity;
  for (let i = 0; i < out.length; i++) {
    const end = first + (i + 1) * slice;
    for (; j < obs.length && (times[j] as number) <= end; j++) {
      newest = Math.max(newest, (times[j] as number) - (obs[j] as Observation).value * HOUR);
      lastSeen = times[j] as number;
    }
    if (lastSeen === -Infinity || end - lastSeen > MAX_SILENCE_HOURS * HOUR) out[i] = UNKNOWN;
    else out[i] = isGoodValue(spec, (end - newest) / HOUR) ? GOOD : BAD;
  }
  return out;
}

function sliceHeld(spec: SloSpec, obs: Observation[], times: number[], first: number, slice: number, out: Int8Array): Int8Array {
  const hold = Math.max(26 * HOUR, 2 * medianGap(times));
  let j = 0;
  let carried: { at: number; good: boolean } | undefined;
  for (let i = 0; i < out.length; i++) {
    const start = first + i * slice;
    const end = start + slice;
    for (; j < obs.length && (times[j] as number) <= start; j++) carried = { at: times[j] as number, good: isGoodValue(spec, (obs[j] as Observation).value) };
    let seen = false;
    let bad = false;
    for (; j < obs.length && (times[j] as number) <= end; j++) {
      const good = isGoodValue(spec, (obs[j] as Observation).value);
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

function medianGap(times: number[]): number {
  if (times.length < 2) return 0;
  const gaps = times
    .slice(1)
    .map((t, i) => t - (times[i] as number))
    .sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] as number;
}
