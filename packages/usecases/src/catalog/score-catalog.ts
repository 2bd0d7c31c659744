import { didYouMean, scoreProducts, type ProductScorecard } from '@meshplane/core';
import { checkRepository, type Repository } from '../repository/resolve-repository.js';
import { UsageError } from '../usage-error.js';

/**
 * `mesh scorecard [product]`: every product's scorecard (the usability attributes and maturity factors, weighted and
 * levelled by the config's `scorecard`), or one product's.
 */
export function scoreCatalog(repo: Repository, productId?: string): ProductScorecard[] {
  const { index } = checkRepository(repo);
  if (productId && !index.products.some((p) => p.id === productId)) {
    throw new UsageError(`No product \`${productId}\` in the catalog. ${didYouMean(productId, index.products.map((p) => p.id))}`.trim(), 'unknown-product');
  }
  return scoreProducts(index, repo.config.scorecard, productId ? new Set([productId]) : undefined);
}
