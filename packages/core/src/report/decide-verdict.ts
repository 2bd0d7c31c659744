import type { CheckReport, Finding } from '../model/finding.js';

export type Verdict = 'pass' | 'fail';

/**
 * The one place that decides whether a check passes: it fails when any finding is a blocking error. Warnings and
 * notices inform but never block, nor does an error a pull request's base already had outside what it touches
 * (`blocks: false`, see classifyAgainstBase). Every entry point (CLI exit code, check run conclusion, action output)
 * uses this.
 */
export function decideVerdict(report: Pick<CheckReport, 'findings'>): Verdict {
  return report.findings.some(isBlocking) ? 'fail' : 'pass';
}

/** An error that fails the check. */
export function isBlocking(f: Finding): boolean {
  return f.severity === 'error' && f.blocks !== false;
}

/**
 * On a pull request with existing errors that do not block: one sentence saying how many, in how many products, and
 * that the change does not touch them; undefined otherwise.
 */
export function describeExistingErrors(report: Pick<CheckReport, 'findings' | 'baseline'>): string | undefined {
  const existing = report.findings.filter((f) => f.severity === 'error' && f.blocks === false);
  if (existing.length === 0) return undefined;
  const products = new Set(existing.map((f) => f.productId ?? f.file ?? '')).size;
  const n = (k: number, w: string): string => `${k} ${w}${k === 1 ? '' : 's'}`;
  const one = existing.length === 1;
  const where = report.baseline?.blockOn === 'introduced' ? 'on the base already' : 'none touched by this change';
  return `${n(existing.length, 'existing error')} in ${n(products, 'product')}, ${where}: ${one ? 'it does' : 'they do'} not block (review.blockOn: ${report.baseline?.blockOn ?? 'touched'}).`;
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
