import { describe, expect, it } from 'vitest';
import { layoutLayers } from '../src/lib/layout-layers.js';
import { measureLabel } from '../src/lib/lineage-drawing.js';

const node = (id: string, label = id.toUpperCase()) => ({ id, label, domain: id.split('.')[0] as string, href: `/products/${id}/` });
const boxOf = (layout: ReturnType<typeof layoutLayers>, id: string) => layout.nodes.find((n) => n.id === id)!;
const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layered lineage layout', () => {
  it('puts each product right of every product it reads, never overlapping, and drops unknown edges', () => {
    const nodes = [node('a.src'), node('a.mid'), node('b.sink', 'A sink with a long name'), node('b.side')];
    const layout = layoutLayers(nodes, [
      { from: 'a.src', to: 'a.mid' },
      { from: 'a.mid', to: 'b.sink' },
      { from: 'a.src', to: 'b.sink' },
      { from: 'b.side', to: 'b.sink' },
      { from: 'a.mid', to: 'nowhere' },
    ]);
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(['a.mid', 'a.src', 'b.side', 'b.sink']);
    expect(boxOf(layout, 'a.src').x + boxOf(layout, 'a.src').width).toBeLessThan(boxOf(layout, 'a.mid').x);
    expect(boxOf(layout, 'a.mid').x + boxOf(layout, 'a.mid').width).toBeLessThan(boxOf(layout, 'b.sink').x);
    expect(boxOf(layout, 'b.sink').width).toBe(measureLabel('A sink with a long name'));
    for (const a of layout.nodes) for (const b of layout.nodes) if (a !== b) expect(overlaps(a, b)).toBe(false);
    expect(layout.edges).toHaveLength(4);
    for (const e of layout.edges) expect(e.path).toMatch(/^M[\d.]+ [\d.]+( L[\d.]+ [\d.]+)+$/);
    for (const n of layout.nodes) expect(n.x + n.width).toBeLessThanOrEqual(layout.width);
  });

  it('routes an edge that skips a layer around the boxes of that layer', () => {
    const layout = layoutLayers(
      [node('a.src'), node('a.mid'), node('a.end')],
      [
        { from: 'a.src', to: 'a.mid' },
        { from: 'a.mid', to: 'a.end' },
        { from: 'a.src', to: 'a.end' },
      ],
    );
    const long = layout.edges.find((e) => e.from === 'a.src' && e.to === 'a.end')!;
    const mid = boxOf(layout, 'a.mid');
    const points = [...long.path.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    for (let k = 1; k < points.length; k++) {
      const [[x1, y1], [x2, y2]] = [points[k - 1]!, points[k]!];
      const segment = { x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1) || 0.1, height: Math.abs(y2 - y1) || 0.1 };
      expect(overlaps(segment, mid)).toBe(false);
    }
  });

  it('still lays out a cycle (a catalog with errors builds), each product once', () => {
    const layout = layoutLayers(
      [node('a.x'), node('a.y'), node('a.z')],
      [
        { from: 'a.x', to: 'a.y' },
        { from: 'a.y', to: 'a.z' },
        { from: 'a.z', to: 'a.x' },
      ],
    );
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(['a.x', 'a.y', 'a.z']);
    expect(new Set(layout.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(3);
  });

  it('puts fewer crossings than the input order in a crossed pair', () => {
    // Input order crosses: a.p1 → b.c2, a.p2 → b.c1; the sweeps put each consumer level with its producer.
    const layout = layoutLayers(
      [node('a.p1'), node('a.p2'), node('b.c1'), node('b.c2')],
      [
        { from: 'a.p1', to: 'b.c2' },
        { from: 'a.p2', to: 'b.c1' },
      ],
    );
    expect(Math.sign(boxOf(layout, 'a.p1').y - boxOf(layout, 'a.p2').y)).toBe(Math.sign(boxOf(layout, 'b.c2').y - boxOf(layout, 'b.c1').y));
  });
});
