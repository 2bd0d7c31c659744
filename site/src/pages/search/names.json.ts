import { findProduct, readCatalogExport } from '../../lib/load-export';
import type { NameEntry } from '../../lib/match-names';

/**
 * `/search/names.json`: every product's id, name, domain and owner, most connected first, for the search's first
 * answer (site/src/lib/match-names.ts). Arrays, not objects: about 55 bytes a product, 0.5 MB at 10 000.
 */
export function GET(): Response {
  const data = readCatalogExport();
  const names: NameEntry[] = data.ranking.flatMap((id) => {
    const p = findProduct(data, id);
    return p ? [[p.id, p.name, p.domain, p.owner] as const] : [];
  });
  return new Response(JSON.stringify(names));
}
