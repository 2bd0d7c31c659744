import { didYouMean, scoreProducts, type ProductScorecard } from '@meshplane/core';
import { runGovernanceCheckWithCatalogs } from '../check/check-work-tree.js';
import type { Repository } from '../repository/resolve-repository.js';
import { readLatestSloStatuses } from '../slo/read-slo-statuses.js';
import { UsageError } from '../usage-error.js';

/** Every scorecard, and where the operational checks' evidence came from (for the reader). */
export interface CatalogScores {
  cards: ProductScorecard[];
  /** The SLO statuses read (`.meshplane/slo-status.json`, or the file named), or why there were none. */
  sloSource: string;
  /** The policy bundle's digest that judged the governance check. */
  policyDigest?: string;
}

/**
 * `mesh scorecard [product]`: every product's scorecard (the usability attributes and maturity factors, weighted and
 * levelled by the config's `scorecard`), or one product's. The governance check reads a full `mesh check` of the work
 * tree (schema, mesh and policies, with waivers); the SLO checks read the latest statuses `mesh slo evaluate` wrote, or
 * `sloStatus` — without them those checks are unknown and do not count.
 */
export async function scoreCatalog(repo: Repository, options: { productId?: string; today: string; sloStatus?: string }): Promise<CatalogScores> {
  const { productId } = options;
  const { statuses, source } = readLatestSloStatuses(repo, options.sloStatus);
  const { report, head } = await runGovernanceCheckWithCatalogs(repo, { today: options.today });
  const { index } = head;
  if (productId && !index.products.some((p) => p.id === productId)) {
    throw new UsageError(`No product \`${productId}\` in the catalog. ${didYouMean(productId, index.products.map((p) => p.id))}`.trim(), 'unknown-product');
  }
  const cards = scoreProducts(index, repo.config.scorecard, {
    ...(productId ? { only: new Set([productId]) } : {}),
    findings: report.findings,
    ...(statuses ? { slo: statuses } : {}),
  });
  return { cards, sloSource: source, ...(report.policy ? { policyDigest: report.policy.digest } : {}) };
}
