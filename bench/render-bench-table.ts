import type { RunSummary } from './measure-process.js';

/** One line of the bench table: a timed measure, or a peer that could not run (and why). */
export interface BenchRow {
  measure: string;
  products?: number;
  result: RunSummary | { notRun: string };
  notes: string;
}

const HEAD = ['measure', 'products', 'median', 'min', 'max', 'peak RSS', 'notes'];

function cells(r: BenchRow): string[] {
  const n = r.products === undefined ? '—' : r.products.toLocaleString('en-US');
  if ('notRun' in r.result) return [r.measure, n, 'not run', '—', '—', '—', `${r.result.notRun}${r.notes ? `; ${r.notes}` : ''}`];
  const s = r.result;
  const rss = s.peakRssMiB === undefined ? '—' : `${s.peakRssMiB.toFixed(0)} MiB`;
  return [r.measure, n, formatMs(s.median), formatMs(s.min), formatMs(s.max), rss, `${s.runs} run${s.runs === 1 ? '' : 's'}${r.notes ? `; ${r.notes}` : ''}`];
}

/** Milliseconds as people read them: `840 ms`, `12.4 s`. */
export function formatMs(ms: number): string {
  return ms < 10_000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** The table as aligned plain text, for the terminal. */
export function renderBenchText(rows: readonly BenchRow[]): string {
  const table = [HEAD, ...rows.map(cells)];
  const widths = HEAD.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
  return table.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ')).join('\n') + '\n';
}

/** The table as Markdown, for docs/benchmarks.md. */
export function renderBenchMarkdown(rows: readonly BenchRow[]): string {
  const line = (r: readonly string[]): string => `| ${r.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(HEAD), line(HEAD.map(() => '---')), ...rows.map((r) => line(cells(r)))].join('\n') + '\n';
}
