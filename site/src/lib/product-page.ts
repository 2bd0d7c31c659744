import type { CatalogExport, ProductExport, ScorecardExport, WaiverExport } from '@meshplane/core';
import { findProduct, indexExport } from './load-export.js';
import { selectNeighbourhood, type LineageSelection } from './neighbourhood.js';

/**
 * Everything a product's page shows, gathered from the export. The page (and its JSON and README images) renders from
 * this alone, so `mesh site build` keeps the last build's page while its input hashes the same (see reuse-pages.ts).
 */
export interface ProductPage {
  product: ProductExport;
  /** The drawing of the product's lineage neighbourhood. */
  lineage: LineageSelection;
  /** The name of every product the page names by id: its lineage lists and its runtime lineage. */
  names: Record<string, string>;
  lineageDepth: number;
  /** The waivers that lift rules for the product. */
  waivers: WaiverExport[];
  scorecard?: ScorecardExport;
}

/** The input of `product`'s page: the product and what the page reads of the rest of the mesh. */
export function describeProductPage(data: CatalogExport, product: ProductExport): ProductPage {
  const named = [
    ...product.upstream.map((s) => s.id),
    ...product.downstream.map((s) => s.id),
    ...(product.runtime?.undeclaredInputs ?? []).map((u) => u.product),
    ...(product.runtime?.staleInputs ?? []).map((s) => s.product),
  ];
  const names = Object.fromEntries([...new Set(named)].sort().map((id) => [id, findProduct(data, id)?.name ?? id]));
  const scorecard = indexExport(data).scorecardOf.get(product.id);
  return {
    product,
    lineage: selectNeighbourhood(data, product),
    names,
    lineageDepth: data.lineageDepth,
    waivers: data.waivers.filter((w) => product.waivers.includes(w.name)),
    ...(scorecard ? { scorecard } : {}),
  };
}

/**
 * A lookup of the names a page gathered. An id the page did not gather is a fault of the site's code (the page would
 * show something its input does not hold, and a reused page could show it stale): the build stops and says so.
 */
export function nameProducts(page: ProductPage): (id: string) => string {
  return (id) => {
    const name = page.names[id];
    if (name === undefined) throw new Error(`The page of ${page.product.id} names ${id}, which describeProductPage did not gather.`);
    return name;
  };
}
