import * as elkModule from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { measureLabel, NODE_HEIGHT, type LineageLayout, type LineageNodeInput } from './lineage-drawing.js';

// elkjs is CommonJS; depending on the loader (Node, Vite SSR, vitest) its constructor arrives as `default` or `default.default`.
type ElkConstructor = new () => { layout(graph: ElkNode): Promise<ElkNode> };
const elkExports = elkModule as unknown as { default: ElkConstructor | { default: ElkConstructor } };
const ELK: ElkConstructor = typeof elkExports.default === 'function' ? elkExports.default : elkExports.default.default;

/** One ELK for the whole build: each instance starts its own (fake) worker, which costs more than a small layout. */
let elk: InstanceType<ElkConstructor> | undefined;

/**
 * Lays out lineage left to right (producers left of their consumers) with ELK's layered algorithm. With `groupByDomain`
 * every domain becomes a box around its products and edges cross boxes (hierarchy handled as one graph). All
 * coordinates come back absolute (`elk.json.shapeCoords`/`edgeCoords` = ROOT). Edges between unknown nodes are dropped.
 */
export async function layoutLineage(
  nodes: readonly LineageNodeInput[],
  edges: readonly { from: string; to: string }[],
  options: { groupByDomain?: boolean } = {},
): Promise<LineageLayout> {
  const known = new Set(nodes.map((n) => n.id));
  const unique = [...new Map(edges.filter((e) => known.has(e.from) && known.has(e.to)).map((e) => [`${e.from}→${e.to}`, e])).values()];
  const leaf = (n: LineageNodeInput): ElkNode => ({ id: n.id, width: measureLabel(n.label), height: NODE_HEIGHT });
  const domains = [...new Set(nodes.map((n) => n.domain))].sort();
  const children: ElkNode[] = options.groupByDomain
    ? domains.map((d) => ({
        id: `domain:${d}`,
        layoutOptions: { 'elk.padding': '[top=28,left=12,bottom=12,right=12]' },
        children: nodes.filter((n) => n.domain === d).map(leaf),
      }))
    : nodes.map(leaf);
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.layered.spacing.nodeNodeBetweenLayers': '40',
      'elk.spacing.nodeNode': '14',
      'elk.edgeRouting': 'ORTHOGONAL',
      // Fewer crossing-minimisation sweeps than the default 7: layouts of a few dozen boxes stay as readable, and
      // builds of thousands of pages stay fast.
      'elk.layered.thoroughness': '2',
      'elk.json.shapeCoords': 'ROOT',
      'elk.json.edgeCoords': 'ROOT',
    },
    children,
    edges: unique.map((e, i): ElkExtendedEdge => ({ id: `e${i}`, sources: [e.from], targets: [e.to] })),
  };
  elk ??= new ELK();
  const laid = await elk.layout(graph);
  return readLayout(laid, nodes, unique);
}

function readLayout(laid: ElkNode, inputs: readonly LineageNodeInput[], edges: readonly { from: string; to: string }[]): LineageLayout {
  const byId = new Map(inputs.map((n) => [n.id, n]));
  const out: LineageLayout = { width: Math.ceil(laid.width ?? 0), height: Math.ceil(laid.height ?? 0), nodes: [], groups: [], edges: [] };
  const visit = (n: ElkNode): void => {
    const input = byId.get(n.id);
    const box = { x: n.x ?? 0, y: n.y ?? 0, width: n.width ?? 0, height: n.height ?? 0 };
    if (input) out.nodes.push({ ...box, id: input.id, label: input.label, domain: input.domain, href: input.href, focus: input.focus ?? false });
    else if (n.id.startsWith('domain:')) out.groups.push({ ...box, domain: n.id.slice('domain:'.length) });
    for (const c of n.children ?? []) visit(c);
  };
  for (const c of laid.children ?? []) visit(c);
  const collect = (n: ElkNode): ElkExtendedEdge[] => [...(n.edges ?? []), ...(n.children ?? []).flatMap(collect)];
  for (const e of collect(laid)) {
    const i = Number(e.id.slice(1));
    const edge = edges[i];
    if (!edge) continue;
    const points = (e.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]);
    if (points.length < 2) continue;
    out.edges.push({ ...edge, path: points.map((p, k) => `${k === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join(' ') });
  }
  return out;
}

const round = (v: number): number => Math.round(v * 10) / 10;
