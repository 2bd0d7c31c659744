import { stripControl } from '../render/text-utils.js';
import { ATTRIBUTES } from './list-score-checks.js';
import type { ProductScorecard } from './score-products.js';

/**
 * One product's scorecard for a terminal: score, level, attributes, then every check that does not hold, with why, and
 * the checks that could not be judged (`?`, not counted).
 */
export function renderScorecardText(card: ProductScorecard): string {
  const lines = [`${card.productId}  score ${card.score} (${card.level ?? 'no level'})  owner ${card.owner}, domain ${card.domain}`];
  lines.push(`  ${ATTRIBUTES.map((a) => `${a} ${card.attributes[a].passed}/${card.attributes[a].total}`).join(' · ')}`);
  for (const c of card.checks.filter((x) => !x.passed && !x.unknown)) lines.push(`  ✗ ${c.attribute}/${c.id}: ${stripControl(c.evidence)}`);
  for (const c of card.checks.filter((x) => x.unknown)) lines.push(`  ? ${c.attribute}/${c.id}: ${stripControl(c.evidence)} (not counted)`);
  return `${lines.join('\n')}\n`;
}

/** One domain on the leaderboard: its products' average score and how many reach each level (best level last). */
export interface DomainStanding<T> {
  domain: string;
  average: number;
  products: T[];
  /** `[level, products]`, in the order the products first reach them; `no level` for those below the lowest. */
  levels: Array<[string, number]>;
}

/** The domains by their products' average score, best first (ties by name). */
export function rankDomainsByScore<T extends { domain: string; score: number; level?: string }>(cards: readonly T[]): DomainStanding<T>[] {
  const byDomain = new Map<string, T[]>();
  for (const c of cards) byDomain.set(c.domain, [...(byDomain.get(c.domain) ?? []), c]);
  return [...byDomain]
    .map(([domain, products]) => {
      const levels = new Map<string, number>();
      for (const c of products) levels.set(c.level ?? 'no level', (levels.get(c.level ?? 'no level') ?? 0) + 1);
      return { domain, products, average: products.reduce((n, c) => n + c.score, 0) / products.length, levels: [...levels] };
    })
    .sort((a, b) => b.average - a.average || (a.domain < b.domain ? -1 : 1));
}

/** The products best score first (ties by id). */
export function rankProductsByScore<T extends { productId: string; score: number }>(cards: readonly T[]): T[] {
  return [...cards].sort((a, b) => b.score - a.score || (a.productId < b.productId ? -1 : 1));
}

/** The mesh's leaderboard by domain: each domain's average score and products by level, then the products best first. */
export function renderLeaderboardText(cards: readonly ProductScorecard[]): string {
  const lines = ['Scorecards by domain (average score):'];
  for (const d of rankDomainsByScore(cards)) {
    lines.push(`  ${d.domain.padEnd(20)} ${d.average.toFixed(1).padStart(5)}  ${d.levels.map(([l, n]) => `${n} ${l}`).join(', ')}`);
  }
  lines.push('', 'Products:');
  for (const c of rankProductsByScore(cards)) lines.push(`  ${String(c.score).padStart(5)}  ${(c.level ?? '—').padEnd(8)} ${c.productId}`);
  return `${lines.join('\n')}\n`;
}
