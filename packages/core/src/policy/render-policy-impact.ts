import { escapeMarkdown } from '../render/escape-markdown.js';
import { plural } from '../render/text-utils.js';
import type { ImpactEntry, PolicyImpact } from './compare-policy-runs.js';
import type { CheckReport } from '../model/finding.js';

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
  for (const c of impact.rulesChanged ?? []) lines.push('', `Rule changed: ${c.id} (${c.file}:${c.line})`, ...c.diff.split('\n').map((l) => `  ${l}`));
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
  for (const c of impact.rulesChanged ?? [])
    out.push(
      `<details><summary>Rule changed: <code>${escapeMarkdown(c.id)}</code> (${escapeMarkdown(c.file)}:${c.line})</summary>`,
      '',
      fence(c.diff, 'diff'),
      '',
      '</details>',
      '',
    );
  return out.join('\n') + '\n';
}

/** A fenced code block that its content cannot close: the fence is longer than any run of backticks inside. */
function fence(text: string, lang: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const f = '`'.repeat(longest + 1);
  return `${f}${lang}\n${text}\n${f}`;
}

/**
 * The first thing a reviewer of a policy pull request must know: the rules it relaxes that its own catalog changes rely
 * on (products it changes fail them under the base's policies, which judge it, and pass under its own). Undefined
 * when there are none.
 */
export function describeReliedRelaxations(report: Pick<CheckReport, 'policyImpact' | 'changes'>): string | undefined {
  const changed = new Set(report.changes?.products.map((p) => p.id) ?? []);
  const relied = (report.policyImpact?.newlyPassing ?? []).filter((e) => changed.has(e.productId));
  if (relied.length === 0) return undefined;
  const rules = [...new Set(relied.map((e) => e.ruleId))];
  const products = [...new Set(relied.map((e) => e.productId))];
  const list = (xs: string[]): string => xs.map((x) => `\`${x}\``).join(', ');
  return `This pull request relaxes ${list(rules)} and relies on it: its own change${products.length === 1 ? '' : 's'} to ${list(products)} fail${products.length === 1 ? 's' : ''} under the base's policies, which judge it. Split the policy change into its own pull request, or fix the product${products.length === 1 ? '' : 's'}.`;
}
