/**
 * SLO evaluation at mesh scale for the bench: 10 000 products × 4 SLOs, 30 days of observations (one per SLO per
 * day, 1.2 million), evaluated over hourly slices with budgets, burn rates, states and 30 days of daily history
 * — the pure evaluation alone, and reading the same observations back from the DuckDB observation store.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateSlos, type Observation, type SloSpec, type SloType } from '@meshplane/core';
import { openObservationStore } from '@meshplane/platform';

import { summarizeRuns } from './measure-process.js';
import type { BenchRow } from './render-bench-table.js';

const TYPES: { type: SloType; unit: Observation['unit']; good: (r: number) => number; extra: Partial<SloSpec> }[] = [
  { type: 'freshness', unit: 'hours', good: (r) => r * 3, extra: { thresholdHours: 26 } },
  { type: 'completeness', unit: 'percent', good: (r) => 99 + r, extra: { thresholdPercent: 99.5 } },
  { type: 'volume', unit: 'rows', good: (r) => 1000 + r * 200, extra: { min: 1000 } },
  { type: 'timeliness', unit: 'hours', good: (r) => r * 2, extra: { thresholdHours: 1.5 } },
];

function buildInputs(products: number, now: number): { specs: SloSpec[]; observations: Map<string, Observation[]>; count: number } {
  let seed = 7;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const specs: SloSpec[] = [];
  const observations = new Map<string, Observation[]>();
  let count = 0;
  for (let p = 0; p < products; p++) {
    const productId = `domain-${p % 250}.product-${p}`;
    for (const t of TYPES) {
      const spec: SloSpec = {
        productId,
        domain: `domain-${p % 250}`,
        owner: 'team',
        port: 'main',
        slo: t.type,
        type: t.type,
        objective: 0.99,
        window: '28d',
        windowHours: 672,
        hasReaders: p % 3 === 0,
        ...t.extra,
      };
      specs.push(spec);
      const list: Observation[] = [];
      for (let h = 30 * 24; h > 0; h -= 24) {
        const at = new Date(now - h * 3_600_000).toISOString();
        list.push({
          observationId: `${productId}:${t.type}:${h}`,
          productId,
          port: 'main',
          slo: t.type,
          observedAt: at,
          value: t.good(random()),
          unit: t.unit,
        });
      }
      observations.set(`${productId}/main/${t.type}`, list);
      count += list.length;
    }
  }
  return { specs, observations, count };
}

/** Times the evaluation (median of 3) and the store round trip; every row says what it measured. */
export async function measureSloEvaluation(products = 10_000): Promise<BenchRow[]> {
  const now = Date.parse('2026-11-22T12:00:00Z');
  const { specs, observations, count } = buildInputs(products, now);
  const times: number[] = [];
  let states = '';
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const report = evaluateSlos(specs, observations, new Map(), { now: new Date(now).toISOString() });
    times.push(performance.now() - t0);
    const by = (s: string): number => report.statuses.filter((x) => x.state === s).length;
    states = `${by('ok')} ok, ${by('at-risk')} at risk, ${by('breached')} breached`;
  }
  const rows: BenchRow[] = [
    {
      measure: 'SLO evaluation, 4 SLOs per product × 30 days (pure: slices, budgets, burn rates, states, history)',
      products,
      result: summarizeRuns(times.map((ms) => ({ ms }))),
      notes: `${count.toLocaleString('en')} observations; ${states}`,
    },
  ];
  const dir = mkdtempSync(join(tmpdir(), 'meshplane-bench-slo-'));
  const store = await openObservationStore(join(dir, 'observations.duckdb'));
  try {
    const all = [...observations.values()].flat();
    const t1 = performance.now();
    await store.addObservations(all, 'bench');
    const addMs = performance.now() - t1;
    const since = new Date(now - 32 * 86_400_000).toISOString();
    // What an evaluation reads: series (two numeric columns, set-based); and, as before, one object per observation.
    const series = await timeMedian(() => store.readSeries(since));
    const objects = await timeMedian(() => store.readObservations(since));
    rows.push({
      measure: 'observation store (DuckDB): add every observation',
      products,
      result: summarizeRuns([{ ms: addMs }]),
      notes: `${count.toLocaleString('en')} observations`,
    });
    rows.push({
      measure: 'observation store (DuckDB): read back 32 days as series (what the evaluation reads; target ≤ 2 s)',
      products,
      result: summarizeRuns(series.runs),
      notes: `${series.value.size.toLocaleString('en')} SLO series`,
    });
    rows.push({
      measure: 'observation store (DuckDB): read back 32 days, an object per observation (the data branch)',
      products,
      result: summarizeRuns(objects.runs),
      notes: `${objects.value.size.toLocaleString('en')} SLO series`,
    });
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

if (process.argv[1]?.endsWith('measure-slo-evaluation.ts')) {
  const { renderBenchText } = await import('./render-bench-table.js');
  process.stdout.write(renderBenchText(await measureSloEvaluation(Number(process.argv[2] ?? 10_000))));
}

/** Runs `read` three times: the runs' times and the last value. */
async function timeMedian<T>(read: () => Promise<T>): Promise<{ runs: { ms: number }[]; value: T }> {
  const runs: { ms: number }[] = [];
  let value: T | undefined;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    value = await read();
    runs.push({ ms: performance.now() - t });
  }
  return { runs, value: value as T };
}
