import type { APIRoute } from 'astro';
import { readCatalogExport } from '../../../../lib/load-export';
import { listProductPagesToRender } from '../../../../lib/reuse-pages';

/**
 * `/products/<id>/files/<path>`: each image a product's README shows from its folder, published beside the product's
 * page (the build read it and checked its kind by its first bytes: site/src/lib/render-product-docs.ts links to it).
 */
export function getStaticPaths() {
  // The products whose pages render in this build (a kept page keeps its folder, images included).
  return listProductPagesToRender(readCatalogExport()).flatMap(({ product: p }) =>
    (p.docs?.images ?? []).map((image) => ({ params: { id: p.id, path: image.path }, props: { base64: image.base64 } })),
  );
}

export const GET: APIRoute = ({ props }) => new Response(Buffer.from((props as { base64: string }).base64, 'base64'));
