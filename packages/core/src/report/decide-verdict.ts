import type { CheckReport, Finding } from '../model/finding.js';

export type Verdict = 'pass' | 'fail';

/**
 * The one place that decides whether a check passes: it fails when any finding is an error. Warnings and notices
 * inform but never block. Every entry point (CLI exit code, check run conclusion, action output) uses this.
 */
export function decideVerdict(report: Pick<CheckReport, 'findings'>): Verdict {
  return report.findings.some((f) => f.severity === 'error') ? 'fail' : 'pass';
}

/** Counts of findings by severity. */
export function countFindings(findings: readonly Finding[]): Record<'error' | 'warning' | 'notice', number> {
  const c = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

/** Findings in reading order: by file (findings without a file first), line, column, then rule id. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.ruleId.localeCompare(b.ruleId),
  );
}
