import { describeBurnRates, describeErrorBudget, humanizeDuration, percentToFraction, type ProductExport, type SloExport } from '@meshplane/core';

const ORDER = ['breached', 'at-risk', 'no-data', 'ok'] as const;

/** The worst state of a product's SLOs (breached first), for the search filter and lists. */
export function summarizeSloState(p: ProductExport): string {
  const states = p.ports.flatMap((port) => port.slos.map((s) => s.state));
  if (states.length === 0) return 'no SLOs';
  const worst = ORDER.find((s) => states.includes(s)) ?? 'no-data';
  return worst === 'no-data' ? 'no data' : worst === 'at-risk' ? 'at risk' : worst;
}

/** A share as a percentage with one decimal, or a dash. */
export const formatShare = (x: number | undefined): string => (x === undefined ? '–' : `${(x * 100).toFixed(1)} %`);

/** The last observed value in its unit. */
export function formatCurrent(s: SloExport): string {
  const c = s.status?.current;
  if (!c) return 'no observation';
  if (c.unit === 'hours') return humanizeDuration(c.value * 3_600_000);
  return c.unit === 'percent' ? `${+c.value.toFixed(2)} %` : `${c.value.toLocaleString('en')} rows`;
}

/** The error budget in words (`budget exhausted (342 % spent)`, `62 % of the budget left`), core's wording. */
export function formatBudget(s: SloExport): string {
  return describeErrorBudget(s.status?.budgetRemaining, percentToFraction(s.objective));
}

/** The burn rates in words (`burning 20× over 6 h, 18× over 1 day`), core's wording. */
export function formatBurn(s: SloExport): string {
  return describeBurnRates(s.status?.burnRates ?? []);
}

/** How long the SLO has been in its state at evaluation time, in words (`2 h 15 min`). */
export function formatStateAge(s: SloExport): string {
  return s.status ? humanizeDuration(Date.parse(s.status.evaluatedAt) - Date.parse(s.status.since)) : '–';
}

/** Every evaluated SLO of the mesh with its product, worst first, for the SLO dashboard. */
export function listSlos(products: readonly ProductExport[]): { product: ProductExport; port: string; slo: SloExport }[] {
  const rows = products.flatMap((product) => product.ports.flatMap((port) => port.slos.map((slo) => ({ product, port: port.name, slo }))));
  return rows.sort((a, b) => ORDER.indexOf(a.slo.state) - ORDER.indexOf(b.slo.state) || a.product.id.localeCompare(b.product.id));
}
