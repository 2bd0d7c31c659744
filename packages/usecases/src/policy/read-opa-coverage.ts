/** Lines `start` to `end` of a file, both included. */
export interface LineRange {
  start: number;
  end: number;
}

/** How much of one Rego file the tests ran. */
export interface PolicyFileCoverage {
  file: string;
  /** Percent of the file's lines with an expression or rule head that ran, as opa computes it. */
  coverage: number;
  coveredLines: number;
  notCoveredLines: number;
  /** The lines no test reached, merged into ranges, in order. */
  uncovered: LineRange[];
}

/** The coverage `opa test --coverage --format json` reports: overall and per file. */
export interface PolicyCoverage {
  coverage: number;
  files: PolicyFileCoverage[];
}

interface OpaRange {
  start: { row: number };
  end: { row: number };
}

interface OpaFileReport {
  covered?: OpaRange[];
  not_covered?: OpaRange[];
  covered_lines?: number;
  not_covered_lines?: number;
  coverage?: number;
}

/**
 * Reads the JSON report of `opa test --coverage --format json`: `files` keyed by path, each with `covered` and
 * `not_covered` ranges and its line counts (fields left out when zero). Returns undefined when the output is not that
 * report: as soon as one test fails, opa prints its plain failure listing instead and no coverage at all
 * (`JSONCoverageReporter` in https://github.com/open-policy-agent/opa/blob/v1.22.2/v1/tester/reporter.go).
 */
export function readOpaCoverage(stdout: string): PolicyCoverage | undefined {
  let report: { coverage?: number; files?: Record<string, OpaFileReport> };
  try {
    report = JSON.parse(stdout) as typeof report;
  } catch {
    return undefined;
  }
  if (typeof report !== 'object' || report === null || typeof report.files !== 'object') return undefined;
  const files = Object.entries(report.files ?? {})
    .map(([file, r]) => readFileCoverage(file, r))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { coverage: Number(report.coverage ?? 0), files };
}

function readFileCoverage(file: string, r: OpaFileReport): PolicyFileCoverage {
  const covered = new Set((r.covered ?? []).flatMap(rows));
  // A line holding a covered and a not-covered expression counts as covered, as opa's own line counts do.
  const uncovered = [...new Set((r.not_covered ?? []).flatMap(rows))].filter((row) => !covered.has(row));
  return {
    file,
    coverage: Number(r.coverage ?? 0),
    coveredLines: r.covered_lines ?? covered.size,
    notCoveredLines: r.not_covered_lines ?? uncovered.length,
    uncovered: mergeRows(uncovered),
  };
}

function rows(r: OpaRange): number[] {
  const out: number[] = [];
  for (let row = r.start.row; row <= r.end.row; row++) out.push(row);
  return out;
}

function mergeRows(rowsIn: readonly number[]): LineRange[] {
  const out: LineRange[] = [];
  for (const row of [...rowsIn].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && row === last.end + 1) last.end = row;
    else out.push({ start: row, end: row });
  }
  return out;
}
