import { describe, expect, it } from 'vitest';
import { generateDemoMesh, listObservationDays, observeDay } from '@meshplane/core';

const { products } = generateDemoMesh({ products: 300, seed: 8, today: '2026-11-22' });

describe('observeDay', () => {
  const day = observeDay(products, '2026-11-01', 8);

  it('observes every SLO of every output port once', () => {
    const expected = products.flatMap((p) =>
      p.spec.outputPorts.flatMap((port) => (port.slos ?? []).map((s) => `${p.metadata.id}:${port.name}:${s.name}:2026-11-01`)),
    );
    expect(day.map((o) => o.observationId)).toEqual(expected);
  });

  it('uses the unit of each SLO type, and breaches a few thresholds', () => {
    const slo = new Map(
      products.flatMap((p) => p.spec.outputPorts.flatMap((port) => (port.slos ?? []).map((s) => [`${p.metadata.id}:${port.name}:${s.name}`, s] as const))),
    );
    let breaches = 0;
    for (const o of day) {
      const s = slo.get(`${o.productId}:${o.port}:${o.slo}`);
      const unit = { freshness: 'hours', completeness: 'percent', volume: 'rows', availability: 'percent' }[s?.type as string];
      expect(o.unit).toBe(unit);
      if (s?.type === 'freshness' && o.value > Number(/PT(\d+)H/.exec(s.threshold ?? '')?.[1])) breaches++;
      if (s?.type === 'volume' && o.value < (s.min ?? 0)) breaches++;
    }
    expect(breaches / day.length).toBeGreaterThan(0.005);
    expect(breaches / day.length).toBeLessThan(0.05);
  });

  it('is deterministic per day and seed, and differs between days', () => {
    expect(observeDay(products, '2026-11-01', 8)).toEqual(day);
    expect(observeDay(products, '2026-11-02', 8).map((o) => o.value)).not.toEqual(day.map((o) => o.value));
  });
});

describe('listObservationDays', () => {
  it('lists the 30 days before today, oldest first', () => {
    const days = listObservationDays('2026-03-01');
    expect(days).toHaveLength(30);
    expect([days[0], days[28], days[29]]).toEqual(['2026-01-30', '2026-02-27', '2026-02-28']);
  });
});
