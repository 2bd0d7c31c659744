/** The facts that decide whether a retired product's table may be dropped. */
export interface RetiredFacts {
  /** `metadata.sunset`: the day the product stopped serving. */
  sunset?: string;
  /** The port's retention: an ISO 8601 duration or `infinite`. */
  retention?: string;
  /** Teams still allowed to read it (current consumers, owners of products reading it). */
  readers: string[];
  today: string;
}

/**
 * A retired product's data is dropped only when its retention has passed since its sunset and nobody reads it
 * (the book's lifecycle: data is kept for as long as it was promised). Otherwise the reason it is kept.
 */
export function decideRetiredDrop(facts: RetiredFacts): { dropAllowed: boolean; reason: string } {
  if (facts.readers.length > 0) return { dropAllowed: false, reason: `still read by ${facts.readers.sort().join(', ')}` };
  if (!facts.sunset) return { dropAllowed: false, reason: 'no `metadata.sunset` date, so the retention period cannot be counted' };
  if (!facts.retention) return { dropAllowed: false, reason: 'the port declares no retention' };
  if (facts.retention === 'infinite') return { dropAllowed: false, reason: 'its retention is infinite' };
  const until = addIsoDuration(facts.sunset, facts.retention);
  if (until === undefined) return { dropAllowed: false, reason: `the retention ${facts.retention} cannot be read` };
  if (until >= facts.today) return { dropAllowed: false, reason: `retention (${facts.retention} from the sunset ${facts.sunset}) runs until ${until}` };
  return { dropAllowed: true, reason: `retired, retention ended ${until}, nobody reads it` };
}

/** `date` plus an ISO 8601 duration (years, months, weeks, days; a time part counts as one more day), as `YYYY-MM-DD`. */
export function addIsoDuration(date: string, duration: string): string | undefined {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(T.*)?$/.exec(duration);
  const start = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m || !start) return undefined;
  const [y, mo, w, d] = [m[1], m[2], m[3], m[4]].map((x) => Number(x ?? 0)) as [number, number, number, number];
  const extraDay = m[5] && /[1-9]/.test(m[5]) ? 1 : 0;
  const t = new Date(Date.UTC(Number(start[1]) + y, Number(start[2]) - 1 + mo, Number(start[3]) + w * 7 + d + extraDay));
  return t.toISOString().slice(0, 10);
}
