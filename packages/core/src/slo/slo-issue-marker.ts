import type { SloState, SloStatus } from './slo-types.js';

const STATES: readonly SloState[] = ['ok', 'at-risk', 'breached', 'no-data'];

/**
 * The fingerprint of one SLO of one port of one product: `<productId>/<port>/<slo>`, each part percent-encoded so that
 * no name can end the HTML comment it is hidden in or forge another product's fingerprint.
 *
 * @example fingerprintSlo({ productId: 'podcast.listeners', port: 'daily', slo: 'freshness' }) // 'podcast.listeners/daily/freshness'
 */
export function fingerprintSlo(s: Pick<SloStatus, 'productId' | 'port' | 'slo'>): string {
  return [s.productId, s.port, s.slo].map((p) => encodeURIComponent(p)).join('/');
}

/** The hidden lines that start every SLO issue body: the fingerprint, and the state the bot last wrote. */
export function renderSloMarkers(fingerprint: string, state: SloState): string {
  return `<!-- meshplane:slo ${fingerprint} -->\n<!-- meshplane:slo-state ${state} -->`;
}

/** The fingerprint and last written state hidden in an issue body; undefined when the body has no fingerprint. */
export function readSloMarkers(body: string | null | undefined): { fingerprint: string; state?: SloState } | undefined {
  const fp = /<!-- meshplane:slo (\S+) -->/.exec(body ?? '');
  if (!fp?.[1]) return undefined;
  const st = /<!-- meshplane:slo-state (\S+) -->/.exec(body ?? '')?.[1];
  return { fingerprint: fp[1], ...(st && (STATES as readonly string[]).includes(st) ? { state: st as SloState } : {}) };
}
