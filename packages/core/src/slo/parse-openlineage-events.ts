import type { Finding } from '../model/finding.js';
import { CLOCK_SKEW_MS, normalizeDatasetName, readEventLines, reportNotJson } from '../lineage/read-event-lines.js';
import type { SloSpec } from './read-slo-specs.js';
import type { ParsedObservations } from './parse-observation-lines.js';
import type { Observation } from './slo-types.js';

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});

/**
 * Maps OpenLineage run events (one JSON object per line) to observations. An output dataset is matched to a port by its
 * name: the provisioned `schema.table`, or `<productId>/<port>`. A COMPLETE event is a fresh load: age 0 at
 * `eventTime` for freshness SLOs, its `dataQualityMetrics.rowCount` for volume SLOs, and the share of non-null values
 * of its `columnMetrics` for completeness SLOs. A FAIL event is a failed load: nothing is observed (freshness then
 * ages on its own), and it is reported as a notice. Pure.
 */
export function parseOpenLineageEvents(file: string, text: string, specs: SloSpec[], now: string): ParsedObservations {
  const byDataset = new Map<string, SloSpec[]>();
  for (const s of specs) {
    for (const key of [`${s.productId}/${s.port}`, ...(s.target ? [`${s.target.schema}.${s.target.table}`] : [])])
      byDataset.set(key, [...(byDataset.get(key) ?? []), s]);
  }
  const observations: Observation[] = [];
  const findings: Finding[] = [];
  for (const { at, event } of readEventLines(file, text)) {
    if (!event) {
      findings.push(reportNotJson('observation.malformed', 'error', at));
      continue;
    }
    const time = typeof event.eventTime === 'string' ? Date.parse(event.eventTime) : NaN;
    const runId = String(rec(event.run).runId ?? '');
    if (Number.isNaN(time) || !runId || (event.eventType !== 'COMPLETE' && event.eventType !== 'FAIL')) {
      if (event.eventType === 'START' || event.eventType === 'RUNNING' || event.eventType === 'ABORT' || event.eventType === 'OTHER') continue;
      findings.push({
        ruleId: 'observation.malformed',
        severity: 'error',
        message: 'Not an OpenLineage run event (eventType, eventTime and run.runId are needed).',
        ...at,
      });
      continue;
    }
    if (time > Date.parse(now) + CLOCK_SKEW_MS) {
      findings.push({ ruleId: 'observation.future', severity: 'error', message: `The event is dated ${String(event.eventTime)}, in the future.`, ...at });
      continue;
    }
    const outputs = Array.isArray(event.outputs) ? event.outputs.map(rec) : [];
    for (const output of outputs) {
      const name = normalizeDatasetName(String(output.name ?? ''));
      const matched = byDataset.get(name);
      if (!matched) {
        findings.push({
          ruleId: 'observation.unknown-slo',
          severity: 'warning',
          message: `The dataset \`${name.slice(0, 120)}\` is no port of the catalog with SLOs.`,
          ...at,
        });
        continue;
      }
      if (event.eventType === 'FAIL') {
        findings.push({
          ruleId: 'observation.failed-run',
          severity: 'notice',
          message: `Run ${runId.slice(0, 60)} of \`${name}\` failed; nothing was observed.`,
          ...at,
        });
        continue;
      }
      const metrics = rec(rec(output.outputFacets).dataQualityMetrics);
      for (const spec of matched) {
        const value = observe(spec, metrics);
        if (value === undefined) continue;
        observations.push({
          observationId: `${runId}:${spec.port}:${spec.slo}`,
          productId: spec.productId,
          port: spec.port,
          slo: spec.slo,
          observedAt: new Date(time).toISOString(),
          ...value,
        });
      }
    }
  }
  return { observations, findings };
}

function observe(spec: SloSpec, metrics: Rec): Pick<Observation, 'value' | 'unit'> | undefined {
  if (spec.type === 'freshness') return { value: 0, unit: 'hours' };
  if (spec.type === 'volume' && typeof metrics.rowCount === 'number') return { value: metrics.rowCount, unit: 'rows' };
  if (spec.type === 'completeness') {
    const columns = Object.values(rec(metrics.columnMetrics)).map(rec);
    const rows = typeof metrics.rowCount === 'number' ? metrics.rowCount : undefined;
    if (!columns.length || rows === undefined || rows === 0) return undefined;
    const nulls = columns.reduce((n, c) => n + (typeof c.nullCount === 'number' ? c.nullCount : 0), 0);
    return { value: 100 * (1 - nulls / (rows * columns.length)), unit: 'percent' };
  }
  return undefined;
}
