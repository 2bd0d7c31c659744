import type { ErrorBudgetGateConfig } from '../model/generated/types.js';
import type { SloStatus } from '../slo/slo-types.js';
import { stripControl } from '../render/text-utils.js';
import { BUDGET_GATE_RULE, RELIABILITY_LABEL } from './gate-error-budgets.js';

/**
 * What the error-budget gate would do to pull requests now, for the SLO job's output: the products with an SLO whose
 * budget is spent, grouped by the gate's mode in their domain (`block` or `warn`; `off` domains are left out), and how
 * to proceed. Empty when no budget is spent.
 *
 * @example describeGatedProducts(report.statuses, config.review?.errorBudget) // 'Error-budget gate: a pull request that changes …'
 */
export function describeGatedProducts(
  statuses: readonly Pick<SloStatus, 'productId' | 'domain' | 'budgetRemaining'>[],
  config: ErrorBudgetGateConfig | undefined,
): string {
  const byMode = new Map<string, Set<string>>();
  for (const s of statuses) {
    if (typeof s.budgetRemaining !== 'number' || s.budgetRemaining > 0) continue;
    const mode = config?.domains?.[s.domain] ?? config?.gate ?? 'block';
    if (mode === 'off') continue;
    byMode.set(mode, (byMode.get(mode) ?? new Set()).add(s.productId));
  }
  const label = config?.reliabilityLabel ?? RELIABILITY_LABEL;
  const lines: string[] = [];
  const names = (ids: Set<string>): string => stripControl([...ids].sort().join(', '));
  const blocked = byMode.get('block');
  if (blocked)
    lines.push(
      `Error-budget gate: a pull request that changes ${names(blocked)} fails until the budget recovers, unless labelled \`${label}\` or waived (${BUDGET_GATE_RULE}).`,
    );
  const warned = byMode.get('warn');
  if (warned) lines.push(`Error-budget gate: a pull request that changes ${names(warned)} is warned that the budget is spent (its domain's gate is warn).`);
  return lines.map((l) => `${l}\n`).join('');
}
