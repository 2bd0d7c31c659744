import type { Observation } from './slo-types.js';

/**
 * One SLO's observations as columns, oldest first: when each was observed (ms since the epoch) and its value. What an
 * evaluation reads; a store hands it over without a JavaScript object per observation (1.2 M observations are two
 * arrays of numbers, not 1.2 M objects with strings).
 */
export interface SloSeries {
  unit?: Observation['unit'];
  times: ArrayLike<number>;
  values: ArrayLike<number>;
}

/** Observations (sorted by `observedAt`, oldest first) as a series. */
export function seriesOf(observations: readonly Observation[]): SloSeries {
  const times = new Float64Array(observations.length);
  const values = new Float64Array(observations.length);
  observations.forEach((o, i) => {
    times[i] = Date.parse(o.observedAt);
    values[i] = o.value;
  });
  const unit = observations[0]?.unit;
  return { ...(unit ? { unit } : {}), times, values };
}

/** Whether a value is a series rather than a list of observations. */
export function isSloSeries(x: readonly Observation[] | SloSeries): x is SloSeries {
  return !Array.isArray(x);
}
