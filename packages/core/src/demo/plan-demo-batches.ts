import type { SloSpec } from '../slo/read-slo-specs.js';
import type { Random } from './create-random.js';

/** One load of a port: when it was processed and how it went. */
export interface DemoBatch {
  productId: string;
  port: string;
  /** Processing time (ms since the epoch). */
  at: number;
  rows: number;
  /** Hours between the facts and their processing (timeliness). */
  skewHours: number;
  /** Share of non-null values in the checked columns, as the pipeline reports it (percent). */
  completeness: number;
  /** Rows the pipeline reports loading (volume SLOs are about the full load, not the demo's sample rows). */
  reportedRows: number;
  qualityPassed: boolean;
}

/** The scripted incidents, each on a product of the example mesh where it shows. */
export interface DemoIncident {
  productId: string;
  kind: 'late-load' | 'missing-day' | 'null-spike' | 'volume-drop' | 'stalled';
  /** Days before today. */
  daysAgo: number;
}

export const DEMO_INCIDENTS: DemoIncident[] = [
  { productId: 'podcast.podcast-listeners', kind: 'late-load', daysAgo: 6 },
  { productId: 'podcast.podcast-listeners', kind: 'stalled', daysAgo: 0 },
  { productId: 'listener.listener-profiles', kind: 'missing-day', daysAgo: 1 },
  { productId: 'player.play-events', kind: 'null-spike', daysAgo: 2 },
  { productId: 'listener-session.listener-sessions', kind: 'volume-drop', daysAgo: 0 },
  { productId: 'artist.artist-profiles', kind: 'late-load', daysAgo: 12 },
];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The loads of one port over `days` days up to `nowMs`: as often as its tightest freshness SLO needs (half its
 * threshold, at most daily, at least every 5 minutes), each a little late or early, with the scripted incidents: a load
 * 10 hours late, a day with no load, a spike of nulls, a volume drop.
 */
export function planDemoBatches(specs: SloSpec[], nowMs: number, days: number, random: Random): DemoBatch[] {
  const first = specs[0];
  if (!first) return [];
  const fresh = Math.min(...specs.filter((s) => s.type === 'freshness' && s.thresholdHours).map((s) => s.thresholdHours as number), 48);
  const cadence = Math.max(5 / 60, Math.min(24, fresh / 2)) * HOUR;
  const volume = specs.find((s) => s.type === 'volume');
  const nominal = volume ? Math.round((volume.min ?? (volume.max ?? 1000) / 2) * 1.15) : 1000;
  const timeliness = specs.find((s) => s.type === 'timeliness');
  const skew = timeliness?.thresholdHours ? timeliness.thresholdHours * 0.4 : 2;
  const incidents = DEMO_INCIDENTS.filter((i) => i.productId === first.productId);
  const dayOf = (t: number): number => Math.floor((nowMs - t) / DAY);
  const batches: DemoBatch[] = [];
  const start = nowMs - days * DAY;
  for (let t = start + cadence; t <= nowMs - cadence / 4; t += cadence) {
    const ago = dayOf(t);
    const hit = (kind: DemoIncident['kind']): boolean => incidents.some((i) => i.kind === kind && i.daysAgo === ago);
    if (hit('missing-day')) continue;
    // Stalled: nothing has loaded for the last 20 hours, and still nothing now.
    if (incidents.some((i) => i.kind === 'stalled') && t > nowMs - 20 * HOUR) continue;
    const late = hit('late-load') ? 10 * HOUR : 0;
    const at = Math.round(t + late + (random.next() - 0.5) * 0.2 * cadence);
    if (at > nowMs) continue;
    batches.push({
      productId: first.productId,
      port: first.port,
      at,
      // Sample rows only: one per load for loads every few minutes, a handful for daily ones.
      rows: cadence < HOUR ? 1 : cadence < 12 * HOUR ? 2 : 3 + Math.floor(random.next() * 4),
      skewHours: skew * (0.5 + random.next()) + late / HOUR,
      completeness: hit('null-spike') ? 80 + random.next() * 5 : 100,
      reportedRows: Math.round(nominal * (hit('volume-drop') ? 0.35 : 0.95 + random.next() * 0.1)),
      qualityPassed: !hit('null-spike'),
    });
  }
  return batches.sort((a, b) => a.at - b.at);
}
