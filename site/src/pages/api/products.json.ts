import { readCatalogExport } from '../../lib/load-export';
import { productJsonPath, productPath } from '../../lib/site-paths';

/** `/api/products.json`: one summary per product, with links to its page and its full JSON. */
export function GET(): Response {
  const data = readCatalogExport();
  const products = data.products.map((p) => ({
    id: p.id,
    name: p.name,
    domain: p.domain,
    address: p.address,
    owner: p.owner,
    archetype: p.archetype,
    lifecycle: p.lifecycle,
    version: p.version,
    classification: p.classification,
    tags: p.tags,
    consumerCount: p.consumerCount,
    page: productPath(p.id),
    json: productJsonPath(p.id),
  }));
  return new Response(JSON.stringify({ generatedOn: data.generatedOn, counts: data.counts, products }, null, 2));
}
