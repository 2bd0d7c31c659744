import type { CatalogIndex } from '../catalog/catalog-index.js';
import type { MeshGraph } from '../graph/build-mesh-graph.js';

type Json = Record<string, unknown>;

/** The compact view of the mesh policies read as `data.mesh`. Loaded into the bundle once, not copied per product. */
export interface PolicyMeshData {
  products: Record<string, Json>;
  consumers: Record<string, Record<string, string[]>>;
  teams: Record<string, Json>;
  domains: Record<string, Json>;
}

/**
 * Builds `data.mesh` for the policies (documented in docs/policies.md): per product its identity, lifecycle, inputs,
 * output ports with kind and classification, and declared consumer teams; the products reading each port; teams and
 * domains. Small on purpose: a 10 000-product mesh stays a few megabytes, loaded once.
 */
export function buildPolicyData(index: CatalogIndex, graph: MeshGraph): PolicyMeshData {
  const products: Record<string, Json> = {};
  for (const p of graph.nodes.values()) {
    const spec = (p.data.spec ?? {}) as Json;
    const meta = (p.data.metadata ?? {}) as Json;
    const classification = ((spec.access ?? {}) as Json).classification;
    const outputs: Record<string, Json> = {};
    for (const o of (Array.isArray(spec.outputPorts) ? spec.outputPorts : []) as Json[]) {
      if (typeof o.name === 'string') outputs[o.name] = { kind: o.kind ?? null, classification: classification ?? null };
    }
    products[p.id] = {
      id: p.id,
      name: p.name ?? null,
      domain: p.domain ?? null,
      owner: p.owner ?? null,
      archetype: p.archetype ?? null,
      lifecycle: p.lifecycle ?? null,
      version: p.version ?? null,
      ...(p.successor ? { successor: p.successor } : {}),
      ...(typeof meta.sunset === 'string' ? { sunset: meta.sunset } : {}),
      inputs: p.inputs.map((i) => ({
        name: i.name,
        ...(i.product ? { product: i.product } : {}),
        ...(i.port ? { port: i.port } : {}),
        ...(i.system ? { system: i.system } : {}),
      })),
      outputs,
      consumerTeams: p.consumers.map((c) => c.team),
    };
  }
  const consumers: Record<string, Record<string, string[]>> = {};
  for (const e of graph.edges) {
    const byPort = (consumers[e.producer] ??= {});
    (byPort[e.port] ??= []).push(e.consumer);
  }
  const teams: Record<string, Json> = {};
  for (const t of index.teams) teams[t.name] = (t.data.spec ?? {}) as Json;
  const domains: Record<string, Json> = {};
  for (const d of index.domains) domains[d.name] = (d.data.spec ?? {}) as Json;
  return { products, consumers, teams, domains };
}

/** The input of one product's evaluation (`meshplane/entry/product`). */
export interface ProductPolicyInput {
  product: unknown;
  file: string;
  previous: unknown;
  change: 'added' | 'modified' | 'unchanged' | null;
  /** On a pull request: the classified changes of a modified product and the version bump they require. */
  changes?: { items: { kind: string; impact: string; text: string; port?: string; pointer: string }[]; requiredBump: string };
  now: string;
  /** What the product's runs were observed doing against what it declares; null when it was never observed. */
  runtime: RuntimePolicyInput | null;
  /** The product's data sharing agreements (schema-valid ones): each its `name`, `file` and `spec`. */
  agreements: { name: string; file: string; spec: unknown }[];
}

/** One run as evidence in `input.runtime`. */
interface RunEvidence {
  runId: string;
  job: string;
  time: string;
}

/** `input.runtime` (docs/policies.md): the product's latest run and its drift, each item with its run. */
export interface RuntimePolicyInput {
  lastRun: RunEvidence;
  undeclaredInputs: ({ dataset: string; product: string; port: string } & RunEvidence)[];
  staleInputs: { input: string; product: string; port: string; lastRead: string | null }[];
  undeclaredOutputs: ({ dataset: string } & RunEvidence)[];
}
