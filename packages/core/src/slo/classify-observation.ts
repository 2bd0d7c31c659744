import { humanizeDuration } from '../format/humanize-duration.js';
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

/** The bound as people read it: `≤ 1 h`, `≤ 2 h 30 min`, `≤ 3 days`, `≥ 99.99 %`, `1000–5000 rows`. */
export function describeThreshold(spec: SloSpec): string {
  switch (spec.type) {
    case 'freshness':
    case 'timeliness':
    case 'intervalOfChange': {
      const h = spec.thresholdHours ?? 0;
      return `≤ ${humanizeDuration(h * 3_600_000)}${spec.type === 'timeliness' && spec.percentile ? ` at p${spec.percentile}` : ''}`;
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
