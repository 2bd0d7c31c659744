const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A duration as a person reads it: at most two units, rounded to the smaller one, with the units spelled the way the
 * rest of Meshplane's text writes them: `45 s`, `12 min`, `2 h 15 min`, `1 day 6 h`, `3 days`. From a week on only
 * days are shown (`28 days`): the hours no longer matter to anyone. Negative durations (a clock ahead of another) keep
 * their sign; a non-finite one is `unknown`.
 *
 * @example
 * humanizeDuration(8_100_000) // '2 h 15 min'
 * humanizeDuration(3 * 86_400_000) // '3 days'
 */
export function humanizeDuration(ms: number): string {
  if (!Number.isFinite(ms)) return 'unknown';
  if (ms < 0) return `-${humanizeDuration(-ms)}`;
  if (ms < MINUTE) return ms === 0 ? '0 min' : `${Math.max(1, Math.round(ms / 1000))} s`;
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 24 * 60) return pair(Math.floor(minutes / 60), 'h', minutes % 60, 'min');
  const hours = Math.round(ms / HOUR);
  if (hours >= 7 * 24) return days(Math.round(ms / DAY));
  const d = Math.floor(hours / 24);
  return hours % 24 === 0 ? days(d) : `${days(d)} ${hours % 24} h`;
}

function pair(big: number, bigUnit: string, small: number, smallUnit: string): string {
  return small === 0 ? `${big} ${bigUnit}` : `${big} ${bigUnit} ${small} ${smallUnit}`;
}

function days(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}
