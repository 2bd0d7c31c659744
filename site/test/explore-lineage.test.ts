import { describe, expect, it } from 'vitest';
import type { CatalogExport } from '@meshplane/core';
import { EXPLORER_MAX_DRAWN, exploreLineage } from '../src/lib/explore-lineage.js';
import { compactLineage, walkCompactLineage } from '../src/lib/lineage-graph.js';

// a.src → a.mid → b.out → c.end, and a.side → b.out; the edge a.src → a.mid is declared twice (two ports).
const edge = (producer: string, consumer: string) => ({ producer, port: 'p', consumer, inputPort: 'i' });
const data = {
  products: ['a.src', 'a.mid', 'a.side', 'b.out', 'c.end'].map((id) => ({ id, name: id.toUpperCase(), domain: id.split('.')[0] })),
  edges: [edge('a.src', 'a.mid'), edge('a.src', 'a.mid'), edge('a.mid', 'b.out'), edge('a.side', 'b.out'), edge('b.out', 'c.end'), edge('a.src', 'gone')],
} as unknown as CatalogExport;
const graph = compactLineage(data);
const ids = (hits: { index: number }[]) => hits.map((h) => graph.products[h.index]?.[0]);

describe('the lineage explorer', () => {
  it('keeps each edge between known products once', () => {
    expect(graph.products[0]).toEqual(['a.src', 'A.SRC', 'a']);
    expect(graph.edges).toHaveLength(4);
  });

  it.each([
    ['upstream', 1, ['a.mid', 'a.side']],
    ['upstream', 2, ['a.mid', 'a.side', 'a.src']],
    ['downstream', 1, ['c.end']],
    ['both', 1, ['a.mid', 'a.side', 'c.end']],
  ] as const)('walks %s %i step(s) from b.out', (direction, depth, expected) => {
    const hits = walkCompactLineage(graph, 3, direction, depth);
    expect(ids(hits)[0]).toBe('b.out');
    expect(ids(hits.slice(1)).sort()).toEqual(expected);
  });

  it('lists what it reached by direction and distance, upstream furthest first, and draws the start highlighted', () => {
    const x = exploreLineage(graph, 'b.out', 'both', 2)!;
    expect(x.rings.map((r) => [r.direction, r.depth, r.products.map((p) => p.id).sort()])).toEqual([
      ['upstream', 2, ['a.src']],
      ['upstream', 1, ['a.mid', 'a.side']],
      ['downstream', 1, ['c.end']],
    ]);
    expect(x.reached).toBe(4);
    expect(x.layout.nodes.filter((n) => n.focus).map((n) => n.id)).toEqual(['b.out']);
    expect(x.layout.edges).toHaveLength(4);
    expect(x.rings[0]?.products[0]?.href).toBe('/products/a.src/');
  });

  it('says nothing for an unknown product, and caps the drawing on a wide mesh while listing everything', () => {
    expect(exploreLineage(graph, 'nope', 'both', 2)).toBeUndefined();
    const wide = compactLineage({
      products: [{ id: 'h.hub', name: 'hub', domain: 'h' }, ...Array.from({ length: 100 }, (_, i) => ({ id: `m.p${i}`, name: `p${i}`, domain: 'm' }))],
      edges: Array.from({ length: 100 }, (_, i) => edge('h.hub', `m.p${i}`)),
    } as unknown as CatalogExport);
    const x = exploreLineage(wide, 'h.hub', 'downstream', 1)!;
    expect(x.layout.nodes).toHaveLength(EXPLORER_MAX_DRAWN);
    expect(x.rings[0]?.products).toHaveLength(100);
  });
});
