import type { ProductExport } from '@meshplane/core';
import { readCatalogExport } from '../../../lib/load-export';
import { listProductPagesToRender } from '../../../lib/reuse-pages';
import { readmeImagePath } from '../../../lib/render-product-docs';
import { productPath } from '../../../lib/site-paths';

export function getStaticPaths() {
  // The products whose pages render in this build (a kept page keeps its JSON too).
  return listProductPagesToRender(readCatalogExport()).map(({ product: p }) => ({ params: { id: p.id }, props: { product: p } }));
}

/**
 * `/api/products/<id>.json`: everything the product page shows; `manifest` is the product file as written. README
 * images are named by their path, type and URL on the site, not carried as bytes.
 */
export function GET({ props }: { props: { product: ProductExport } }): Response {
  const p = props.product;
  const images = p.docs?.images?.map(({ path, mediaType }) => ({ path, mediaType, url: readmeImagePath(productPath(p.id), path) }));
  const product = p.docs && images ? { ...p, docs: { ...p.docs, images } } : p;
  return new Response(JSON.stringify(product));
}
