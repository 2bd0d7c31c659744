import type { CatalogExport } from '@meshplane/core';

/**
 * The whole mesh's lineage in a compact shape for the lineage explorer (`/api/lineage.json`): products as
 * `[id, name, domain]` and edges as `[producer, consumer]` indexes into that list. About 70 bytes per product, so the
 * explorer of a 10 000-product mesh loads well under a megabyte.
 */
export interface CompactLineage {
  products: [id: string, name: string, domain: string][];
  edges: [producer: number, consumer: number][];
}

/** A product reached by a walk: how many steps away and in which direction (the start itself is depth 0). */
export interface LineageHit {
  index: number;
  depth: number;
  direction: 'upstream' | 'downstream' | 'start';
}

export type WalkDirection = 'upstream' | 'downstream' | 'both';

/** Shapes the export's products and lineage edges (deduplicated per producer and consumer) for the explorer. */
export function compactLineage(data: CatalogExport): CompactLineage {
  const index = new Map(data.products.map((p, i) => [p.id, i]));
  const seen = new Set<string>();
  const edges: CompactLineage['edges'] = [];
  for (const e of data.edges) {
    const [from, to] = [index.get(e.producer), index.get(e.consumer)];
    if (from === undefined || to === undefined || seen.has(`${from} ${to}`)) continue;
    seen.add(`${from} ${to}`);
    edges.push([from, to]);
  }
  return { products: data.products.map((p) => [p.id, p.name, p.domain]), edges };
}

/**
 * Walks the lineage from one product breadth-first, upstream (what it reads), downstream (what reads it) or both, up
 * to `depth` steps; nearest first, each product once (at its shortest distance), the start first.
 */
export function walkCompactLineage(graph: CompactLineage, start: number, direction: WalkDirection, depth: number): LineageHit[] {
  const hits: LineageHit[] = [{ index: start, depth: 0, direction: 'start' }];
  const ways = direction === 'both' ? (['upstream', 'downstream'] as const) : ([direction] as const);
  for (const way of ways) {
    const next = new Map<number, number[]>();
    for (const [from, to] of graph.edges) {
      const [a, b] = way === 'upstream' ? [to, from] : [from, to];
      next.set(a, [...(next.get(a) ?? []), b]);
    }
    const seen = new Set([start]);
    let frontier = [start];
    for (let d = 1; d <= depth && frontier.length > 0; d++) {
      const reached: number[] = [];
      for (const at of frontier)
        for (const n of next.get(at) ?? [])
          if (!seen.has(n)) {
            seen.add(n);
            reached.push(n);
            hits.push({ index: n, depth: d, direction: way });
          }
      frontier = reached;
    }
  }
  return hits;
}
