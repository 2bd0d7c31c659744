import { countFindings, didYouMean, walkLineage, type CheckReport, type LineageStep, type ProductNode } from '@meshplane/core';
import { checkRepository, resolveRepository } from '../resolve-repository.js';
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
export function runGraph(id: string | undefined, options: GraphOptions, path?: string): GraphResult {
  if (!id) throw new UsageError('Name a product: mesh graph <domain>.<name> [--upstream|--downstream] [--depth N].');
  const { report, graph } = checkRepository(resolveRepository(path));
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

/** The lineage as indented text, nearest first. */
export function renderGraphText(g: GraphResult): string {
  const p = g.product;
  const lines = [`${p.id}${p.name ? ` — ${p.name}` : ''}${p.archetype ? ` (${p.archetype}, owner ${p.owner ?? '?'})` : ''}`];
  const section = (title: string, steps: LineageStep[] | undefined, arrow: (s: LineageStep) => string): void => {
    if (!steps) return;
    lines.push('', `${title}: ${steps.length === 0 ? 'none' : `${steps.length} product${steps.length === 1 ? '' : 's'}`}`);
    for (const s of steps) lines.push(`${'  '.repeat(s.depth)}${s.id}  ${arrow(s)}`);
  };
  section('Upstream (depends on)', g.upstream, (s) => `[depth ${s.depth}; port ${s.via.port} → ${s.via.consumer} input ${s.via.inputPort}]`);
  section('Downstream (depended on by)', g.downstream, (s) => `[depth ${s.depth}; reads ${s.via.producer} port ${s.via.port}]`);
  const c = countFindings(g.report.findings);
  if (c.error > 0) lines.push('', `Note: the catalog has ${c.error} error${c.error === 1 ? '' : 's'}; run \`mesh check\` — lineage may be incomplete.`);
  return lines.join('\n') + '\n';
}
