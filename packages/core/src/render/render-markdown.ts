import type { CheckReport, Finding } from '../model/finding.js';
import { countFindings, decideVerdict, describeExistingErrors } from '../report/decide-verdict.js';
import { plural } from './text-utils.js';
import { escapeMarkdown } from './escape-markdown.js';
import { describePolicies } from './render-text.js';
import { describeReliedRelaxations, renderPolicyImpactMarkdown } from '../policy/render-policy-impact.js';
import { renderChangesMarkdown } from '../change/render-changes.js';

const ICON: Record<Finding['severity'], string> = { error: '🛑', warning: '⚠️', notice: 'ℹ️' };

/**
 * Markdown for a pull request comment or a job summary: the verdict, counts, then findings grouped by file with their
 * lines and hints. Everything that came from a manifest is escaped: no HTML, no mentions, no broken tables.
 */
export function renderMarkdown(report: CheckReport): string {
  const c = countFindings(report.findings);
  const s = report.stats;
  const verdict = decideVerdict(report) === 'pass' ? '✅ **Meshplane check passed**' : '❌ **Meshplane check failed**';
  const out = [
    `### ${verdict}`,
    '',
    `${plural(c.error, 'error')} · ${plural(c.warning, 'warning')} · ${plural(c.notice, 'notice')} — ${plural(s.products, 'product')} in ${plural(s.domains, 'domain')}, ${plural(s.teams, 'team')}, ${plural(s.edges, 'lineage edge')}.`,
  ];
  const relied = describeReliedRelaxations(report);
  if (relied) out.push('', `> ⚠️ **${escapeMarkdown(relied)}**`);
  const existing = describeExistingErrors(report);
  if (existing) out.push('', `> ${existing}`);
  if (report.policy) out.push('', escapeMarkdown(describePolicies(report.policy)));
  if (report.changes) out.push('', renderChangesMarkdown(report.changes).trimEnd());
  if (report.policyImpact) out.push('', renderPolicyImpactMarkdown(report.policyImpact).trimEnd());
  const groups = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const k = f.file ?? '(mesh)';
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  for (const [file, findings] of groups) {
    out.push('', `#### \`${escapeCode(file)}\``, '');
    for (const f of findings) {
      const where = f.line ? `L${f.line}` : '';
      const existed = f.baseline === 'existing' ? ' (existing)' : '';
      out.push(
        `- ${ICON[f.severity]} **${f.severity}**${existed} ${where ? `${where} ` : ''}— ${escapeMarkdown(f.message)} <sub>${escapeMarkdown(f.ruleId)}</sub>`,
      );
      if (f.hint) out.push(`  <br>→ ${escapeMarkdown(f.hint)}`);
    }
  }
  return out.join('\n') + '\n';
}

export { escapeMarkdown } from './escape-markdown.js';

function escapeCode(s: string): string {
  return s.replace(/`/g, "'").replace(/[\r\n]/g, ' ');
}
