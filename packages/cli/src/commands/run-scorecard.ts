import { renderLeaderboardText, renderScorecardText } from '@meshplane/core';
import { resolveRepository, scoreCatalog } from '@meshplane/usecases';
import type { Outcome } from '../outcome.js';

/** `mesh scorecard [product]`: one product's checks, or the leaderboard by domain; JSON with `--format json`. */
export async function runScorecard(
  productId: string | undefined,
  flags: { root?: string | undefined; format: string; today: string; sloStatus?: string | undefined },
): Promise<Outcome> {
  const scores = await scoreCatalog(resolveRepository(flags.root), {
    today: flags.today,
    ...(productId ? { productId } : {}),
    ...(flags.sloStatus ? { sloStatus: flags.sloStatus } : {}),
  });
  const { cards } = scores;
  if (flags.format === 'json') return { stdout: `${JSON.stringify(productId ? cards[0] : cards, null, 2)}\n`, exitCode: 0 };
  const text = productId ? cards.map(renderScorecardText).join('') : renderLeaderboardText(cards);
  const policies = scores.policyDigest ? `the policies ${scores.policyDigest.slice(0, 19)}` : 'no policies';
  return { stdout: `${text}\nSLO checks read ${scores.sloSource}; the governance check read ${policies} and the mesh checks.\n`, exitCode: 0 };
}
