import type { Config, ErrorBudgetGateConfig } from '../model/generated/types.js';
import type { Finding } from '../model/finding.js';
import { findingAt } from '../model/finding-at.js';
import { describeBurnRates } from '../format/describe-burn-rates.js';
import { describeErrorBudget } from '../format/describe-error-budget.js';
import { humanizeWindow } from '../format/humanize-window.js';
import type { SloStatus } from '../slo/slo-types.js';
import type { CatalogChanges } from './change-types.js';
import type { CatalogSide } from './diff-catalogs.js';

/** The rule id of the error-budget merge gate (waivable like the change rules). */
export const BUDGET_GATE_RULE = 'slo.budget-exhausted';

/** The label that declares a pull request a reliability fix, unless the config names another. */
export const RELIABILITY_LABEL = 'reliability-fix';

/** The label the config's gate takes as a reliability fix (`review.errorBudget.reliabilityLabel`, or the default). */
export function readReliabilityLabel(config: Config): string {
  return config.review?.errorBudget?.reliabilityLabel ?? RELIABILITY_LABEL;
}

/** Whether a pull request's labels declare it a reliability fix, which the error-budget gate lets through. */
export function isReliabilityFix(labels: readonly string[], config: Config): boolean {
  return labels.includes(readReliabilityLabel(config));
}

/** What the gate judges a pull request with: the latest SLO statuses (from the durable store) and whether it is a fix. */
export interface BudgetGateInput {
  /** The latest statuses, or undefined when none could be read (then the gate says it did not run). */
  statuses: readonly SloStatus[] | undefined;
  /** Where the statuses came from, for messages (`.meshplane/slo-status.json`, `the meshplane-data branch`). */
  source: string;
  /** The pull request is declared a reliability fix (it carries the configured label, or `--reliability-fix`). */
  reliabilityFix: boolean;
  config: ErrorBudgetGateConfig | undefined;
  /** `YYYY-MM-DD`: statuses evaluated more than {@link STALE_STATUS_DAYS} days before it no longer block. */
  today: string;
}

/** Statuses older than this (the SLO job stopped) are reported, but block nothing: an unknown budget never blocks. */
export const STALE_STATUS_DAYS = 7;

const rec = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * The error-budget merge gate: for each product the pull request modifies, every SLO whose error budget is exhausted
 * over its window is an error on the SLO's line (a warning where the domain's gate is `warn`), saying the budget, the
 * burn and how to proceed; a reliability fix passes with a notice. An SLO without data never blocks, but says so;
 * without any statuses the gate does not run (and says so where `review.errorBudget` is configured).
 * Added and removed products are not gated: there is no budget to protect, or no change to hold back.
 *
 * @example gateErrorBudgets(changes, head, { statuses, source: '.meshplane/slo-status.json', reliabilityFix: false, config })
 */
export function gateErrorBudgets(changes: CatalogChanges, head: CatalogSide, input: BudgetGateInput): Finding[] {
  const label = input.config?.reliabilityLabel ?? RELIABILITY_LABEL;
  const out: Finding[] = [];
  const modified = changes.products.filter((p) => p.status === 'modified').flatMap((p) => head.graph.nodes.get(p.id) ?? []);
  for (const node of modified) {
    const mode = (node.domain ? input.config?.domains?.[node.domain] : undefined) ?? input.config?.gate ?? 'block';
    if (mode === 'off') continue;
    if (!input.statuses) {
      // Said only where the gate is configured: a mesh that keeps no SLO statuses is not told so on every change.
      if (input.config && hasSlos(node.data)) {
        out.push(
          findingAt(node.doc, '', {
            ruleId: BUDGET_GATE_RULE,
            severity: 'notice',
            productId: node.id,
            message: `No SLO statuses were found (${input.source}): the error-budget gate did not judge this change.`,
            hint: 'Run the SLO job (mesh slo evaluate, or the slo-monitor action) so its statuses are kept where the check reads them.',
          }),
        );
      }
      continue;
    }
    const oldest = Date.parse(`${input.today}T00:00:00Z`) - STALE_STATUS_DAYS * 86_400_000;
    const all = input.statuses.filter((s) => s.productId === node.id);
    const stale = all.filter((s) => Date.parse(s.evaluatedAt) < oldest);
    const statuses = all.filter((s) => !stale.includes(s));
    const unknown = statuses.filter((s) => s.budgetRemaining === undefined || s.budgetRemaining === null);
    if (stale.length > 0) {
      out.push(
        findingAt(node.doc, '', {
          ruleId: BUDGET_GATE_RULE,
          severity: 'notice',
          productId: node.id,
          message: `The SLO statuses of this product are from ${stale[0]?.evaluatedAt.slice(0, 10)}, more than ${STALE_STATUS_DAYS} days old (${input.source}): the gate does not block on them.`,
          hint: 'Check that the SLO job (the slo-monitor workflow, or mesh slo evaluate) still runs.',
        }),
      );
    }
    for (const s of statuses.filter((x) => typeof x.budgetRemaining === 'number' && x.budgetRemaining <= 0)) {
      const budget = `${describeErrorBudget(s.budgetRemaining, s.objective)} over ${humanizeWindow(s.window)}, ${describeBurnRates(s.burnRates)}`;
      const what = `SLO \`${s.slo}\` on port \`${s.port}\`: ${budget} (evaluated ${s.evaluatedAt.slice(0, 16).replace('T', ' ')} UTC).`;
      out.push(
        findingAt(node.doc, locateSlo(node.data, s.port, s.slo), {
          ruleId: BUDGET_GATE_RULE,
          severity: input.reliabilityFix ? 'notice' : mode === 'warn' ? 'warning' : 'error',
          productId: node.id,
          message: input.reliabilityFix ? `${what} Allowed: this pull request is a reliability fix (\`${label}\`).` : what,
          ...(input.reliabilityFix
            ? {}
            : {
                hint: `Changes wait until the budget recovers. If this pull request restores the SLO, label it \`${label}\`; otherwise ask the governance group for a waiver of \`${BUDGET_GATE_RULE}\` for \`${node.id}\` with an expiry.`,
              }),
        }),
      );
    }
    if (unknown.length > 0) {
      const names = unknown.map((s) => `\`${s.port}/${s.slo}\``).join(', ');
      out.push(
        findingAt(node.doc, '', {
          ruleId: BUDGET_GATE_RULE,
          severity: 'notice',
          productId: node.id,
          message: `Error budget unknown (no data) for ${names}: the gate does not block on an unknown budget.`,
        }),
      );
    }
  }
  return out;
}

function hasSlos(data: Record<string, unknown>): boolean {
  return list(rec(data.spec).outputPorts).some((p) => list(rec(p).slos).length > 0);
}

/** The pointer of an SLO in a manifest; the port's, or the product's, when the pull request removed it. */
function locateSlo(data: Record<string, unknown>, port: string, slo: string): string {
  const ports = list(rec(data.spec).outputPorts);
  const i = ports.findIndex((p) => rec(p).name === port);
  if (i < 0) return '';
  const j = list(rec(ports[i]).slos).findIndex((s) => rec(s).name === slo);
  return j < 0 ? `/spec/outputPorts/${i}` : `/spec/outputPorts/${i}/slos/${j}`;
}
