import type { BurnRate } from '../slo/slo-types.js';
import { humanizeWindow } from './humanize-window.js';

/**
 * The burn rates of an SLO in words: `burning 20× over 6 h, 18× over 1 day`, where 1× spends the error budget exactly
 * over the SLO's window. `not burning` when every rate is 0, `no burn rate yet` without any. A rate without limit (an
 * objective of 100 % with a bad slice; JSON writes it as null) is `∞×`.
 *
 * @example
 * describeBurnRates([{ window: 'PT6H', rate: 20 }, { window: 'P1D', rate: 18.2 }]) // 'burning 20× over 6 h, 18× over 1 day'
 */
export function describeBurnRates(rates: readonly BurnRate[]): string {
  if (rates.length === 0) return 'no burn rate yet';
  if (rates.every((b) => b.rate === 0)) return 'not burning';
  return `burning ${rates.map((b) => `${formatRate(b.rate)}× over ${humanizeWindow(b.window)}`).join(', ')}`;
}

function formatRate(rate: number | null): string {
  if (rate === null || !Number.isFinite(rate)) return '∞';
  return rate >= 10 ? String(Math.round(rate)) : String(Math.round(rate * 10) / 10);
}
