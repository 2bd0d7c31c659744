import {
  buildDesiredState,
  createRandom,
  planDemoBatches,
  renderDemoRows,
  type CatalogCheck,
  type DemoBatch,
  type Observation,
  type SloSpec,
} from '@meshplane/core';
import { quoteQualified, type ObservationStore, type PlatformDriver } from '@meshplane/platform';

export interface SeedResult {
  tables: number;
  rows: number;
  observations: number;
}

const HOUR = 3_600_000;

/**
 * Writes `days` days of demo data: sample rows into every provisioned table of the example mesh (replacing what they
 * held), and the run reports its pipelines would have pushed (freshness, timeliness, interval, completeness, volume,
 * quality, availability) into the observation store, with the scripted incidents. Deterministic for a seed and a clock.
 */
export async function seedDemo(
  check: CatalogCheck,
  specs: SloSpec[],
  driver: PlatformDriver,
  store: ObservationStore,
  options: { now: string; seed: number; days: number },
): Promise<SeedResult> {
  const nowMs = Date.parse(options.now);
  const random = createRandom(options.seed);
  const desired = buildDesiredState(check.index, { engine: driver.engine, today: options.now.slice(0, 10) });
  const byPort = new Map<string, SloSpec[]>();
  for (const s of specs) byPort.set(`${s.productId}/${s.port}`, [...(byPort.get(`${s.productId}/${s.port}`) ?? []), s]);
  const result: SeedResult = { tables: 0, rows: 0, observations: 0 };
  const observations: Observation[] = [];
  const tables = new Map(desired.tables.map((t) => [`${t.productId}/${t.port}`, t]));
  for (const [key, portSpecs] of byPort) {
    const batches = planDemoBatches(portSpecs, nowMs, options.days, random);
    observations.push(...portSpecs.flatMap((s) => reportBatches(s, batches, nowMs, options.days)));
    const table = tables.get(key);
    const target = portSpecs[0]?.target;
    if (!table || !target) continue;
    await driver.query(`DELETE FROM ${quoteQualified(table.schema, table.name)}`);
    const counter = { n: 0 };
    const rows = batches.flatMap((b) => renderDemoRows(table, target, b, counter));
    await driver.insertRows(
      table.schema,
      table.name,
      table.columns.map((c) => c.name),
      rows.map((r) => r.map((v) => (v === null ? null : String(v)))),
    );
    result.tables++;
    result.rows += rows.length;
  }
  await store.removeSource('demo');
  result.observations = (await store.addObservations(observations, 'demo')).added;
  return result;
}

/** What the pipeline reports after each load, for one SLO (availability: the port answered every hour). */
function reportBatches(spec: SloSpec, batches: DemoBatch[], nowMs: number, days: number): Observation[] {
  const base = { productId: spec.productId, port: spec.port, slo: spec.slo };
  const id = (at: number): string => `demo:${spec.productId}:${spec.port}:${spec.slo}:${at}`;
  if (spec.type === 'availability') {
    return Array.from({ length: days * 24 }, (_, h) => nowMs - (days * 24 - h - 1) * HOUR).map((at) => ({
      ...base,
      observationId: id(at),
      observedAt: new Date(at).toISOString(),
      value: 100,
      unit: 'percent' as const,
    }));
  }
  return batches.map((b, i): Observation => {
    const observedAt = new Date(b.at).toISOString();
    const gap = i > 0 ? (b.at - (batches[i - 1] as DemoBatch).at) / HOUR : 0;
    switch (spec.type) {
      case 'freshness':
        return { ...base, observationId: id(b.at), observedAt, value: 0, unit: 'hours' };
      case 'timeliness':
        return { ...base, observationId: id(b.at), observedAt, value: Math.round(b.skewHours * 1000) / 1000, unit: 'hours' };
      case 'intervalOfChange':
        return { ...base, observationId: id(b.at), observedAt, value: Math.round(gap * 1000) / 1000, unit: 'hours' };
      case 'completeness':
        return { ...base, observationId: id(b.at), observedAt, value: Math.round(b.completeness * 1000) / 1000, unit: 'percent' };
      case 'volume':
        return { ...base, observationId: id(b.at), observedAt, value: b.reportedRows, unit: 'rows' };
      default:
        return { ...base, observationId: id(b.at), observedAt, value: b.qualityPassed ? 100 : 50, unit: 'percent' };
    }
  });
}
