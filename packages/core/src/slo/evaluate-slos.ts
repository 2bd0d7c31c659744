import { applyHysteresis, type SloMemory } from './apply-hysteresis.js';
import { evaluateSlo, type DailySlices } from './evaluate-slo.js';
import type { SloSpec } from './read-slo-specs.js';
import type { Observation, SloStatus } from './slo-types.js';
import type { SloSeries } from './slo-series.js';

/** Every SLO's status (after hysteresis), its daily history, and the memory to keep for the next run. */
export interface MeshSloReport {
  evaluatedAt: string;
  statuses: SloStatus[];
  history: Map<string, DailySlices[]>;
  memory: Map<string, SloMemory>;
}

export interface EvaluateSlosOptions {
  now: string;
  /** Evaluations a new state must hold before it is shown (default 2; the first evaluation is taken as is). */
  holdFor?: number;
  historyDays?: number;
}

const keyOf = (s: { productId: string; port: string; slo: string }): string => `${s.productId}/${s.port}/${s.slo}`;
const ORDER = { breached: 0, 'at-risk': 1, 'no-data': 2, ok: 3 } as const;

/**
 * Evaluates every SLO of the mesh at `now` from its observations, then applies hysteresis against what the previous
 * run remembered. Statuses come worst first (breached, at risk, no data, ok). Pure.
 *
 * @example
 * const report = evaluateSlos(readSloSpecs(index, graph), await store.readObservations(since), await store.readMemory(), { now });
 */
export function evaluateSlos(
  specs: SloSpec[],
  observations: ReadonlyMap<string, readonly Observation[] | SloSeries>,
  memory: Map<string, SloMemory>,
  options: EvaluateSlosOptions,
): MeshSloReport {
  const statuses: SloStatus[] = [];
  const history = new Map<string, DailySlices[]>();
  const next = new Map<string, SloMemory>();
  for (const spec of specs) {
    const key = keyOf(spec);
    const evaluation = evaluateSlo(spec, observations.get(key) ?? [], {
      now: options.now,
      ...(options.historyDays ? { historyDays: options.historyDays } : {}),
    });
    const remembered = applyHysteresis(memory.get(key), evaluation.status.state, evaluation.status.since, options.holdFor ?? 2);
    next.set(key, remembered);
    statuses.push({ ...evaluation.status, state: remembered.state, since: remembered.since });
    history.set(key, evaluation.history);
  }
  statuses.sort((a, b) => ORDER[a.state] - ORDER[b.state] || keyOf(a).localeCompare(keyOf(b)));
  return { evaluatedAt: options.now, statuses, history, memory: next };
}
