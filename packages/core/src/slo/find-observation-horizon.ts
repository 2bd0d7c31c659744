const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The export shows 30 days of history whatever the windows. */
const HISTORY_HOURS = 30 * 24;
/** Freshness looks back past the window start for the newest processing time (a probe speaks for up to 48 h). */
const MARGIN_MS = 2 * DAY;

/**
 * The oldest instant an evaluation at `now` reads: the longest SLO window (at least the 30 days of history the export
 * shows) plus two days of margin. Observations before it change no budget, burn rate or history, which is why a
 * durable store may drop them. Pure.
 *
 * @example findObservationHorizon([28 * 24], '2026-11-22T06:00:00Z') // '2026-10-21T06:00:00.000Z'
 */
export function findObservationHorizon(windowHours: readonly number[], now: string): string {
  const longest = Math.max(HISTORY_HOURS, ...windowHours);
  return new Date(Date.parse(now) - longest * HOUR - MARGIN_MS).toISOString();
}
