import type { CheckReport } from '../model/finding.js';
import { countFindings, decideVerdict } from '../report/decide-verdict.js';

/** The report as JSON for machines: verdict, counts, stats and every finding. Stable keys; see docs/cli.md. */
export function renderJson(report: CheckReport): string {
  const out = { ...report, verdict: decideVerdict(report), counts: countFindings(report.findings) };
  return JSON.stringify(out, null, 2) + '\n';
}
