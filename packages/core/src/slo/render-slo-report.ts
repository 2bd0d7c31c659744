import { plural, stripControl } from '../render/text-utils.js';
import { describeBurnRates } from '../format/describe-burn-rates.js';
import { describeErrorBudget } from '../format/describe-error-budget.js';
import { humanizeDuration } from '../format/humanize-duration.js';
import { humanizeWindow } from '../format/humanize-window.js';
import type { MeshSloReport } from './evaluate-slos.js';
import type { SloStatus } from './slo-types.js';

const HOUR = 3_600_000;
const pct = (x: number | undefined): string => (x === undefined ? '–' : `${(x * 100).toFixed(1)} %`);
const minute = (iso: string): string => `${iso.slice(0, 16)}Z`;

/** The last observed value in its unit, durations in words (`7 h 30 min`), with the bound it is judged by. */
function describeValue(s: SloStatus): string {
  if (!s.current) return 'no observation';
  const v = s.current.value;
  const text = s.current.unit === 'hours' ? humanizeDuration(v * HOUR) : s.current.unit === 'percent' ? `${+v.toFixed(2)} %` : `${v} rows`;
  return `${text} (${s.threshold})`;
}

/** How long ago an instant was at evaluation time, in words, with the instant: `for 2 h 15 min (since 2026-11-22T04:00Z)`. */
function describeSince(s: SloStatus, iso: string): string {
  return `for ${humanizeDuration(Date.parse(s.evaluatedAt) - Date.parse(iso))} (since ${minute(iso)})`;
}

/**
 * Why a status is what it is, in one line a person reads: the budget as `budget exhausted (342 % spent)` or `62 % of
 * the budget left`, burn rates as `burning 20× over 6 h, 18× over 1 day`, and durations in words.
 */
export function explainStatus(s: SloStatus): string {
  const budget = describeErrorBudget(s.budgetRemaining, s.objective);
  switch (s.state) {
    case 'breached':
      return `objective ${pct(s.objective)} over ${humanizeWindow(s.window)} missed: attainment ${pct(s.attainment)}, ${budget}; failing ${describeSince(s, s.since)}`;
    case 'at-risk':
      return (s.budgetRemaining ?? 1) < 0 ? `${budget}, though it passes again now` : `${describeBurnRates(s.burnRates)}; ${budget}`;
    case 'no-data':
      return s.current ? `nothing observed ${describeSince(s, s.current.observedAt)}` : 'nothing observed yet';
    case 'ok':
      return `attainment ${pct(s.attainment)}, ${budget}`;
  }
}

/** The SLO states as terminal text: counts, then every SLO that is not ok (worst first), then the ok ones in brief. */
export function renderSloText(report: MeshSloReport, options: { all?: boolean } = {}): string {
  const count = (state: SloStatus['state']): number => report.statuses.filter((s) => s.state === state).length;
  const out = [
    `SLOs at ${report.evaluatedAt.slice(0, 16)}Z: ${count('ok')} ok, ${count('at-risk')} at risk, ${count('breached')} breached, ${count('no-data')} without data (${plural(report.statuses.length, 'SLO')}).`,
  ];
  for (const s of report.statuses) {
    if (s.state === 'ok' && !options.all) continue;
    out.push(`  ${s.state.padEnd(8)}  ${stripControl(`${s.productId} ${s.port}/${s.slo}`)} [${s.type}] ${describeValue(s)} — ${explainStatus(s)}`);
  }
  if (!options.all && count('ok')) out.push(`  (${plural(count('ok'), 'SLO')} ok; mesh slo status --all lists them)`);
  return out.join('\n') + '\n';
}

/** The export the catalog site reads: every status, with its daily history, grouped by product. */
export function exportSloReport(report: MeshSloReport): { evaluatedAt: string; products: Record<string, { statuses: (SloStatus & { history: unknown })[] }> } {
  const products: Record<string, { statuses: (SloStatus & { history: unknown })[] }> = {};
  for (const s of report.statuses) {
    const entry = (products[s.productId] ??= { statuses: [] });
    entry.statuses.push({ ...s, history: report.history.get(`${s.productId}/${s.port}/${s.slo}`) ?? [] });
  }
  return { evaluatedAt: report.evaluatedAt, products };
}
