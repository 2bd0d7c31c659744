import { durationToHours, windowToHours } from '../slo/parse-duration.js';
import { humanizeDuration } from './humanize-duration.js';

/**
 * A look-back window as a person reads it, from either way Meshplane writes one: an ISO 8601 duration (`PT6H`, `P1D`,
 * the burn-rate windows) or an SLO window of a manifest (`28d`, `24h`, `12w`). Text that is neither is returned as it
 * is, so nothing a manifest says is ever lost.
 *
 * @example
 * humanizeWindow('PT6H') // '6 h'
 * humanizeWindow('28d') // '28 days'
 */
export function humanizeWindow(window: string): string {
  const hours = window.startsWith('P') ? durationToHours(window) : windowToHours(window);
  return hours === undefined ? window : humanizeDuration(hours * 3_600_000);
}
