import type { CheckReport, Finding, PolicySummary } from '../model/finding.js';
import { countFindings, decideVerdict, describeExistingErrors } from '../report/decide-verdict.js';
import { plural, stripControl } from './text-utils.js';
import { describeReliedRelaxations, renderPolicyImpactText } from '../policy/render-policy-impact.js';
import { renderChangesText } from '../change/render-changes.js';

/**
 * Renders a report for a terminal: findings grouped by file, each starting with `file:line:column` (clickable in
 * most terminals and editors), its severity, message and rule, then the hint; a summary line last.
 */
export function renderText(report: CheckReport): string {
  const relied = describeReliedRelaxations(report);
  const lines: string[] = relied ? [`⚠ ${stripControl(relied)}`] : [];
  let group: string | undefined = '\u0000';
  for (const f of report.findings) {
    if (f.file !== group) {
      if (lines.length > 0) lines.push('');
      group = f.file;
    }
    lines.push(`${location(f)}  ${f.severity}${f.baseline === 'existing' ? ' (existing)' : ''}  ${stripControl(f.message)}  [${f.ruleId}]`);
    if (f.hint) lines.push(`    → ${stripControl(f.hint)}`);
  }
  if (lines.length > 0) lines.push('');
  if (report.changes) lines.push(renderChangesText(report.changes));
  if (report.policyImpact) lines.push(renderPolicyImpactText(report.policyImpact));
  if (report.policy) lines.push(describePolicies(report.policy));
  const existing = describeExistingErrors(report);
  if (existing) lines.push(existing);
  lines.push(summarize(report));
  return lines.join('\n') + '\n';
}

function location(f: Finding): string {
  if (!f.file) return '(mesh)';
  return f.line ? `${stripControl(f.file)}:${f.line}:${f.column ?? 1}` : stripControl(f.file);
}

/** Which bundle judged the check, or that none could. */
export function describePolicies(p: PolicySummary): string {
  if (p.digest === 'none') return `Policies from the ${p.source} did not compile or load: no rule ran (see the errors above).`;
  return `Policies: ${plural(p.rules, 'rule')} from the ${p.source}, bundle ${p.digest.slice(0, 19)}…`;
}

/** One line: the verdict, counts, and what was checked. */
export function summarize(report: CheckReport): string {
  const s = report.stats;
  const files = new Set(report.findings.map((f) => f.file).filter(Boolean)).size;
  if (report.mode === 'validate') {
    // Validation reads each file alone: say which files, not mesh counts (domains, lineage) it never computed.
    const kinds = [plural(s.products, 'product'), plural(s.domains, 'domain'), plural(s.teams, 'team'), plural(s.waivers, 'waiver')];
    const of = kinds.filter((k) => !k.startsWith('0 ')).join(', ');
    const what = `${plural(s.files, 'file')} validated against ${s.files === 1 ? 'its schema' : 'their schemas'}${of ? ` (${of})` : ''}`;
    if (report.findings.length === 0) return `✔ Clean: ${what}.`;
    return `${decideVerdict(report) === 'pass' ? '✔ Passed with' : '✖ Failed:'} ${countsOf(report.findings, files)} · ${what}.`;
  }
  const what = `${plural(s.products, 'product')} in ${plural(s.domains, 'domain')}, ${plural(s.teams, 'team')}, ${plural(s.edges, 'lineage edge')}`;
  if (report.findings.length === 0) return `✔ Clean: ${what} checked (${plural(s.files, 'file')}).`;
  return `${decideVerdict(report) === 'pass' ? '✔ Passed with' : '✖ Failed:'} ${countsOf(report.findings, files)} · ${what}.`;
}

/** Counts by severity; errors a pull request's base already had, outside what it touches, are counted apart. */
function countsOf(findings: readonly Finding[], files: number): string {
  const c = countFindings(findings);
  const existing = findings.filter((f) => f.severity === 'error' && f.blocks === false).length;
  const errors = existing > 0 ? `${plural(c.error - existing, 'error')} (and ${existing} existing, not blocking)` : plural(c.error, 'error');
  return `${errors}, ${plural(c.warning, 'warning')}, ${plural(c.notice, 'notice')} in ${plural(files, 'file')}`;
}
