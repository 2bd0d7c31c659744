import type { LineRange, PolicyTestResult } from '@meshplane/usecases';

/**
 * `mesh policy test` for a terminal, like opa and conftest: each failing test with its location, a line per file under
 * 100 % with its percentage and the lines no test reached, then the counts and the verdict on coverage.
 */
export function renderPolicyTestText(r: PolicyTestResult): string {
  const lines: string[] = [];
  for (const f of r.failed) {
    const where = f.file ? `${f.file}:${f.line}` : '(unknown location)';
    lines.push(`${where}  ${f.error ? 'ERROR' : 'FAIL'}  ${f.package ? `${f.package}.` : ''}${f.name}${f.error ? `: ${f.error}` : ''}`);
  }
  const partial = r.files.filter((f) => f.notCoveredLines > 0);
  if (lines.length > 0 && partial.length > 0) lines.push('');
  const width = Math.max(0, ...partial.map((f) => f.file.length));
  for (const f of partial) lines.push(`${f.file.padEnd(width)}  ${percent(f.coverage).padStart(6)}  not covered: ${formatLineRanges(f.uncovered)}`);
  if (lines.length > 0) lines.push('');
  const of = r.coverageOf === 'passing tests' ? ` of the ${r.passed} passing test${r.passed === 1 ? '' : 's'}` : '';
  const under = r.coverage < r.minimum ? `, under the minimum of ${r.minimum} %` : ` (minimum ${r.minimum} %)`;
  lines.push(`opa test: ${r.passed} passed, ${r.failed.length} failed; coverage${of} ${percent(r.coverage)}${under}.`);
  return lines.join('\n') + '\n';
}

function percent(n: number): string {
  return `${n.toFixed(1)} %`;
}

/** Ranges as people read them: `8-10, 14`. */
function formatLineRanges(ranges: readonly LineRange[]): string {
  return ranges.map((x) => (x.start === x.end ? `${x.start}` : `${x.start}-${x.end}`)).join(', ');
}
