import { countFindings, type LineageStep } from '@meshplane/core';
import type { GraphResult } from '@meshplane/usecases';

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
