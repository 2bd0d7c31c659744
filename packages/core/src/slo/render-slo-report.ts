import { plural, stripControl } from '../render/text-utils.js';
import type { MeshSloReport } from './evaluate-slos.js';
import type { SloStatus } from './slo-types.js';

const pct = (x: number | undefined): string => (x === undefined ? '–' : `${(x * 100).toFixed(1)} %`);

function describeValue(s: SloStatus): string {
  if (!s.current) return 'no observation';
  const v = s.current.value;
  const text =
    s.current.unit === 'hours'
      ? v < 1
        ? `${Math.round(v * 60)} min`
        : `${+v.toFixed(1)} h`
      : s.current.unit === 'percent'
        ? `${+v.toFixed(2)} %`
        : `${v} rows`;
  return `${text} (${s.threshold})`;
}

/** Why a status is what it is, in one line. */
export function explainStatus(s: SloStatus): string {
  const burn = s.burnRates.map((b) => `${b.window} ×${b.rate}`).join(', ');
  switch (s.state) {
    case 'breached':
      return `objective ${pct(s.objective)} over ${s.window} missed: attainment ${pct(s.attainment)}, budget ${pct(s.budgetRemaining)} left; failing since ${s.since.slice(0, 16)}Z`;
    case 'at-risk':
      return (s.budgetRemaining ?? 1) < 0
        ? `budget spent (${pct(s.budgetRemaining)}) though it passes again now`
        : `budget burning fast (${burn}); ${pct(s.budgetRemaining)} left`;
    case 'no-data':
      return `nothing observed${s.current ? ` since ${s.current.observedAt.slice(0, 16)}Z` : ' yet'}`;
    case 'ok':
      return `attainment ${pct(s.attainment)}, budget ${pct(s.budgetRemaining)} left`;
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
