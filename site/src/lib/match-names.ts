/**
 * The search's first answer: products whose name or id holds the words typed, found in the page from a small list
 * (`/search/names.json`, most connected first) while Pagefind searches the full text. At 10 000 products a word that
 * many products share takes Pagefind 60–500 ms to rank; this list answers in a few.
 */

/** One product as the names list holds it: id, name, domain and owner team. */
export type NameEntry = readonly [id: string, name: string, domain: string, owner: string];

/** The words of a text for matching: lower case, split at anything not a letter or digit. */
export function splitWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/**
 * The entries whose name or id has, for every word of the query, a word starting with it ("pod list" finds "Podcast
 * listeners"); those whose name starts with the query as typed first, then in the list's order. At most `limit`.
 */
export function matchNames(entries: readonly NameEntry[], query: string, limit: number): NameEntry[] {
  const asked = splitWords(query);
  if (asked.length === 0) return [];
  const typed = query.trim().toLowerCase();
  const leading: NameEntry[] = [];
  const others: NameEntry[] = [];
  for (const entry of entries) {
    const words = splitWords(`${entry[1]} ${entry[0]}`);
    if (!asked.every((a) => words.some((w) => w.startsWith(a)))) continue;
    (entry[1].toLowerCase().startsWith(typed) ? leading : others).push(entry);
    if (leading.length >= limit) break;
  }
  return [...leading, ...others].slice(0, limit);
}
