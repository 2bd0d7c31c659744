import { renderLeaderboardText, renderScorecardText } from '@meshplane/core';
import { resolveRepository, scoreCatalog } from '@meshplane/usecases';
import type { Outcome } from '../outcome.js';

/** `mesh scorecard [product]`: one product's checks, or the leaderboard by domain; JSON with `--format json`. */
export function runScorecard(productId: string | undefined, flags: { root?: string | undefined; format: string }): Outcome {
  const cards = scoreCatalog(resolveRepository(flags.root), productId);
  if (flags.format === 'json') return { stdout: `${JSON.stringify(productId ? cards[0] : cards, null, 2)}\n`, exitCode: 0 };
  return { stdout: productId ? cards.map(renderScorecardText).join('') : renderLeaderboardText(cards), exitCode: 0 };
}
