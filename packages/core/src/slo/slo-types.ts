/** The SLO types a manifest can declare (schemas/data-product.schema.json `slo.type`). */
export type SloType = 'freshness' | 'timeliness' | 'intervalOfChange' | 'completeness' | 'volume' | 'quality' | 'availability';

/**
 * One measurement of one SLO's indicator on one output port (docs/observations.md): measured by a probe, or pushed by
 * a pipeline as a JSON line or an OpenLineage run event. `observationId` is unique and stable, so ingesting the same
 * observation twice counts it once.
 */
export interface Observation {
  observationId: string;
  productId: string;
  port: string;
  slo: string;
  /** ISO 8601 instant in UTC. */
  observedAt: string;
  value: number;
  /** `hours` (freshness, timeliness, intervalOfChange), `percent` (completeness, quality, availability), `rows` (volume). */
  unit: 'hours' | 'percent' | 'rows';
}

/**
 * Where an SLO stands: `ok`; `at-risk` (its error budget is burning fast enough to run out before the window ends);
 * `breached` (the objective is missed over the window, or the budget is spent); `no-data` (no observation when one was
 * due). A state changes only after it has held for the configured number of evaluations (hysteresis).
 */
export type SloState = 'ok' | 'at-risk' | 'breached' | 'no-data';

/** The error-budget burn rate over one look-back window: 1 spends the budget exactly over the SLO's window. */
export interface BurnRate {
  /** An ISO 8601 duration, such as `PT6H` or `P3D`. */
  window: string;
  rate: number;
}

/** One SLO's evaluation at one moment: what the issue bot, the CLI and the site show. */
export interface SloStatus {
  productId: string;
  domain: string;
  /** The owner team (a slug of `catalog/teams/`) and its GitHub team handle when known (`@daff/podcast-data`). */
  owner: string;
  ownerHandle?: string;
  port: string;
  slo: string;
  type: SloType;
  state: SloState;
  /** When the current state began (ISO instant); for a breach, when it started. */
  since: string;
  /** The last observation, when there is one. */
  current?: { value: number; unit: Observation['unit']; observedAt: string };
  /** The bound as people read it: `≤ 1 h`, `≥ 99.99 %`, `1 000–5 000 rows`. */
  threshold: string;
  /** The objective as a fraction (0.995 for `99.5%`) and the window it is measured over (`28d`). */
  objective: number;
  window: string;
  /** Share of good time slices in the window so far (undefined without data). */
  attainment?: number;
  /** Share of the error budget still left: 1 untouched, 0 spent, negative overspent. */
  budgetRemaining?: number;
  burnRates: BurnRate[];
  /** `critical` for a breach of a product others read, `warning` otherwise, `info` for no-data. */
  severity: 'critical' | 'warning' | 'info';
  /** The evaluation time (ISO instant). */
  evaluatedAt: string;
}
