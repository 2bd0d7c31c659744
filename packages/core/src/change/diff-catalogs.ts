import type { CatalogIndex, ProductNode } from '../catalog/catalog-index.js';
import type { MeshGraph } from '../graph/build-mesh-graph.js';
import { listPortConsumers } from '../graph/list-port-consumers.js';
import { walkLineage } from '../graph/walk-lineage.js';
import type { DataProduct } from '../model/generated/types.js';
import type { AffectedConsumer, CatalogChanges, ProductChange } from './change-types.js';
import { classifyProductChanges, requiredBump } from './classify-product-changes.js';
import { isSameData } from '../model/same-data.js';

/** One side of a change: a catalog's index and mesh graph. */
export interface CatalogSide {
  index: CatalogIndex;
  graph: MeshGraph;
}

/**
 * Diffs two catalogs product by product, matched by id (so a file moved between folders is the same product), and
 * finds everyone downstream of each breaking change: the products that read the port in the base catalog, everything
 * downstream of them, their owner teams and the teams granted the port.
 *
 * @example
 * const changes = diffCatalogs(base, head); // changes.products[0].items[0].kind === 'column-removed'
 */
export function diffCatalogs(base: CatalogSide, head: CatalogSide): CatalogChanges {
  const products: ProductChange[] = [];
  for (const [id, now] of head.graph.nodes) {
    const old = base.graph.nodes.get(id);
    if (!old) {
      products.push({ id, status: 'added', headFile: now.file, ...(now.version ? { headVersion: now.version } : {}), items: [], requiredBump: 'minor' });
      continue;
    }
    if (isSameData(old.data, now.data)) continue;
    if (!old.valid || !now.valid) {
      const side = old.valid ? 'head' : 'base';
      const items = [
        {
          kind: 'unclassified',
          impact: 'patch' as const,
          text: `The ${side} version does not match its schema, so its changes are not classified`,
          pointer: '',
        },
      ];
      products.push({ id, status: 'modified', baseFile: old.file, headFile: now.file, ...versions(old, now), items, requiredBump: 'none' });
      continue;
    }
    const items = classifyProductChanges(old.data as unknown as DataProduct, now.data as unknown as DataProduct);
    if (items.length === 0 && old.file === now.file) continue;
    if (old.file !== now.file) items.push({ kind: 'moved', impact: 'patch', text: `Moved from ${old.file}`, pointer: '' });
    products.push({ id, status: 'modified', baseFile: old.file, headFile: now.file, ...versions(old, now), items, requiredBump: requiredBump(items) });
  }
  for (const [id, old] of base.graph.nodes) {
    if (!head.graph.nodes.has(id))
      products.push({ id, status: 'removed', baseFile: old.file, ...(old.version ? { baseVersion: old.version } : {}), items: [], requiredBump: 'none' });
  }
  products.sort((a, b) => a.id.localeCompare(b.id));
  const affected = products.flatMap((p) => affectedBy(p, base));
  const teams = new Set<string>();
  for (const a of affected) for (const c of a.consumers) teams.add(c.team);
  return { products, affected, affectedTeams: [...teams].sort() };
}

function versions(old: ProductNode, now: ProductNode): { baseVersion?: string; headVersion?: string } {
  return { ...(old.version ? { baseVersion: old.version } : {}), ...(now.version ? { headVersion: now.version } : {}) };
}

/** Per port with a breaking change (or every port, for a removed product), who is downstream in the base. */
function affectedBy(p: ProductChange, base: CatalogSide): CatalogChanges['affected'] {
  const node = base.graph.nodes.get(p.id);
  if (!node) return [];
  const ports =
    p.status === 'removed' ? node.outputs.map((o) => o.name) : [...new Set(p.items.filter((i) => i.impact === 'breaking').map((i) => i.port ?? '*'))];
  const out: CatalogChanges['affected'] = [];
  for (const port of ports) {
    const names = port === '*' ? node.outputs.map((o) => o.name) : [port];
    const consumers = collectConsumers(base.graph, p.id, names);
    if (consumers.length > 0) out.push({ productId: p.id, port, consumers });
  }
  return out;
}

function collectConsumers(graph: MeshGraph, productId: string, ports: readonly string[]): AffectedConsumer[] {
  const found = new Map<string, AffectedConsumer>();
  const keep = (c: AffectedConsumer): void => {
    const key = `${c.productId ?? ''}|${c.team}`;
    const had = found.get(key);
    if (!had || had.depth > c.depth) found.set(key, c);
  };
  for (const port of ports) {
    for (const c of listPortConsumers(graph, productId, port)) {
      if (c.kind === 'team') {
        keep({ team: c.team, depth: 1 });
        continue;
      }
      keep({ productId: c.id, team: c.owner ?? '(no owner)', depth: 1 });
      for (const s of walkLineage(graph, c.id, { direction: 'downstream' }))
        keep({ productId: s.id, team: graph.nodes.get(s.id)?.owner ?? '(no owner)', depth: s.depth + 1 });
    }
  }
  return [...found.values()].sort((a, b) => a.depth - b.depth || (a.productId ?? '').localeCompare(b.productId ?? '') || a.team.localeCompare(b.team));
}
