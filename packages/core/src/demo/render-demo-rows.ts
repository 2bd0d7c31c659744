import type { DesiredTable } from '../platform/platform-types.js';
import type { ProbeTarget } from '../slo/read-slo-specs.js';
import type { DemoBatch } from './plan-demo-batches.js';

type Value = string | number | null;
const HOUR = 3_600_000;

/**
 * The sample rows of one load, as text values the engine casts to each column's type. Keys are unique by a running
 * counter; accepted values, ranges and the two times of the book (actual and processing) are respected.
 */
export function renderDemoRows(table: DesiredTable, target: ProbeTarget, batch: DemoBatch, counter: { n: number }): Value[][] {
  const rows: Value[][] = [];
  const checks = target.quality;
  for (let r = 0; r < batch.rows; r++) {
    const n = ++counter.n;
    rows.push(
      table.columns.map((c) => {
        const accepted = checks.find((q) => q.type === 'accepted_values' && q.column === c.name)?.values;
        if (accepted?.length) return String(accepted[n % accepted.length]);
        const range = checks.find((q) => q.type === 'range' && q.column === c.name);
        const actualAt = batch.at - batch.skewHours * HOUR;
        if (c.name === target.processingTime) return new Date(batch.at).toISOString();
        if (c.name === target.actualTime) return c.logical === 'date' ? new Date(actualAt).toISOString().slice(0, 10) : new Date(actualAt).toISOString();
        switch (c.logical.replace(/\(.*$/, '')) {
          case 'string':
            return `${c.name.replace(/_id$/, '')}-${n}`;
          case 'boolean':
            return n % 2 === 0 ? 'true' : 'false';
          case 'integer':
          case 'bigint':
            return String(range ? Math.round((range.min ?? 0) + (n % Math.max(1, (range.max ?? 100) - (range.min ?? 0)))) : n);
          case 'double':
          case 'decimal':
            return String(range ? (range.min ?? 0) + ((n % 100) / 100) * ((range.max ?? (range.min ?? 0) + 1) - (range.min ?? 0)) : (n % 10_000) / 10);
          case 'date':
            return new Date(batch.at - (n % 30) * 24 * HOUR).toISOString().slice(0, 10);
          case 'timestamp':
            return new Date(batch.at - (n % 60) * 60_000).toISOString();
          case 'uuid':
            return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
          case 'json':
            return JSON.stringify({ n });
          default:
            return c.nullable ? null : `${n}`;
        }
      }),
    );
  }
  return rows;
}
