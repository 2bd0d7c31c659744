import type { ProductNode } from '../catalog/catalog-index.js';
import type { AgreementNode } from '../agreement/read-agreement-node.js';

/** One lineage edge: `consumer` reads `producer`'s output port `port` through its input port `inputPort`. */
export interface LineageEdge {
  producer: string;
  port: string;
  consumer: string;
  inputPort: string;
}

/** The mesh as a graph of products, with edges in both directions. */
export interface MeshGraph {
  /** By product id; when two files claim one id, the first (by path) wins here and the other is a finding. */
  nodes: ReadonlyMap<string, ProductNode>;
  edges: readonly LineageEdge[];
  /** Edges into a product: what it reads. */
  upstreamEdges: ReadonlyMap<string, readonly LineageEdge[]>;
  /** Edges out of a product: who reads it. */
  downstreamEdges: ReadonlyMap<string, readonly LineageEdge[]>;
  /** Data sharing agreements by the product they share. */
  agreements: ReadonlyMap<string, readonly AgreementNode[]>;
}

/**
 * Builds the lineage graph from every product's input ports. There is no central DAG: lineage emerges from what each
 * product declares it reads. Inputs naming an unknown product make no edge (the graph check reports them).
 */
export function buildMeshGraph(products: readonly ProductNode[], agreements: readonly AgreementNode[] = []): MeshGraph {
  const nodes = new Map<string, ProductNode>();
  for (const p of products) if (!nodes.has(p.id)) nodes.set(p.id, p);
  const edges: LineageEdge[] = [];
  const upstreamEdges = new Map<string, LineageEdge[]>();
  const downstreamEdges = new Map<string, LineageEdge[]>();
  for (const p of nodes.values()) {
    for (const input of p.inputs) {
      if (input.product === undefined || !nodes.has(input.product)) continue;
      const edge: LineageEdge = { producer: input.product, port: input.port ?? '', consumer: p.id, inputPort: input.name };
      edges.push(edge);
      push(upstreamEdges, p.id, edge);
      push(downstreamEdges, input.product, edge);
    }
  }
  const shared = new Map<string, AgreementNode[]>();
  for (const a of agreements) if (a.provider) push(shared, a.provider, a);
  return { nodes, edges, upstreamEdges, downstreamEdges, agreements: shared };
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}
