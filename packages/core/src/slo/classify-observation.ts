import type { SloSpec } from './read-slo-specs.js';

/** Whether one observed value meets its SLO's bound. */
export function isGoodValue(spec: SloSpec, value: number): boolean {
  switch (spec.type) {
    case 'freshness':
    case 'timeliness':
    case 'intervalOfChange':
      return value <= (spec.thresholdHours ?? Infinity);
    case 'completeness':
      return value >= (spec.thresholdPercent ?? 100);
    case 'volume':
      return (spec.min === undefined || value >= spec.min) && (spec.max === undefined || value <= spec.max);
    case 'quality':
    case 'availability':
      return value >= (spec.thresholdPercent ?? 100);
  }
}

/** The bound as people read it: `≤ 1 h`, `≥ 99.99 %`, `1000–5000 rows`. */
export function describeThreshold(spec: SloSpec): string {
  switch (spec.type) {
    case 'freshness':
    case 'timeliness':
    case 'intervalOfChange': {
      const h = spec.thresholdHours ?? 0;
      const text = h >= 48 && h % 24 === 0 ? `${h / 24} d` : h < 1 ? `${Math.round(h * 60)} min` : `${+h.toFixed(2)} h`;
      return `≤ ${text}${spec.type === 'timeliness' && spec.percentile ? ` at p${spec.percentile}` : ''}`;
    }
    case 'volume':
      return spec.min !== undefined && spec.max !== undefined
        ? `${spec.min}–${spec.max} rows`
        : spec.min !== undefined
          ? `≥ ${spec.min} rows`
          : `≤ ${spec.max} rows`;
    default:
      return `≥ ${spec.thresholdPercent ?? 100} %`;
  }
}
