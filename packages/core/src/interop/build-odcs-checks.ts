import { MESHPLANE_PREFIX } from './odcs-types.js';

type Rec = Record<string, unknown>;

/**
 * The port's quality checks as ODCS quality rules: unique as `duplicateValues`, not_null as `nullValues`,
 * accepted_values as `invalidValues` (library metrics, each required to be 0), range and sql as SQL rules. Each rule
 * keeps the check it came from as the custom property `meshplane.check`. Pure.
 */
export function buildOdcsQuality(checks: Rec[]): Rec[] {
  return checks.map((c, i) => ({
    ...nativeRule(c),
    customProperties: [
      { property: `${MESHPLANE_PREFIX}check`, value: c },
      { property: `${MESHPLANE_PREFIX}order`, value: i },
    ],
  }));
}

/**
 * Whether a rule belongs on a property rather than the schema object: ODCS tools test `nullValues` and
 * `invalidValues` per property only (datacontract-cli warns that it cannot test them at schema level).
 */
export function isPropertyRule(check: Rec): boolean {
  return check.type === 'not_null' || check.type === 'accepted_values';
}

function nativeRule(c: Rec): Rec {
  const name = c.name !== undefined ? { name: c.name } : {};
  switch (c.type) {
    case 'unique':
      return { ...name, type: 'library', metric: 'duplicateValues', arguments: { properties: c.columns }, mustBe: 0 };
    case 'not_null':
      return { ...name, type: 'library', metric: 'nullValues', mustBe: 0 };
    case 'accepted_values':
      return { ...name, type: 'library', metric: 'invalidValues', arguments: { validValues: c.values }, mustBe: 0 };
    case 'range': {
      const bounds = [c.min !== undefined ? `${String(c.column)} < ${Number(c.min)}` : '', c.max !== undefined ? `${String(c.column)} > ${Number(c.max)}` : ''];
      const where = bounds.filter((b) => b !== '').join(' OR ');
      return { ...name, type: 'sql', query: `SELECT COUNT(*) FROM {table} WHERE ${where}`, mustBe: 0 };
    }
    default:
      return { ...name, type: 'sql', query: c.query, mustBe: c.mustBe };
  }
}

/**
 * The port's SLA properties: retention, latency (the freshness SLOs' thresholds, on the processing-time column)
 * and frequency (interval-of-change thresholds). The SLOs' objectives and windows have no ODCS field; they travel in
 * the port's `meshplane.port` custom property. Pure.
 */
export function buildOdcsSla(port: Rec): Rec[] {
  const out: Rec[] = [];
  const processing = (port.temporal as Rec | undefined)?.processingTime;
  if (typeof port.retention === 'string') out.push({ property: 'retention', value: port.retention });
  for (const slo of Array.isArray(port.slos) ? (port.slos as Rec[]) : []) {
    if (slo.type === 'freshness')
      out.push({ property: 'latency', value: slo.threshold, ...(processing ? { element: `${String(port.name)}.${String(processing)}` } : {}) });
    if (slo.type === 'intervalOfChange') out.push({ property: 'frequency', value: slo.threshold });
  }
  return out;
}
