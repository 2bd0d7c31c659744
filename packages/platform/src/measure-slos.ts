import { unitOf, type Finding, type Observation, type SloSpec } from '@meshplane/core';
import { describeCause } from './platform-error.js';
import type { PlatformDriver } from './platform-driver.js';
import { renderProbeSql } from './render-probe-sql.js';

/** What one measuring run produced: observations, and a finding for each probe that could not run. */
export interface Measurement {
  observations: Observation[];
  findings: Finding[];
}

const HOUR = 3_600_000;

/**
 * Measures every SLO of a table port with SQL probes on the platform, as of `now`: freshness (age of the newest
 * processing time), timeliness (the declared percentile of processing minus actual time over the last day's rows),
 * interval of change (the longer of the last gap between processing times and the time since the last one),
 * completeness (non-null share of required and not_null-checked columns in the newest batch), volume (rows in the
 * newest batch), quality (share of the port's checks passing) and availability (the "latest" view answers). A probe
 * that fails (a missing table, a failing query) becomes a finding and the run goes on. Observation ids are per hour,
 * so measuring twice in an hour stores one observation.
 */
export async function measureSlos(driver: PlatformDriver, specs: SloSpec[], now: string): Promise<Measurement> {
  const observations: Observation[] = [];
  const findings: Finding[] = [];
  const hour = now.slice(0, 13);
  for (const spec of specs) {
    if (!spec.target) continue;
    try {
      const value = await probe(driver, spec, now);
      if (value === undefined || !Number.isFinite(value)) continue;
      observations.push({
        observationId: `probe:${spec.productId}:${spec.port}:${spec.slo}:${hour}`,
        productId: spec.productId,
        port: spec.port,
        slo: spec.slo,
        observedAt: now,
        value: Math.round(value * 1000) / 1000,
        unit: unitOf(spec.type),
      });
    } catch (cause) {
      findings.push({
        ruleId: 'slo.probe-failed',
        severity: 'error',
        message: `The ${spec.type} probe of ${spec.productId} port ${spec.port} failed: ${describeCause(cause).split('\n')[0]?.slice(0, 300)}`,
        hint: 'Is the product provisioned (mesh apply) and its table readable? The other SLOs were measured.',
        productId: spec.productId,
      });
    }
  }
  return { observations, findings };
}

async function probe(driver: PlatformDriver, spec: SloSpec, now: string): Promise<number | undefined> {
  const nowMs = Date.parse(now);
  const queries = renderProbeSql(driver.engine, spec);
  const results: number[][] = [];
  for (const q of queries) {
    const rows = await driver.query(
      q.sql,
      q.params?.map((p) => (p === '$now' ? now : p)),
      { readOnly: true },
    );
    results.push(rows.map((r) => Number(Object.values(r)[0] ?? NaN)));
  }
  const first = results[0]?.[0];
  switch (spec.type) {
    case 'freshness':
      return first === undefined || Number.isNaN(first) ? undefined : (nowMs - first * 1000) / HOUR;
    case 'timeliness':
      return first === undefined || Number.isNaN(first) ? undefined : first / 3600;
    case 'intervalOfChange': {
      const [last, previous] = results[0] ?? [];
      if (last === undefined || Number.isNaN(last)) return undefined;
      const open = (nowMs - last * 1000) / HOUR;
      return previous === undefined || Number.isNaN(previous) ? open : Math.max(open, (last - previous) / 3600);
    }
    case 'completeness':
    case 'volume':
      return first === undefined || Number.isNaN(first) ? undefined : first;
    case 'quality': {
      const passed = results.filter((r, i) => r[0] === (queries[i]?.expect ?? 0)).length;
      return queries.length ? (100 * passed) / queries.length : undefined;
    }
    case 'availability':
      return 100;
  }
}
