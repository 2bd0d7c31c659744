import type { MeshGraph } from './build-mesh-graph.js';

/** Who reads an output port: a product through one of its input ports, or a team declared as a consumer. */
export type PortConsumer =
  { kind: 'product'; id: string; owner?: string; inputPort: string } | { kind: 'team'; team: string; purpose?: string; until?: string };

/**
 * Everyone who reads `productId`'s output port `port`: products whose input ports name it, and teams the product
 * declares as consumers (of all its ports, or of this one). This is who a breaking change hurts.
 */
export function listPortConsumers(graph: MeshGraph, productId: string, port: string): PortConsumer[] {
  const out: PortConsumer[] = [];
  for (const e of graph.downstreamEdges.get(productId) ?? []) {
    if (e.port !== port) continue;
    const owner = graph.nodes.get(e.consumer)?.owner;
    out.push({ kind: 'product', id: e.consumer, inputPort: e.inputPort, ...(owner ? { owner } : {}) });
  }
  for (const c of graph.nodes.get(productId)?.consumers ?? []) {
    if (c.ports && !c.ports.includes(port)) continue;
    out.push({ kind: 'team', team: c.team, ...(c.purpose ? { purpose: c.purpose } : {}), ...(c.until ? { until: c.until } : {}) });
  }
  return out;
}
