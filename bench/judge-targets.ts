import { formatMs, type BenchRow } from './render-bench-table.js';

/** One of the issues' targets (#18's table first), judged on this run's rows. */
export interface TargetLine {
  target: string;
  measured: string;
  met: 'yes' | 'no' | 'not measured';
}

/** The first row whose measure starts with `prefix` (at `products`, when given). */
function findRow(rows: readonly BenchRow[], prefix: string, products?: number): BenchRow | undefined {
  return rows.find((x) => x.measure.startsWith(prefix) && (products === undefined || x.products === products));
}

/** The median of that row, when it ran. */
function median(rows: readonly BenchRow[], prefix: string, products?: number): number | undefined {
  const r = findRow(rows, prefix, products);
  return r && !('notRun' in r.result) ? r.result.median : undefined;
}

function peak(rows: readonly BenchRow[], prefix: string, products: number): number | undefined {
  const r = findRow(rows, prefix, products);
  return r && !('notRun' in r.result) ? r.result.peakRssMiB : undefined;
}

/** That row's notes, or why it did not run. */
function notes(rows: readonly BenchRow[], prefix: string, products: number): string | undefined {
  const r = findRow(rows, prefix, products);
  return r ? ('notRun' in r.result ? r.result.notRun : r.notes) : undefined;
}

/** The issues' targets against the rows of this run: what was measured, and whether the target holds. */
export function judgeTargets(rows: readonly BenchRow[]): TargetLine[] {
  const judge = (target: string, value: number | undefined, ok: (v: number) => boolean, show: (v: number) => string): TargetLine =>
    value === undefined ? { target, measured: '—', met: 'not measured' } : { target, measured: show(value), met: ok(value) ? 'yes' : 'no' };
  const pr = median(rows, 'PR check (`mesh check --base main`), 10 products changed, checked again', 10_000);
  const prFirst = median(rows, 'PR check (`mesh check --base main`), 10 products changed, first check', 10_000);
  const ours = median(rows, 'mesh check, whole process', 10_000);
  const rerun = median(rows, 'mesh check re-run, unchanged catalog', 10_000);
  const conftest = median(rows, 'conftest test', 10_000);
  const throughput = notes(rows, 'policy evaluations per second', 10_000) ?? notes(rows, 'policy evaluations per second', 1_000);
  const perProduct = Number(/([\d,]+) products\/s/.exec(throughput ?? '')?.[1]?.replaceAll(',', ''));
  const perRule = Number(/([\d,]+) rule evaluations\/s/.exec(throughput ?? '')?.[1]?.replaceAll(',', ''));
  const plan = Math.max(
    median(rows, 'provisioning plan against the platform, generated mesh (1 000 products), duckdb') ?? NaN,
    median(rows, 'provisioning plan against the platform, generated mesh (1 000 products), postgres') ?? NaN,
  );
  const largePlan = (engine: string): number | undefined => median(rows, `provisioning plan against the platform, generated mesh (10,000 products), ${engine}`);
  const planDuck = largePlan('duckdb');
  const planPg = largePlan('postgres');
  const slo = median(rows, 'SLO evaluation', 10_000);
  const site = median(rows, 'mesh site build', 10_000);
  const siteRss = peak(rows, 'mesh site build', 10_000);
  const ec = notes(rows, 'EventCatalog', 1_000);
  const drift = median(rows, 'lineage drift', 10_000);
  const search = median(rows, 'site search', 10_000);
  const readBack = median(rows, 'observation store (DuckDB): read back', 10_000);
  const rebuild = median(rows, 'mesh site re-build after 10 products changed', 10_000);
  const app = median(rows, 'app: webhook → completed check run, generated mesh', 10_000);
  return [
    judge('PR check, 10 products changed, base indexed, first check of the change, 10 000 products: ≤ 1.5 s (#18)', prFirst, (v) => v <= 1500, formatMs),
    judge('PR check, same change checked again, 10 000 products: ≤ 1 s (#18)', pr, (v) => v <= 1000, formatMs),
    judge(
      'cold full check ≥ 5× faster than conftest, 10 000 products (#18)',
      ours !== undefined && conftest !== undefined ? conftest / ours : undefined,
      (v) => v >= 5,
      (v) =>
        `${v.toFixed(1)}× cold (${formatMs(ours ?? 0)} vs ${formatMs(conftest ?? 0)})${rerun === undefined || conftest === undefined ? '' : `; ${(conftest / rerun).toFixed(1)}× re-run of an unchanged catalog (its report remembered)`}`,
    ),
    judge(
      'whole-product policy evaluations through wasm, one thread: ≥ 20 000/s (#18)',
      Number.isNaN(perProduct) ? undefined : perProduct,
      (v) => v >= 20_000,
      (v) => `${v.toLocaleString('en-US')} products/s; ${Number.isNaN(perRule) ? '—' : perRule.toLocaleString('en-US')} rule evaluations/s`,
    ),
    planDuck !== undefined && planPg !== undefined
      ? judge(
          'provisioning plan against an applied platform ≤ 5 s at 10 000, DuckDB and PostgreSQL (#18)',
          Math.max(planDuck, planPg),
          (v) => v <= 5000,
          () => `DuckDB ${formatMs(planDuck)}, PostgreSQL ${formatMs(planPg)}`,
        )
      : judge(
          'provisioning plan ≤ 5 s at 10 000 (measured at 1 000, DuckDB and PostgreSQL)',
          Number.isNaN(plan) ? undefined : plan,
          (v) => v * 10 <= 5000,
          (v) => `${formatMs(v)} at 1 000 (×10 = ${formatMs(v * 10)})`,
        ),
    judge('SLO observation store read-back, 1.2 M observations: ≤ 2 s (#18)', readBack, (v) => v <= 2000, formatMs),
    judge('site re-build after 10 products changed, 10 000 products: ≤ 15 s (#18)', rebuild, (v) => v <= 15_000, formatMs),
    judge('app: webhook → completed check run, 10 000 products: ≤ 2 s (#18)', app, (v) => v <= 2000, formatMs),
    judge('SLO evaluation, 10 000 products × 4 SLOs × 30 days: ≤ 5 s (#10)', slo, (v) => v <= 5000, formatMs),
    judge('lineage drift, 100 000 OpenLineage events, 10 000 products: ≤ 5 s (#21)', drift, (v) => v <= 5000, formatMs),
    judge(
      'site build, 10 000 products: ≤ 2 min, under 2 GB, where EventCatalog fails or is slower (#10)',
      site !== undefined && siteRss !== undefined ? site : undefined,
      (v) => v <= 120_000 && (siteRss ?? Infinity) < 2048,
      (v) => `${formatMs(v)}, ${siteRss?.toFixed(0)} MiB; EventCatalog at 1 000: ${ec ?? '—'}`,
    ),
    judge('site search, 10 000 products: first result ≤ 100 ms after typing, in Chromium (#24)', search, (v) => v <= 100, formatMs),
  ];
}

/** The targets as a Markdown table. */
export function renderTargets(lines: readonly TargetLine[]): string {
  const row = (c: readonly string[]): string => `| ${c.map((x) => x.replaceAll('|', '\\|')).join(' | ')} |`;
  return [row(['target (issue)', 'this run', 'met']), row(['---', '---', '---']), ...lines.map((l) => row([l.target, l.measured, l.met]))].join('\n') + '\n';
}
