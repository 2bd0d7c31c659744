import type { Finding } from '../model/finding.js';
import type { ExpiryReport } from './expiry-types.js';

/**
 * The expiry report as `mesh expiry report` prints it: per product, its owner and each finding with file:line, what
 * is wrong and what to do; then what no product owns, and the counts.
 */
export function renderExpiryText(report: ExpiryReport): string {
  const lines = [`Time-based findings on ${report.today} (and expiring by ${report.upcomingBy}):`];
  if (report.products.length === 0 && report.unowned.length === 0) lines.push('  none: nothing has expired, and nothing expires in the look-ahead.');
  for (const p of report.products) {
    lines.push('', `${p.productId}  (owner ${p.ownerHandle ?? p.owner}, domain ${p.domain})`);
    for (const f of p.current) lines.push(...describe(f, 'now'));
    for (const f of p.upcoming) lines.push(...describe(f, `by ${report.upcomingBy}`));
  }
  if (report.unowned.length > 0) {
    lines.push('', 'Not in any product (no issue is opened for these):');
    for (const f of report.unowned) lines.push(...describe(f, 'now'));
  }
  const current = report.products.reduce((n, p) => n + p.current.length, 0);
  const upcoming = report.products.reduce((n, p) => n + p.upcoming.length, 0);
  lines.push('', `${current} now and ${upcoming} by ${report.upcomingBy}, in ${report.products.length} products; ${report.unowned.length} in no product.`);
  return `${lines.join('\n')}\n`;
}

function describe(f: Finding, when: string): string[] {
  const at = `${f.file ?? ''}${f.line ? `:${f.line}` : ''}`;
  return [`  ${f.severity.padEnd(7)} ${when.padEnd(13)} ${at}  ${f.message}  [${f.ruleId}]`, ...(f.hint ? [`          ${' '.repeat(13)} ${f.hint}`] : [])];
}
