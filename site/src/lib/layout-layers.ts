import { measureLabel, NODE_HEIGHT, type LineageLayout, type LineageNodeInput } from './lineage-drawing.js';

const NODE_GAP = 14;
const LAYER_GAP = 48;
/** Crossing-reduction sweeps (down then up): a few are enough for the 40-box drawings of a page. */
const SWEEPS = 4;

interface Slot {
  /** A product id, or a bend point of an edge that spans more than one layer (`undefined`). */
  id?: string;
  layer: number;
  order: number;
  height: number;
}

/**
 * Lays out lineage left to right (producers left of their consumers) in layers, in microseconds: each product goes one
 * layer right of the furthest product it reads; edges spanning layers get a bend point in each layer they cross, so
 * no edge runs through a box; a few barycenter sweeps order each layer to cut crossings. This is what a page of a
 * 10 000-product mesh can afford (ELK's layered algorithm costs tens of milliseconds per drawing). A cycle (a catalog
 * with errors still builds) is broken where it is found. Edges between unknown nodes are dropped.
 */
export function layoutLayers(nodes: readonly LineageNodeInput[], edges: readonly { from: string; to: string; kind?: string }[]): LineageLayout {
  const known = new Map(nodes.map((n) => [n.id, n]));
  const unique = [...new Map(edges.filter((e) => e.from !== e.to && known.has(e.from) && known.has(e.to)).map((e) => [`${e.from}→${e.to}`, e])).values()];
  const layerOf = assignLayers(nodes, unique);
  const slots = new Map<string, Slot>(nodes.map((n) => [n.id, { id: n.id, layer: layerOf.get(n.id) ?? 0, order: 0, height: NODE_HEIGHT }]));
  const chains = unique.map((e) => chainEdge(slots.get(e.from) as Slot, slots.get(e.to) as Slot));
  const layers = groupLayers([...slots.values(), ...chains.flatMap((c) => c.slice(1, -1))]);
  orderLayers(layers, chains);
  const widths = layers.map((l) => Math.max(0, ...l.map((s) => (s.id ? measureLabel(known.get(s.id)?.label ?? '') : 0))));
  const xs = widths.map((_, i) => widths.slice(0, i).reduce((sum, w) => sum + w + LAYER_GAP, 0));
  const heights = layers.map((l) => l.reduce((sum, s) => sum + s.height, 0) + NODE_GAP * Math.max(0, l.length - 1));
  const height = Math.max(0, ...heights);
  const ys = new Map<Slot, number>();
  layers.forEach((l, i) => {
    let y = (height - (heights[i] ?? 0)) / 2;
    for (const s of l) {
      ys.set(s, y);
      y += s.height + NODE_GAP;
    }
  });
  const out: LineageLayout = { width: Math.ceil((xs.at(-1) ?? 0) + (widths.at(-1) ?? 0)), height: Math.ceil(height), nodes: [], groups: [], edges: [] };
  for (const n of nodes) {
    const s = slots.get(n.id) as Slot;
    const width = measureLabel(n.label);
    const x = (xs[s.layer] ?? 0) + ((widths[s.layer] ?? 0) - width) / 2;
    out.nodes.push({ id: n.id, label: n.label, domain: n.domain, href: n.href, focus: n.focus ?? false, x, y: ys.get(s) ?? 0, width, height: NODE_HEIGHT });
  }
  const boxWidth = (s: Slot): number => (s.id ? measureLabel(known.get(s.id)?.label ?? '') : 0);
  unique.forEach((e, i) => {
    const points = (chains[i] as Slot[]).map((s, k, all) => {
      const layerX = xs[s.layer] ?? 0;
      const layerWidth = widths[s.layer] ?? 0;
      const left = layerX + (layerWidth - boxWidth(s)) / 2;
      const x = k === 0 ? left + boxWidth(s) : k === all.length - 1 ? left : layerX + layerWidth / 2;
      // Turn in the gap after this layer, where no box stands.
      return { x, y: (ys.get(s) ?? 0) + s.height / 2, turn: layerX + layerWidth + LAYER_GAP / 2 };
    });
    out.edges.push({ from: e.from, to: e.to, path: routeOrthogonal(points), ...(e.kind ? { kind: e.kind } : {}) });
  });
  return out;
}

