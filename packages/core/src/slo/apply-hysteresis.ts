import type { SloState } from './slo-types.js';

/** What is remembered between evaluations of one SLO. */
export interface SloMemory {
  state: SloState;
  since: string;
  /** A different state seen lately, and for how many evaluations in a row. */
  pending?: { state: SloState; count: number; since: string };
}

/**
 * Applies hysteresis: a new state replaces the remembered one only after it has held for `holdFor` evaluations in a
 * row (like Prometheus' `for`), so an SLO hovering at its threshold does not flap. The first evaluation is taken as is.
 */
export function applyHysteresis(previous: SloMemory | undefined, raw: SloState, since: string, holdFor: number): SloMemory {
  if (!previous) return { state: raw, since };
  if (raw === previous.state) return { state: previous.state, since: previous.since };
  const count = previous.pending?.state === raw ? previous.pending.count + 1 : 1;
  const pendingSince = previous.pending?.state === raw ? previous.pending.since : since;
  if (count >= holdFor) return { state: raw, since: pendingSince };
  return { state: previous.state, since: previous.since, pending: { state: raw, count, since: pendingSince } };
}
