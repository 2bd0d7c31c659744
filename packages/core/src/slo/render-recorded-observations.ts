import type { CheckReport, Finding } from '../model/finding.js';
import { sortFindings } from '../report/decide-verdict.js';
import { renderText } from '../render/render-text.js';

/** What one SLO measurement (SQL probes) or ingestion (pushed observations) stored. */
export interface RecordedObservations {
  /** The platform probed, or the file ingested. */
  from: string;
  kind: 'probe' | 'jsonl' | 'openlineage';
  /** Observations made or read. */
  observed: number;
  added: number;
  /** Already stored (the same SLO, hour and source). */
  duplicates: number;
  /** Probes that failed and lines refused, each with why. */
  findings: Finding[];
}

/**
 * The findings of a measurement or ingestion as the text report, then one summary line; `failed` when any finding is
 * an error (a refused line, a failed probe).
 *
 * @example renderRecordedObservations({ from: 'a.jsonl', kind: 'jsonl', observed: 2, added: 2, duplicates: 0, findings: [] }, '.')
 *   // → { text: 'Ingested a.jsonl (observations): 2 stored, 0 already stored, 0 lines refused.\n', failed: false }
 */
export function renderRecordedObservations(r: RecordedObservations, root: string): { text: string; failed: boolean } {
  const line =
    r.kind === 'probe'
      ? `Measured ${r.observed} SLOs of ${r.from}: ${r.added} observations stored, ${r.duplicates} already stored this hour.\n`
      : `Ingested ${r.from} (${r.kind === 'openlineage' ? 'OpenLineage run events' : 'observations'}): ${r.added} stored, ${r.duplicates} already stored, ${r.findings.filter((f) => f.severity === 'error').length} lines refused.\n`;
  const failed = r.findings.some((f) => f.severity === 'error');
  if (!r.findings.length) return { text: line, failed };
  const report: CheckReport = {
    tool: { name: 'meshplane', version: '' },
    root,
    stats: { files: 0, products: 0, domains: 0, teams: 0, waivers: 0, edges: 0 },
    findings: sortFindings(r.findings),
  };
  return { text: `${renderText(report)}\n${line}`, failed };
}
