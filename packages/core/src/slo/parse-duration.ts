/** Hours in an ISO 8601 duration (`PT6H`, `P1D`, `P1Y2M`); years are 365.25 days, months 30.44. Undefined when unreadable. */
export function durationToHours(iso: string): number | undefined {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso);
  if (!m || iso === 'P' || iso.endsWith('T')) return undefined;
  const [y, mo, w, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number, number];
  return y * 8766 + mo * 730.5 + w * 168 + d * 24 + h + mi / 60 + s / 3600;
}

/** Hours in an SLO window (`24h`, `7d`, `28d`, `12w`). */
export function windowToHours(window: string): number | undefined {
  const m = /^([1-9]\d{0,3})([hdw])$/.exec(window);
  if (!m) return undefined;
  return Number(m[1]) * { h: 1, d: 24, w: 168 }[m[2] as 'h' | 'd' | 'w'];
}

/** A share written `99.5%` as a fraction (0.995). */
export function percentToFraction(percent: string): number | undefined {
  const m = /^(\d{1,3}(?:\.\d+)?)%$/.exec(percent);
  return m ? Number(m[1]) / 100 : undefined;
}
