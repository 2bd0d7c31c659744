import type { Finding } from '../model/finding.js';
import type { SloStatus } from '../slo/slo-types.js';
import type { ScoreCheck } from './list-score-checks.js';

/** What a scorecard reads of an SLO's latest status (`mesh slo evaluate`'s statuses). */
export type ScoredSloStatus = Pick<SloStatus, 'port' | 'slo' | 'state' | 'window' | 'evaluatedAt'> & { budgetRemaining?: number | undefined };

/**
 * What the running mesh says of one product, beside its manifest: its SLOs' latest statuses and the check's findings.
 * `undefined` means the source was not read (no SLO statuses evaluated, no policy run): those checks are unknown and do
 * not count, so a repository without SLO monitoring is not marked down for it.
 */
export interface OperationalEvidence {
  slo?: readonly ScoredSloStatus[] | undefined;
  findings?: readonly Finding[] | undefined;
}

const plural = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;
const percent = (x: number): string => `${Math.round(x * 1000) / 10} %`;
const slo = (s: ScoredSloStatus): string => `${s.slo} on ${s.port}`;

/**
 * The checks of a product that read how it runs, not how it is declared: whether its SLOs are met and keep error budget
 * over their windows (trustworthy, from the SLO history `mesh slo evaluate` summarises), and whether the governance
 * policies and the mesh checks pass it (secure: errors after waivers). A check whose source was not read is `unknown`.
 */
export function listOperationalChecks(evidence: OperationalEvidence): ScoreCheck[] {
  return [checkSlosMet(evidence.slo), checkErrorBudget(evidence.slo), checkGovernance(evidence.findings)];
}

function unknown(attribute: ScoreCheck['attribute'], id: string, evidence: string): ScoreCheck {
  return { id, attribute, passed: false, unknown: true, evidence };
}

function checkSlosMet(statuses: readonly ScoredSloStatus[] | undefined): ScoreCheck {
  const id = 'slos-met';
  if (statuses === undefined) return unknown('trustworthy', id, 'no SLO statuses (run mesh slo evaluate)');
  if (statuses.length === 0) return unknown('trustworthy', id, 'no SLO of this product was evaluated');
  const missed = statuses.filter((s) => s.state === 'breached' || s.state === 'no-data');
  const asOf = [...statuses.map((s) => s.evaluatedAt)].sort().at(-1)?.slice(0, 10) ?? '';
  const which = missed.map((s) => `${slo(s)} ${s.state === 'breached' ? 'breached' : 'without data'}`).join(', ');
  return {
    id,
    attribute: 'trustworthy',
    passed: missed.length === 0,
    evidence: `${statuses.length - missed.length} of ${plural(statuses.length, 'SLO')} met on ${asOf}${which ? `; ${which}` : ''}`,
  };
}

function checkErrorBudget(statuses: readonly ScoredSloStatus[] | undefined): ScoreCheck {
  const id = 'error-budget';
  if (statuses === undefined) return unknown('trustworthy', id, 'no SLO statuses (run mesh slo evaluate)');
  const budgets = statuses.filter((s): s is ScoredSloStatus & { budgetRemaining: number } => typeof s.budgetRemaining === 'number');
  if (budgets.length === 0) return unknown('trustworthy', id, 'no error budget measured yet');
  const lowest = budgets.reduce((a, b) => (b.budgetRemaining < a.budgetRemaining ? b : a));
  const spent = budgets.filter((s) => s.budgetRemaining <= 0).length;
  return {
    id,
    attribute: 'trustworthy',
    passed: spent === 0,
    evidence: `${spent} of ${plural(budgets.length, 'error budget')} spent over the window; ${
      lowest.budgetRemaining <= 0 ? `${percent(1 - lowest.budgetRemaining)} of the budget spent` : `lowest ${percent(lowest.budgetRemaining)} left`
    } (${slo(lowest)}, ${lowest.window})`,
  };
}

function checkGovernance(findings: readonly Finding[] | undefined): ScoreCheck {
  const id = 'governance';
  if (findings === undefined) return unknown('secure', id, 'the policies were not run');
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const ruleIds = [...new Set(errors.map((f) => f.ruleId))];
  const rules = ruleIds.slice(0, 3).join(', ');
  return {
    id,
    attribute: 'secure',
    passed: errors.length === 0,
    evidence: `${plural(errors.length, 'error')}${rules ? ` (${rules}${ruleIds.length > 3 ? ', …' : ''})` : ''} and ${plural(warnings, 'warning')} from the policies and mesh checks`,
  };
}
