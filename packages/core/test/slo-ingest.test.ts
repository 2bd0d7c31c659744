import { describe, expect, it } from 'vitest';
import { parseObservationLines, parseOpenLineageEvents, type SloSpec } from '@meshplane/core';

const base = {
  productId: 'podcast.podcast-listeners',
  domain: 'podcast',
  owner: 'podcast-data',
  port: 'daily',
  objective: 0.99,
  window: '28d',
  windowHours: 672,
  hasReaders: false,
};
const target = {
  schema: 'podcast',
  table: 'podcast_listeners__daily',
  processingTime: 'processed_at',
  actualTime: 'listen_date',
  actualTimeIsDate: true,
  required: [],
  quality: [],
};
const SPECS: SloSpec[] = [
  { ...base, target, slo: 'fresh', type: 'freshness', thresholdHours: 6 },
  { ...base, target, slo: 'rows', type: 'volume', min: 100 },
  { ...base, target, slo: 'complete', type: 'completeness', thresholdPercent: 99 },
];
const NOW = '2026-11-22T12:00:00.000Z';
const line = (o: Record<string, unknown>): string => JSON.stringify(o);
const good = {
  observationId: 'o1',
  productId: 'podcast.podcast-listeners',
  port: 'daily',
  slo: 'fresh',
  observedAt: '2026-11-22T06:00:00Z',
  value: 2.5,
  unit: 'hours',
};

describe('observations pushed as JSON lines', () => {
  it('keeps the good lines and reports each bad one on its line with what to do', () => {
    const text = [
      line(good),
      '{not json',
      line({ ...good, observationId: 'o2', value: 'fast' }),
      line({ ...good, observationId: 'o3', productId: 'podcast.nope' }),
      line({ ...good, observationId: 'o4', observedAt: '2026-12-01T00:00:00Z' }),
      line({ ...good, observationId: 'o5', unit: 'percent' }),
      '',
      line({ ...good, observationId: 'o6', slo: 'rows', value: 120, unit: 'rows' }),
    ].join('\n');
    const r = parseObservationLines('obs.jsonl', text, SPECS, NOW);
    expect(r.observations.map((o) => [o.observationId, o.observedAt])).toEqual([
      ['o1', '2026-11-22T06:00:00.000Z'],
      ['o6', '2026-11-22T06:00:00.000Z'],
    ]);
    expect(r.findings.map((f) => [f.line, f.ruleId, f.message])).toEqual([
      [2, 'observation.malformed', 'The line is not JSON.'],
      [3, 'observation.malformed', 'The observation is incomplete (`value` must be a finite number).'],
      [4, 'observation.unknown-slo', 'No SLO `fresh` on port `daily` of product `podcast.nope` in the catalog.'],
      [5, 'observation.future', 'The observation is dated 2026-12-01T00:00:00Z, in the future.'],
      [6, 'observation.malformed', 'A freshness SLO is observed in hours, not "percent".'],
    ]);
    expect(r.findings.every((f) => f.file === 'obs.jsonl' && f.hint)).toBe(true);
  });
});

describe('OpenLineage run events', () => {
  const event = (type: string, name: string, facets: Record<string, unknown> = {}) =>
    line({
      eventType: type,
      eventTime: '2026-11-22T05:00:00Z',
      run: { runId: 'r-1' },
      job: { namespace: 'airflow', name: 'load' },
      outputs: [{ namespace: 'duckdb', name, outputFacets: facets }],
    });

  it('turns a COMPLETE run into a fresh load, its row count and its column null counts', () => {
    const metrics = { dataQualityMetrics: { rowCount: 400, columnMetrics: { a: { nullCount: 0 }, b: { nullCount: 8 } } } };
    const r = parseOpenLineageEvents('ol.jsonl', event('COMPLETE', 'podcast.podcast_listeners__daily', metrics), SPECS, NOW);
    expect(r.findings).toEqual([]);
    expect(r.observations.map((o) => [o.slo, o.value, o.unit, o.observationId])).toEqual([
      ['fresh', 0, 'hours', 'r-1:daily:fresh'],
      ['rows', 400, 'rows', 'r-1:daily:rows'],
      ['complete', 99, 'percent', 'r-1:daily:complete'],
    ]);
  });

  it("reads Trino's <catalog>.<schema>.<table> as the port's <schema>.<table>", () => {
    const r = parseOpenLineageEvents('ol.jsonl', event('COMPLETE', 'lake.podcast.podcast_listeners__daily'), SPECS, NOW);
    expect(r.findings).toEqual([]);
    expect(r.observations.map((o) => [o.slo, o.value])).toEqual([['fresh', 0]]);
  });

  it('reports a FAIL run and an unknown dataset, and skips START events', () => {
    const text = [event('START', 'podcast.podcast-listeners/daily'), event('FAIL', 'podcast.podcast-listeners/daily'), event('COMPLETE', 'other.table')].join(
      '\n',
    );
    const r = parseOpenLineageEvents('ol.jsonl', text, SPECS, NOW);
    expect(r.observations).toEqual([]);
    expect(r.findings.map((f) => [f.line, f.ruleId, f.severity])).toEqual([
      [2, 'observation.failed-run', 'notice'],
      [3, 'observation.unknown-slo', 'warning'],
    ]);
  });
});
