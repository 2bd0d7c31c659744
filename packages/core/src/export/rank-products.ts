import type { ProductExport } from './export-types.js';

/** Products by consumer count, most connected first; ties by id so the order is stable. */
export function rankProductsByConsumers<T extends Pick<ProductExport, 'id' | 'consumerCount'>>(products: readonly T[]): T[] {
  return [...products].sort((a, b) => b.consumerCount - a.consumerCount || a.id.localeCompare(b.id));
}

/** The global address of a product: the configured prefix, then `<domain>/<name>` (`dp://podcast/podcast-listeners`). */
export function addressProduct(prefix: string, productId: string, domain: string): string {
  const name = productId.startsWith(`${domain}.`) ? productId.slice(domain.length + 1) : productId;
  return `${prefix}${prefix.endsWith('/') ? '' : '/'}${domain}/${name}`;
}
