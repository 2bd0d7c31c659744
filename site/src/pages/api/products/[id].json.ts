import type { ProductExport } from '@meshplane/core';
import { readCatalogExport } from '../../../lib/load-export';

export function getStaticPaths() {
  return readCatalogExport().products.map((p) => ({ params: { id: p.id }, props: { product: p } }));
}

/** `/api/products/<id>.json`: everything the product page shows; `manifest` is the product file as written. */
export function GET({ props }: { props: { product: ProductExport } }): Response {
  return new Response(JSON.stringify(props.product));
}
