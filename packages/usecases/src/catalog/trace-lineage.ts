import { didYouMean, walkLineage, type CheckReport, type LineageStep, type ProductNode } from '@meshplane/core';
import { checkRepository, type Repository } from '../repository/resolve-repository.js';
import { UsageError } from '../usage-error.js';

export interface GraphOptions {
  upstream: boolean;
  downstream: boolean;
  depth?: number;
}

/** The lineage around one product. */
export interface GraphResult {
  product: { id: string; name?: string; domain?: string; archetype?: string; owner?: string };
  upstream?: LineageStep[];
  downstream?: LineageStep[];
  report: CheckReport;
}

/** `mesh graph <product>`: what a product depends on (upstream) and what depends on it (downstream), transitively. */
export function traceLineage(repo: Repository, id: string | undefined, options: GraphOptions): GraphResult {
  if (!id) throw new UsageError('Name a product: mesh graph <domain>.<name> [--upstream|--downstream] [--depth N].');
  const { report, graph } = checkRepository(repo);
  const node = graph.nodes.get(id);
  if (!node) throw new UsageError(`No product \`${id}\` in the catalog. ${didYouMean(id, graph.nodes.keys())}`.trim(), 'unknown-product');
  const both = !options.upstream && !options.downstream;
  const walk = (direction: 'upstream' | 'downstream'): LineageStep[] =>
    walkLineage(graph, id, { direction, ...(options.depth !== undefined ? { maxDepth: options.depth } : {}) });
  return {
    product: describe(node),
    ...(both || options.upstream ? { upstream: walk('upstream') } : {}),
    ...(both || options.downstream ? { downstream: walk('downstream') } : {}),
    report,
  };
}

function describe(n: ProductNode): GraphResult['product'] {
  return {
    id: n.id,
    ...(n.name ? { name: n.name } : {}),
    ...(n.domain ? { domain: n.domain } : {}),
    ...(n.archetype ? { archetype: n.archetype } : {}),
    ...(n.owner ? { owner: n.owner } : {}),
  };
}
