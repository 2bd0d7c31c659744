import type { Finding } from '../model/finding.js';
import type { SloSpec } from './read-slo-specs.js';
import type { Observation } from './slo-types.js';

/** Observations read from a file, and a finding for every line that could not be taken. */
export interface ParsedObservations {
  observations: Observation[];
  findings: Finding[];
}

const UNITS: Record<string, Observation['unit']> = {
  freshness: 'hours',
  timeliness: 'hours',
  intervalOfChange: 'hours',
  completeness: 'percent',
  quality: 'percent',
  availability: 'percent',
  volume: 'rows',
};

/** The unit each SLO type is observed in. */
export function unitOf(type: SloSpec['type']): Observation['unit'] {
  return UNITS[type] as Observation['unit'];
}

/** Observations may be at most this far ahead of the clock (probes' clocks drift a little). */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/**
 * Reads observations pushed as JSON lines (docs/observations.md). Every line is checked — JSON, fields and types, a
 * known product, port and SLO, the SLO type's unit, a time not in the future — and a bad line becomes a finding on its
 * line while the others are kept. Pure.
 */
export function parseObservationLines(file: string, text: string, specs: SloSpec[], now: string): ParsedObservations {
  const known = new Map(specs.map((s) => [`${s.productId}/${s.port}/${s.slo}`, s]));
  const observations: Observation[] = [];
  const findings: Finding[] = [];
  const nowMs = Date.parse(now);
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const fail = (ruleId: string, message: string, hint: string): void => {
      findings.push({ ruleId, severity: 'error', message, hint, file, line: i + 1, column: 1 });
    };
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      fail('observation.malformed', 'The line is not JSON.', 'Write one JSON object per line (JSON lines).');
      return;
    }
    const o = value as Record<string, unknown>;
    const missing = ['observationId', 'productId', 'port', 'slo', 'observedAt'].filter((k) => typeof o[k] !== 'string' || o[k] === '');
    if (typeof value !== 'object' || value === null || Array.isArray(value) || missing.length || typeof o.value !== 'number' || !Number.isFinite(o.value)) {
      const what = missing.length ? `missing or not text: ${missing.join(', ')}` : '`value` must be a finite number';
      fail(
        'observation.malformed',
        `The observation is incomplete (${what}).`,
        'Each line needs observationId, productId, port, slo, observedAt (ISO instant), value (number) and unit.',
      );
      return;
    }
    const spec = known.get(`${String(o.productId)}/${String(o.port)}/${String(o.slo)}`);
    if (!spec) {
      fail(
        'observation.unknown-slo',
        `No SLO \`${String(o.slo)}\` on port \`${String(o.port)}\` of product \`${String(o.productId)}\` in the catalog.`,
        'Check the product id, port and SLO name against the manifest.',
      );
      return;
    }
    const at = Date.parse(String(o.observedAt));
    if (Number.isNaN(at) || !/^\d{4}-\d{2}-\d{2}T/.test(String(o.observedAt))) {
      fail(
        'observation.malformed',
        `\`observedAt\` is not an ISO 8601 instant: ${JSON.stringify(o.observedAt).slice(0, 60)}.`,
        'Write it as 2026-11-22T06:00:00Z.',
      );
      return;
    }
    if (at > nowMs + FUTURE_TOLERANCE_MS) {
      fail(
        'observation.future',
        `The observation is dated ${String(o.observedAt)}, in the future.`,
        'Check the clock of whatever measured it; it was not stored.',
      );
      return;
    }
    const unit = unitOf(spec.type);
    if (o.unit !== undefined && o.unit !== unit) {
      fail('observation.malformed', `A ${spec.type} SLO is observed in ${unit}, not ${JSON.stringify(o.unit)}.`, `Send the value in ${unit}.`);
      return;
    }
    observations.push({
      observationId: String(o.observationId),
      productId: spec.productId,
      port: spec.port,
      slo: spec.slo,
      observedAt: new Date(at).toISOString(),
      value: o.value,
      unit,
    });
  });
  return { observations, findings };
}
