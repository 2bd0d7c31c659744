import { escapeMarkdown } from '../render/escape-markdown.js';
import { plural } from '../render/text-utils.js';
import type { ImpactEntry, PolicyImpact } from './compare-policy-runs.js';

/** Groups entries by rule, then domain: `rule → domain → products`. */
function group(entries: readonly ImpactEntry[]): Map<string, Map<string, ImpactEntry[]>> {
  const out = new Map<string, Map<string, ImpactEntry[]>>();
  for (const e of entries) {
    const byDomain = out.get(e.ruleId) ?? new Map<string, ImpactEntry[]>();
    const d = e.domain ?? '(no domain)';
    byDomain.set(d, [...(byDomain.get(d) ?? []), e]);
    out.set(e.ruleId, byDomain);
  }
  return out;
}

/** The impact report as text for a terminal. */
export function renderPolicyImpactText(impact: PolicyImpact): string {
  const lines = [`Policy impact: base ${impact.baseDigest.slice(0, 19)} → head ${impact.headDigest.slice(0, 19)}`];
  const section = (title: string, entries: readonly ImpactEntry[]): void => {
    lines.push('', `${title}: ${plural(new Set(entries.map((e) => e.productId)).size, 'product')}`);
    for (const [rule, byDomain] of group(entries)) {
      lines.push(`  ${rule}`);
      for (const [domain, es] of byDomain) lines.push(`    ${domain}: ${es.map((e) => e.productId).join(', ')}`);
    }
  };
  section('Newly failing', impact.newlyFailing);
  section('Newly passing', impact.newlyPassing);
  if (impact.rulesAdded.length) lines.push('', `Rules added: ${impact.rulesAdded.map((r) => `${r.id} (${r.severity})`).join(', ')}`);
  if (impact.rulesRemoved.length) lines.push('', `Rules removed: ${impact.rulesRemoved.map((r) => r.id).join(', ')}`);
  if (impact.severityChanged.length) lines.push('', `Severity changed: ${impact.severityChanged.map((c) => `${c.id} ${c.from} → ${c.to}`).join(', ')}`);
  return lines.join('\n') + '\n';
}

/** The impact report as Markdown, for the policy pull request's comment. */
export function renderPolicyImpactMarkdown(impact: PolicyImpact): string {
  const out = ['#### Policy impact on the whole mesh', ''];
  const table = (title: string, entries: readonly ImpactEntry[]): void => {
    out.push(`**${title}:** ${plural(new Set(entries.map((e) => e.productId)).size, 'product')}`, '');
    if (entries.length === 0) return;
    out.push('| rule | domain | products |', '|---|---|---|');
    for (const [rule, byDomain] of group(entries)) {
      for (const [domain, es] of byDomain)
        out.push(`| \`${escapeMarkdown(rule)}\` | ${escapeMarkdown(domain)} | ${es.map((e) => `\`${escapeMarkdown(e.productId)}\``).join(', ')} |`);
    }
    out.push('');
  };
  table('Newly failing', impact.newlyFailing);
  table('Newly passing', impact.newlyPassing);
  const list = (title: string, items: string[]): void => {
    if (items.length) out.push(`**${title}:** ${items.join(', ')}`, '');
  };
  list(
    'Rules added',
    impact.rulesAdded.map((r) => `\`${r.id}\` (${r.severity})`),
  );
  list(
    'Rules removed',
    impact.rulesRemoved.map((r) => `\`${r.id}\``),
  );
  list(
    'Severity changed',
    impact.severityChanged.map((c) => `\`${c.id}\` ${c.from} → ${c.to}`),
  );
  return out.join('\n') + '\n';
}
