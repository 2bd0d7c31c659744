import { readCatalogExport } from '../../lib/load-export';
import { compactLineage } from '../../lib/lineage-graph';

/** The mesh's lineage for the lineage explorer on /lineage/: products and edges, compact. */
export function GET(): Response {
  return new Response(JSON.stringify(compactLineage(readCatalogExport())), { headers: { 'content-type': 'application/json' } });
}
