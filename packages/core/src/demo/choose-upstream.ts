import type { Random } from './create-random.js';

/** The products generated so far, as the next product's possible inputs. */
export interface UpstreamPool {
  ids: string[];
  hubs: string[];
  /** Readers so far of products that may take only a few (see `MAX_READERS_OF_WIDE`). */
  limited: Map<string, number>;
}

/**
 * A product reading 6 or more products with 4 or more readers triggers the master-data warning
 * (policies/global/archetype.rego); wide products therefore take at most 3 readers and never become hubs.
 */
export const MAX_READERS_OF_WIDE = 3;

/**
 * Picks `n` distinct upstream products: about half from the hubs (products many read) and half from the 50 most
 * recently generated ones, which builds long chains. Only earlier products are picked, so lineage stays acyclic.
 */
export function chooseUpstream(pool: UpstreamPool, n: number, rnd: Random): string[] {
  const out = new Set<string>();
  const { ids, hubs, limited } = pool;
  for (let tries = 0; out.size < Math.min(n, ids.length) && tries < n * 10; tries++) {
    const fromHub = hubs.length > 0 && rnd.next() < 0.5;
    const recent = ids.length - 1 - Math.floor(rnd.next() * Math.min(50, ids.length));
    const id = (fromHub ? rnd.pick(hubs) : ids[recent]) as string;
    const readers = limited.get(id);
    if (readers !== undefined && (readers >= MAX_READERS_OF_WIDE || out.has(id))) continue;
    if (readers !== undefined) limited.set(id, readers + 1);
    out.add(id);
  }
  return [...out];
}
