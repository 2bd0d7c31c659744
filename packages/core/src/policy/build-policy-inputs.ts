import type { CatalogChanges } from '../change/change-types.js';
import type { MeshGraph } from '../graph/build-mesh-graph.js';
import type { ProductPolicyInput, RuntimePolicyInput } from './build-policy-data.js';
import { isSameData } from '../model/same-data.js';
import type { ProductDrift } from '../lineage/find-lineage-drift.js';

/** What the per-product inputs are built from. */
export interface PolicyInputOptions {
  /** Today as `YYYY-MM-DD`. */
  today: string;
  /** On a pull request: the base catalog's graph, for each product's previous version and change kind. */
  base?: MeshGraph;
  /** On a pull request: the classified changes, passed to each modified product as `changes`. */
  changes?: CatalogChanges;
  /**
   * What runs were observed doing, per product with observations (`mesh lineage drift`'s observed lineage judged
   * against this catalog); absent when no observations are kept. Passed as `input.runtime`, null for a product never
   * observed.
   */
  runtime?: ReadonlyMap<string, ProductDrift>;
}

/**
 * The input of each schema-valid product's policy evaluation (documented in docs/policies.md). Products that break
 * their schema are not evaluated: their schema errors already fail the check, and rules may assume the schema's shape.
 */
export function buildPolicyInputs(head: MeshGraph, options: PolicyInputOptions): { productId: string; input: ProductPolicyInput }[] {
  return [...head.nodes.values()]
    .filter((p) => p.valid)
    .map((p) => {
      const drift = options.runtime?.get(p.id);
      const input: ProductPolicyInput = {
        product: p.data,
        file: p.file,
        previous: null,
        change: null,
        now: options.today,
        runtime: drift ? describeRuntime(drift) : null,
        agreements: (head.agreements.get(p.id) ?? []).filter((a) => a.valid).map((a) => ({ name: a.name, file: a.file, spec: a.data.spec })),
      };
      if (!options.base) return { productId: p.id, input };
      const previous = options.base.nodes.get(p.id)?.data ?? null;
      const change = previous === null ? 'added' : isSameData(previous, p.data) ? 'unchanged' : 'modified';
      const c = options.changes?.products.find((x) => x.id === p.id && x.status === 'modified');
      return { productId: p.id, input: { ...input, previous, change, ...(c ? { changes: { items: c.items, requiredBump: c.requiredBump } } : {}) } };
    });
}

/** A product's drift as policies read it (`input.runtime`): each piece of evidence flat, with its run. */
export function describeRuntime(d: ProductDrift): RuntimePolicyInput {
  return {
    lastRun: d.lastRun,
    undeclaredInputs: d.undeclaredInputs.map((u) => ({ dataset: u.dataset, product: u.product, port: u.port, ...u.run })),
    staleInputs: d.staleInputs.map((s) => ({ input: s.input, product: s.product, port: s.port, lastRead: s.lastRead?.time ?? null })),
    undeclaredOutputs: d.undeclaredOutputs.map((u) => ({ dataset: u.dataset, ...u.run })),
  };
}
