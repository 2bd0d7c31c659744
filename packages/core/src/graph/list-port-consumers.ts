import type { MeshGraph } from './build-mesh-graph.js';

/** Who reads an output port: a product through one of its input ports, or a team declared as a consumer. */
export type PortConsumer =
  | { kind: 'product'; id: string; owner?: string; inputPort: string; agreement?: string }
  | { kind: 'team'; team: string; purpose?: string; until?: string; agreement?: string };

/**
 * Everyone who reads `productId`'s output port `port`: products whose input ports name it (with the agreement that
 * covers the read, when one does), the consumer teams of agreements sharing the port that no reading product stands
 * for, and teams the product declares inline (deprecated). This is who a breaking change hurts.
 */
export function listPortConsumers(graph: MeshGraph, productId: string, port: string): PortConsumer[] {
  const out: PortConsumer[] = [];
  const agreements = (graph.agreements.get(productId) ?? []).filter((a) => a.ports.some((s) => s.name === port));
  const readers = new Set<string>();
  for (const e of graph.downstreamEdges.get(productId) ?? []) {
    if (e.port !== port) continue;
    const owner = graph.nodes.get(e.consumer)?.owner;
    const covering = agreements.find((a) => a.team === owner && (a.consumerProduct ?? e.consumer) === e.consumer);
    if (covering && covering.consumerProduct) readers.add(covering.id);
    out.push({ kind: 'product', id: e.consumer, inputPort: e.inputPort, ...(owner ? { owner } : {}), ...(covering ? { agreement: covering.file } : {}) });
  }
  for (const a of agreements) {
    if (readers.has(a.id) || !a.team) continue;
    out.push({ kind: 'team', team: a.team, ...(a.purpose ? { purpose: a.purpose } : {}), ...(a.end ? { until: a.end } : {}), agreement: a.file });
  }
  for (const c of graph.nodes.get(productId)?.consumers ?? []) {
    if (c.ports && !c.ports.includes(port)) continue;
    out.push({ kind: 'team', team: c.team, ...(c.purpose ? { purpose: c.purpose } : {}), ...(c.until ? { until: c.until } : {}) });
  }
  return out;
}
