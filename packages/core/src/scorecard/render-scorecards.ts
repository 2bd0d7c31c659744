import { stripControl } from '../render/text-utils.js';
import { ATTRIBUTES } from './list-score-checks.js';
import type { ProductScorecard } from './score-products.js';

/** One product's scorecard for a terminal: score, level, attributes, then every check that does not hold, with why. */
export function renderScorecardText(card: ProductScorecard): string {
  const lines = [`${card.productId}  score ${card.score} (${card.level ?? 'no level'})  owner ${card.owner}, domain ${card.domain}`];
  lines.push(`  ${ATTRIBUTES.map((a) => `${a} ${card.attributes[a].passed}/${card.attributes[a].total}`).join(' · ')}`);
  for (const c of card.checks.filter((x) => !x.passed)) lines.push(`  ✗ ${c.attribute}/${c.id}: ${stripControl(c.evidence)}`);
  return `${lines.join('\n')}\n`;
}

/** The mesh's leaderboard by domain: each domain's average score and products by level, then the products best first. */
export function renderLeaderboardText(cards: readonly ProductScorecard[]): string {
  const byDomain = new Map<string, ProductScorecard[]>();
  for (const c of cards) byDomain.set(c.domain, [...(byDomain.get(c.domain) ?? []), c]);
  const domains = [...byDomain]
    .map(([domain, list]) => ({ domain, list, average: list.reduce((n, c) => n + c.score, 0) / list.length }))
    .sort((a, b) => b.average - a.average || (a.domain < b.domain ? -1 : 1));
  const lines = ['Scorecards by domain (average score):'];
  for (const d of domains) {
    const levels = new Map<string, number>();
    for (const c of d.list) levels.set(c.level ?? 'no level', (levels.get(c.level ?? 'no level') ?? 0) + 1);
    lines.push(`  ${d.domain.padEnd(20)} ${d.average.toFixed(1).padStart(5)}  ${[...levels].map(([l, n]) => `${n} ${l}`).join(', ')}`);
  }
  lines.push('', 'Products:');
  for (const c of [...cards].sort((a, b) => b.score - a.score || (a.productId < b.productId ? -1 : 1)))
    lines.push(`  ${String(c.score).padStart(5)}  ${(c.level ?? '—').padEnd(8)} ${c.productId}`);
  return `${lines.join('\n')}\n`;
}
