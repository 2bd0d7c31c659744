import { decideVerdict, type CheckReport } from '@meshplane/core';
import {
  generateCodeowners,
  readLatestObservedLineage,
  readLatestSloStatuses,
  resolveRepository,
  runDiff,
  runGovernanceCheck,
  traceLineage,
  UsageError,
  validatePaths,
} from '@meshplane/usecases';
import type { Outcome } from '../outcome.js';
import { renderGraphText } from '../render/render-graph-text.js';
import { renderReport, type Format } from '../render/render-report.js';

interface CatalogFlags {
  root?: string | undefined;
  base?: string | undefined;
  head?: string | undefined;
  today: string;
  format: Format;
  /** check --base: the SLO statuses the error-budget gate reads (default .meshplane/slo-status.json when present). */
  sloStatus?: string | undefined;
  /** check --base: the change is a reliability fix, which the error-budget gate lets through. */
  reliabilityFix?: boolean;
  /** check: the observed runtime lineage (default .meshplane/lineage-observed.json when present). */
  observed?: string | undefined;
}

/** A report in the chosen format; exit 1 when it has error findings. */
export function renderVerdict(report: CheckReport, format: Format): Outcome {
  return { stdout: renderReport(report, format), exitCode: decideVerdict(report) === 'pass' ? 0 : 1 };
}

/**
 * `mesh check [path] [--base REF]`: every file against its schema, the whole mesh (ids, references, lineage cycles),
 * then the governance policies — from the base ref when one is given, with the error-budget gate over the latest SLO
 * statuses (`--slo-status FILE`, default .meshplane/slo-status.json) unless `--reliability-fix`; policies read the observed
 * runtime lineage (`--observed FILE`, default .meshplane/lineage-observed.json) as `input.runtime`, and a pull request
 * is warned about the drift of the products it touches.
 */
export async function runCheckCommand(path: string | undefined, flags: CatalogFlags): Promise<Outcome> {
  const repo = resolveRepository(path ?? flags.root);
  const budgetGate = flags.base ? { ...readLatestSloStatuses(repo, flags.sloStatus), reliabilityFix: flags.reliabilityFix === true } : undefined;
  const runtime = readLatestObservedLineage(repo, flags.observed);
  const report = await runGovernanceCheck(repo, {
    ...(flags.base ? { base: flags.base } : {}),
    ...(budgetGate ? { budgetGate } : {}),
    ...(runtime.observed ? { runtime } : {}),
    today: flags.today,
  });
  return renderVerdict(report, flags.format);
}

/**
 * `mesh diff --base REF [--head REF]`: what a change does to the catalog — products added, modified and removed, each
 * change classified (breaking, additive, patch), the version bump required, and who is affected.
 */
export function runDiffCommand(path: string | undefined, flags: CatalogFlags): Outcome {
  if (!flags.base) throw new UsageError('mesh diff needs --base <ref>: the version to compare with (e.g. origin/main).');
  const repo = resolveRepository(path ?? flags.root);
  return renderVerdict(runDiff(repo, { base: flags.base, today: flags.today, ...(flags.head ? { head: flags.head } : {}) }), flags.format);
}

/** `mesh validate [path | file…]`: schema validation only. */
export function runValidateCommand(paths: readonly string[], flags: CatalogFlags): Outcome {
  return renderVerdict(validatePaths(paths.length > 0 ? paths : flags.root ? [flags.root] : []), flags.format);
}

/** `mesh codeowners [path] [--write]`: prints the generated file, or writes it. */
export function runCodeownersCommand(path: string | undefined, write: boolean): Outcome {
  const r = generateCodeowners(resolveRepository(path), { write });
  if (!write) return { stdout: r.content, exitCode: 0 };
  return { stdout: r.changed ? `Wrote ${r.path}.\n` : `${r.path} is up to date.\n`, exitCode: 0 };
}

/** `mesh graph <product> [--upstream | --downstream] [--depth N]`. */
export function runGraphCommand(
  id: string | undefined,
  flags: { root?: string | undefined; upstream: boolean; downstream: boolean; depth?: string | undefined; format: Format },
): Outcome {
  const depth = flags.depth === undefined ? undefined : Number(flags.depth);
  if (depth !== undefined && !(Number.isInteger(depth) && depth > 0)) throw new UsageError('--depth takes a whole number of at least 1.');
  const g = traceLineage(resolveRepository(flags.root), id, {
    upstream: flags.upstream,
    downstream: flags.downstream,
    ...(depth !== undefined ? { depth } : {}),
  });
  const stdout =
    flags.format === 'json' ? JSON.stringify({ product: g.product, upstream: g.upstream, downstream: g.downstream }, null, 2) + '\n' : renderGraphText(g);
  return { stdout, exitCode: 0 };
}
