import { escapeMarkdown } from '../render/escape-markdown.js';
import { plural, stripControl } from '../render/text-utils.js';
import type { CatalogChanges, ProductChange, ProductChangeItem } from './change-types.js';
import { describeBump } from './describe-bump.js';

const MARK: Record<ProductChangeItem['impact'], string> = { breaking: 'BREAKING', additive: 'additive', patch: 'patch' };

function bumpLine(p: ProductChange): string {
  const version = p.baseVersion && p.headVersion ? `${p.baseVersion} → ${p.headVersion}` : (p.headVersion ?? p.baseVersion ?? '');
  const bump = describeBump(p);
  return `${p.status}${version ? `, ${version}` : ''}${bump ? `: ${bump}` : ''}`;
}

/** The change set as text: each product with its status, version, the bump made and the bump required, then each change with its line. */
export function renderChangesText(changes: CatalogChanges): string {
  const lines = [`Changes: ${plural(changes.products.length, 'product')}`];
  for (const p of changes.products) {
    lines.push(`  ${p.id} (${bumpLine(p)})`);
    for (const i of [...p.items.filter((x) => !x.slo), ...p.items.filter((x) => x.slo)]) {
      lines.push(`    ${p.headFile && i.line ? `${p.headFile}:${i.line}  ` : ''}${i.slo ? 'SLO' : MARK[i.impact]}  ${stripControl(i.text)}`);
    }
  }
  for (const a of changes.affected) {
    lines.push(
      `  Affected by ${a.productId}${a.port === '*' ? '' : ` port ${a.port}`}: ${a.consumers.map((c) => (c.productId ? `${c.productId} (${c.team})` : `team ${c.team}`)).join(', ')}`,
    );
  }
  if (changes.affectedTeams.length) lines.push(`  Teams to ask for review: ${changes.affectedTeams.join(', ')}`);
  return lines.join('\n') + '\n';
}

/** The change set as Markdown, for the pull request comment and job summary. */
export function renderChangesMarkdown(changes: CatalogChanges): string {
  const out = ['#### Changes', ''];
  if (changes.products.length === 0) return [...out, 'No data product changes.', ''].join('\n');
  out.push('| product | change | version | bump |', '|---|---|---|---|');
  for (const p of changes.products) {
    const breaking = p.items.some((i) => i.impact === 'breaking') ? ' ⚠️ breaking' : '';
    out.push(
      `| \`${escapeMarkdown(p.id)}\` | ${p.status}${breaking} | ${p.baseVersion ?? ''}${p.baseVersion && p.headVersion ? ' → ' : ''}${p.headVersion ?? ''} | ${describeBump(p)} |`,
    );
  }
  for (const p of changes.products.filter((x) => x.items.length > 0)) {
    out.push('', `**\`${escapeMarkdown(p.id)}\`**`, '');
    for (const i of p.items)
      out.push(`- ${i.impact === 'breaking' ? '**breaking**' : i.slo ? 'SLO' : i.impact}${i.line ? ` (L${i.line})` : ''}: ${escapeMarkdown(i.text)}`);
  }
  if (changes.affected.length) {
    out.push('', '**Affected consumers**', '');
    for (const a of changes.affected) {
      const who = a.consumers.map((c) => (c.productId ? `\`${escapeMarkdown(c.productId)}\` (${escapeMarkdown(c.team)})` : `team ${escapeMarkdown(c.team)}`));
      out.push(`- \`${escapeMarkdown(a.productId)}\`${a.port === '*' ? '' : ` port \`${escapeMarkdown(a.port)}\``}: ${who.join(', ')}`);
    }
  }
  return out.join('\n') + '\n';
}
