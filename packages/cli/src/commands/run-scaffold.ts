import { generateDemo, resolveRepository, scaffoldProduct, seedDemoPlatform, UsageError, type Ask, type NewProductFlags } from '@meshplane/usecases';
import type { Outcome } from '../outcome.js';
import { renderDemoSummary } from '../render/render-demo-summary.js';
import type { Format } from '../render/render-report.js';
import { renderVerdict } from './run-catalog.js';

/** `mesh new product <domain>/<name> [flags]`: the files written, then the new product's findings. */
export async function runNewCommand(
  args: readonly string[],
  flags: NewProductFlags & { root?: string | undefined; format: Format },
  ask?: Ask,
): Promise<Outcome> {
  if (args[0] !== 'product') throw new UsageError('Usage: mesh new product <domain>/<name> [flags]. (Products are the only kind scaffolded.)');
  const { root, format, ...product } = flags;
  const result = await scaffoldProduct(resolveRepository(root), args[1], product, ask);
  const verdict = renderVerdict(result.report, format);
  return { stdout: result.files.map((f) => `Created ${f}\n`).join('') + verdict.stdout, exitCode: verdict.exitCode };
}

/** `mesh demo generate --products N [--seed S] [--out DIR]` and `mesh demo seed [--seed N]`. */
export async function runDemoCommand(
  args: readonly string[],
  flags: {
    root?: string | undefined;
    products?: string | undefined;
    seed?: string | undefined;
    out?: string | undefined;
    today: string;
    now: string;
    format: Format;
  },
): Promise<Outcome> {
  if (args[0] === 'seed') {
    const r = await seedDemoPlatform(resolveRepository(flags.root), { now: flags.now, ...(flags.seed !== undefined ? { seed: flags.seed } : {}) });
    const d = r.lineage.drift;
    const drifts = [
      d.undeclaredInput ? `${d.undeclaredInput.product} reads ${d.undeclaredInput.reads} undeclared` : '',
      d.staleInput ? `${d.staleInput.product} stopped reading ${d.staleInput.input}` : '',
      d.undeclaredOutput ? `${d.undeclaredOutput.product} writes ${d.undeclaredOutput.dataset}` : '',
    ].filter((x) => x !== '');
    const stdout =
      `Seeded ${r.days} days of demo data: ${r.rows} rows in ${r.tables} tables, ${r.observations} pipeline observations (seed ${r.seed}).\n` +
      `Wrote ${r.lineage.events} OpenLineage run events to ${r.lineage.file} and merged them into the observed lineage: ` +
      `${r.lineage.warnings} drift warnings (${drifts.join('; ')}); see mesh lineage drift.\n`;
    return { stdout, exitCode: 0 };
  }
  if (args[0] !== 'generate') throw new UsageError('Usage: mesh demo generate --products N [--seed S] [--out DIR], or mesh demo seed [--seed N].');
  const demo = generateDemo({ products: flags.products, seed: flags.seed, out: flags.out, today: flags.today });
  return { stdout: flags.format === 'json' ? JSON.stringify(demo, null, 2) + '\n' : renderDemoSummary(demo), exitCode: 0 };
}
