/**
 * How much of an SLO's error budget is used, in words: `62 % of the budget left` while some is left, `budget
 * exhausted (342 % spent)` once it is spent (rather than `-242 % left`), `no error budget (objective 100 %), already missed` when
 * the objective allows no bad slice at all, and `budget unknown (no data)` without observations. `remaining` is the share
 * left as the evaluation computes it: 1 untouched, 0 spent, negative overspent.
 *
 * @example
 * describeErrorBudget(-2.42) // 'budget exhausted (342 % spent)'
 * describeErrorBudget(0.62) // '62 % of the budget left'
 */
export function describeErrorBudget(remaining: number | undefined, objective?: number): string {
  if (remaining === undefined || !Number.isFinite(remaining)) return 'budget unknown (no data)';
  if (objective !== undefined && objective >= 1) return `no error budget (objective 100 %)${remaining >= 1 ? ', and nothing bad yet' : ', already missed'}`;
  if (remaining > 0) return `${formatShare(remaining * 100)} % of the budget left`;
  return `budget exhausted (${formatShare((1 - remaining) * 100)} % spent)`;
}

/**
 * A percentage for a sentence: whole numbers from 10 up, one decimal below, and never rounded onto 0 or 100 when it
 * is not exactly that (0.04 % left is not "0 % left", 99.7 % spent is not "100 % spent").
 */
function formatShare(percent: number): string {
  const whole = Math.round(percent);
  if (percent >= 10 && (whole !== 100 || percent >= 100)) return String(whole);
  const tenth = Math.round(percent * 10) / 10;
  if (tenth === 0 && percent > 0) return '0.1';
  return String(tenth === 100 && percent < 100 ? 99.9 : tenth);
}
