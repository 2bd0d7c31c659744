import { distance } from 'fastest-levenshtein';

/** What a rename is judged on: the name, and a type that must not change (a column's type, a port's kind). */
export interface Named {
  name: string;
  type: string;
}

/**
 * Pairs each name that disappeared with the one that appeared at the same position, with the same type and a similar
 * name: most likely a rename, which a diff by name sees as a removal and an addition.
 *
 * @example
 * findRenames([{ name: 'plays', type: 'integer' }], [{ name: 'play_count', type: 'integer' }]); // Map { 'plays' => 'play_count' }
 */
export function findRenames(before: readonly Named[], after: readonly Named[]): Map<string, string> {
  const kept = new Set(after.map((x) => x.name));
  const had = new Set(before.map((x) => x.name));
  const out = new Map<string, string>();
  before.forEach((old, i) => {
    const now = after[i];
    if (!now || kept.has(old.name) || had.has(now.name) || now.type !== old.type) return;
    if (isSimilarName(old.name, now.name)) out.set(old.name, now.name);
  });
  return out;
}

/**
 * Whether two names are alike enough to be a rename, ignoring case and `_`/`-`: one contains the other, they share a
 * prefix of 4 characters or more (`country_code` → `country_iso`), or at most 40 % of the longer one differs.
 */
export function isSimilarName(a: string, b: string): boolean {
  const [x, y] = [a, b].map((s) => s.toLowerCase().replace(/[-_]/g, '')) as [string, string];
  if (x.includes(y) || y.includes(x)) return true;
  let prefix = 0;
  while (prefix < x.length && x[prefix] === y[prefix]) prefix++;
  return prefix >= 4 || distance(x, y) <= Math.ceil(0.4 * Math.max(x.length, y.length));
}