/** Longest-path layers: a node sits one layer right of the furthest node it reads. Kahn's order; a cycle is cut. */
function assignLayers(nodes: readonly LineageNodeInput[], edges: readonly { from: string; to: string }[]): Map<string, number> {
  const layer = new Map(nodes.map((n) => [n.id, 0]));
  const incoming = new Map(nodes.map((n) => [n.id, 0]));
  const out = new Map<string, string[]>();
  for (const e of edges) {
    incoming.set(e.to, (incoming.get(e.to) ?? 0) + 1);
    out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
  }
  const ready = nodes.filter((n) => incoming.get(n.id) === 0).map((n) => n.id);
  const done = new Set<string>();
  while (done.size < nodes.length) {
    // Nodes on a cycle never become ready: take the first one left, as if its remaining inputs were not there.
    const id = ready.shift() ?? (nodes.find((n) => !done.has(n.id))?.id as string);
    if (done.has(id)) continue;
    done.add(id);
    for (const to of out.get(id) ?? []) {
      if (done.has(to)) continue;
      layer.set(to, Math.max(layer.get(to) ?? 0, (layer.get(id) ?? 0) + 1));
      const left = (incoming.get(to) ?? 1) - 1;
      incoming.set(to, left);
      if (left === 0) ready.push(to);
    }
  }
  return layer;
}

/** The slots an edge passes through: its source, a bend point in each layer between, its target. */
function chainEdge(from: Slot, to: Slot): Slot[] {
  const chain = [from];
  for (let l = from.layer + 1; l < to.layer; l++) chain.push({ layer: l, order: 0, height: 4 });
  chain.push(to);
  return chain;
}

function groupLayers(slots: readonly Slot[]): Slot[][] {
  const layers: Slot[][] = [];
  for (const s of slots) (layers[s.layer] ??= []).push(s);
  for (let i = 0; i < layers.length; i++) layers[i] ??= [];
  layers.forEach((l) => l.forEach((s, i) => (s.order = i)));
  return layers;
}

/** Barycenter sweeps: each slot moves to the mean position of its neighbours in the layer before (or after). */
function orderLayers(layers: Slot[][], chains: readonly Slot[][]): void {
  const left = new Map<Slot, Slot[]>();
  const right = new Map<Slot, Slot[]>();
  for (const c of chains)
    for (let k = 1; k < c.length; k++) {
      const [a, b] = [c[k - 1] as Slot, c[k] as Slot];
      right.set(a, [...(right.get(a) ?? []), b]);
      left.set(b, [...(left.get(b) ?? []), a]);
    }
  const sortBy = (layer: Slot[], neighbours: Map<Slot, Slot[]>): void => {
    const centre = new Map(layer.map((s) => [s, mean((neighbours.get(s) ?? []).map((n) => n.order)) ?? s.order]));
    layer.sort((a, b) => (centre.get(a) ?? 0) - (centre.get(b) ?? 0) || a.order - b.order);
    layer.forEach((s, i) => (s.order = i));
  };
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    if (sweep % 2 === 0) for (let i = 1; i < layers.length; i++) sortBy(layers[i] as Slot[], left);
    else for (let i = layers.length - 2; i >= 0; i--) sortBy(layers[i] as Slot[], right);
  }
}

const mean = (xs: readonly number[]): number | undefined => (xs.length === 0 ? undefined : xs.reduce((a, b) => a + b, 0) / xs.length);

/** An SVG path through the points with horizontal and vertical segments: on to the gap, up or down there, then on. */
function routeOrthogonal(points: readonly { x: number; y: number; turn: number }[]): string {
  const round = (v: number): number => Math.round(v * 10) / 10;
  const [first, ...rest] = points;
  if (!first) return '';
  const parts = [`M${round(first.x)} ${round(first.y)}`];
  let at = first;
  for (const next of rest) {
    if (next.y !== at.y) parts.push(`L${round(at.turn)} ${round(at.y)}`, `L${round(at.turn)} ${round(next.y)}`);
    parts.push(`L${round(next.x)} ${round(next.y)}`);
    at = next;
  }
  return parts.join(' ');
}
