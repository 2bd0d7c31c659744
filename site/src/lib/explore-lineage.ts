import { layoutLayers } from './layout-layers.js';
import type { LineageLayout } from './lineage-drawing.js';
import { walkCompactLineage, type CompactLineage, type WalkDirection } from './lineage-graph.js';
import { productPath } from './site-paths.js';

/** At most this many boxes in the explorer's drawing (nearest first); its lists name every product reached. */
export const EXPLORER_MAX_DRAWN = 60;
/** The deepest walk the explorer offers. */
export const EXPLORER_MAX_DEPTH = 6;

/** The products of one direction at one distance. */
export interface LineageRing {
  direction: 'upstream' | 'downstream';
  depth: number;
  products: { id: string; name: string; domain: string; href: string }[];
}

/** What the explorer shows for one product, direction and depth. */
export interface LineageExploration {
  start: { id: string; name: string };
  layout: LineageLayout;
  rings: LineageRing[];
  drawn: number;
  reached: number;
}

/**
 * The lineage of one product as the explorer shows it: the walk in the chosen direction(s) up to `depth`, a drawing of
 * the nearest {@link EXPLORER_MAX_DRAWN} with every edge between them, and every product reached listed by direction
 * and distance. Undefined when no product has that id.
 */
export function exploreLineage(graph: CompactLineage, id: string, direction: WalkDirection, depth: number): LineageExploration | undefined {
  const start = graph.products.findIndex(([pid]) => pid === id);
  if (start < 0) return undefined;
  const hits = walkCompactLineage(graph, start, direction, Math.max(1, Math.min(EXPLORER_MAX_DEPTH, depth)));
  const drawn = [...hits].sort((a, b) => a.depth - b.depth).slice(0, EXPLORER_MAX_DRAWN);
  const shown = new Set(drawn.map((h) => h.index));
  const product = (i: number): { id: string; name: string; domain: string; href: string } => {
    const [pid = '', name = '', domain = ''] = graph.products[i] ?? [];
    return { id: pid, name, domain, href: productPath(pid) };
  };
  const nodes = drawn.map((h) => {
    const p = product(h.index);
    return { id: p.id, label: p.name, domain: p.domain, href: p.href, ...(h.index === start ? { focus: true } : {}) };
  });
  const edges = graph.edges.filter(([a, b]) => shown.has(a) && shown.has(b)).map(([a, b]) => ({ from: product(a).id, to: product(b).id }));
  const rings = new Map<string, LineageRing>();
  for (const h of hits) {
    if (h.direction === 'start') continue;
    const key = `${h.direction} ${h.depth}`;
    const ring = rings.get(key) ?? rings.set(key, { direction: h.direction, depth: h.depth, products: [] }).get(key)!;
    ring.products.push(product(h.index));
  }
  const order = (r: LineageRing): number => (r.direction === 'upstream' ? -r.depth : r.depth);
  return {
    start: { id, name: product(start).name },
    layout: layoutLayers(nodes, edges),
    rings: [...rings.values()].sort((a, b) => order(a) - order(b)),
    drawn: drawn.length,
    reached: hits.length - 1,
  };
}
