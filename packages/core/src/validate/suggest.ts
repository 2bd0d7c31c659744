import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `word` when it is close enough to be a plausible typo (edit distance at most a third of
 * the word, and at least 1; case differences count as close), else undefined.
 */
export function suggestClosest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const c of candidates) {
    const d = c.toLowerCase() === lower ? 0.5 : distance(lower, c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  const limit = Math.max(1, Math.floor(word.length / 3));
  return bestDistance <= limit ? best : undefined;
}

/** `Did you mean \`x\`? ` when there is a close candidate, else ''. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const s = suggestClosest(word, candidates);
  return s ? `Did you mean \`${s}\`? ` : '';
}
