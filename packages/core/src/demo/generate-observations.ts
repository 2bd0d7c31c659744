import type { DataProduct, Slo } from '../model/index.js';
import { addDays } from './build-demo-product.js';
import { createRandom, type Random } from './create-random.js';
import type { Observation } from '../slo/slo-types.js';

/** The `days` days before `today` (oldest first): the days observations are generated for. */
export function listObservationDays(today: string, days = 30): string[] {
  return Array.from({ length: days }, (_, k) => addDays(today, k - days));
}

/**
 * One day of synthetic SLO observations: one per SLO of every output port, at a time of day that varies. Most meet
 * their threshold and a few (2–5 %) breach it, so SLO evaluation has something to find. Deterministic for the
 * products, the day and the seed, independently of the other days.
 *
 * @example
 * for (const day of listObservationDays('2026-11-22')) write(`observations/${day}.jsonl`, observeDay(products, day, 1));
 */
export function observeDay(products: readonly DataProduct[], day: string, seed: number): Observation[] {
  const rnd = createRandom(seed * 1_000_003 + Date.parse(`${day}T00:00:00Z`) / 86_400_000);
  const out: Observation[] = [];
  for (const p of products) {
    for (const port of p.spec.outputPorts) {
      for (const slo of port.slos ?? []) {
        const measured = measure(slo, rnd);
        if (!measured) continue;
        const minute = rnd.int(0, 359);
        const at = `${day}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00.000Z`;
        out.push({
          observationId: `${p.metadata.id}:${port.name}:${slo.name}:${day}`,
          productId: p.metadata.id,
          port: port.name,
          slo: slo.name,
          observedAt: at,
          ...measured,
        });
      }
    }
  }
  return out;
}

/** A plausible indicator value for one SLO: usually within its threshold, sometimes not. */
function measure(slo: Slo, rnd: Random): Pick<Observation, 'value' | 'unit'> | undefined {
  const breach = rnd.next() < 0.04;
  const within = (lo: number, hi: number): number => round(lo + rnd.next() * (hi - lo));
  switch (slo.type) {
    case 'freshness': {
      const hours = durationHours(slo.threshold ?? 'PT24H');
      return { value: breach ? within(hours * 1.05, hours * 2) : within(hours * 0.1, hours * 0.95), unit: 'hours' };
    }
    case 'completeness': {
      const target = Number.parseFloat(slo.threshold ?? '99%');
      return { value: breach ? within(target - 5, target - 0.01) : within(target, 100), unit: 'percent' };
    }
    case 'volume': {
      const min = slo.min ?? 1000;
      return { value: Math.round(breach ? min * (0.2 + rnd.next() * 0.7) : min * (1.1 + rnd.next() * 2)), unit: 'rows' };
    }
    case 'availability':
      return { value: breach ? within(95, 99.8) : within(99.9, 100), unit: 'percent' };
    default:
      return undefined;
  }
}

/** Hours of the `PT<n>H` / `P<n>D` durations the generator writes. */
function durationHours(iso: string): number {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?)?$/.exec(iso);
  return m ? Number(m[1] ?? 0) * 24 + Number(m[2] ?? 0) : 24;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
