import { escapeMarkdown } from '../render/escape-markdown.js';
import { plural, stripControl } from '../render/text-utils.js';
import { countOperations, describeOperation, type OperationLine } from './describe-operation.js';
import { groupOperations, type OperationGroup, type Plan } from './plan-types.js';

/** What a plan is about: where it would apply, and whether grants are enforced there. */
export interface PlanContext {
  /** `DuckDB file .meshplane/mesh.duckdb`, `PostgreSQL at db:5432/mesh`, or `the base branch's catalog`. */
  target: string;
}

/** The one-line summary of a plan. */
export function summarizePlan(plan: Plan): string {
  const c = countOperations(plan.operations);
  if (plan.operations.length === 0 && !plan.blocked.length && !plan.orphans.length) return 'No changes: the platform matches the catalog.';
  const parts = [`${c.create} to create`, `${c.change} to change`, plural(c.comment, 'comment'), plural(c.grant, 'grant'), plural(c.revoke, 'revoke')];
  if (c.drop) parts.push(`${c.drop} to drop`);
  if (plan.blocked.length) parts.push(`${plan.blocked.length} blocked`);
  if (plan.orphans.length) parts.push(plural(plan.orphans.length, 'orphan'));
  return `${parts.join(', ')}.`;
}

const DUCKDB_NOTE = 'Access control is recorded, not enforced: DuckDB has no users or GRANT. Use PostgreSQL to enforce grants.';

/** Column comments are many and alike: one line per group says how many. */
function linesOf(group: OperationGroup): OperationLine[] {
  const columnComments = group.operations.filter((o) => o.kind === 'comment' && o.target === 'column').length;
  const lines = group.operations.filter((o) => !(o.kind === 'comment' && o.target === 'column')).map(describeOperation);
  if (columnComments) lines.push({ sign: '~', text: `comment on ${plural(columnComments, 'column')}` });
  return lines;
}

/**
 * The plan as terminal text, grouped by product (the shared schemas and roles first). With `steps: false` only the
 * headline and what needs attention (blocked, orphaned, retained) — for an apply, which prints its progress instead.
 */
export function renderPlanText(plan: Plan, context: PlanContext, options: { steps?: boolean } = {}): string {
  const out = [`Plan for ${context.target}: ${summarizePlan(plan)}`];
  if (plan.engine === 'duckdb') out.push(DUCKDB_NOTE);
  for (const g of options.steps === false ? [] : groupOperations(plan.operations)) {
    out.push('', g.productId ?? 'shared schemas, roles and schema access');
    for (const l of linesOf(g)) out.push(`  ${l.sign} ${stripControl(l.text)}`);
  }
  if (plan.blocked.length) {
    out.push('', 'Blocked — not done, because it would lose data:');
    for (const b of plan.blocked) out.push(`  ! ${b.object}: ${b.change} — ${b.reason}${b.productId ? ` (${b.productId})` : ''}.`, `    ${b.hint}`);
  }
  if (plan.orphans.length) {
    out.push('', 'Orphaned — no manifest describes these tables any more; they are kept with their rows:');
    for (const o of plan.orphans) out.push(`  ? ${o.schema}.${o.table}${o.productId ? ` (was ${o.productId})` : ''}`);
    out.push('    Restore the manifest, or retire the product (lifecycle: retired, with a sunset date) to let its retention run out.');
  }
  if (plan.retained.length) {
    out.push('', 'Retired but kept:');
    for (const r of plan.retained) out.push(`  = ${r.schema}.${r.table} (${r.productId}): ${r.reason}`);
  }
  return out.join('\n') + '\n';
}

/** The plan as Markdown for a pull request comment or a job summary: a headline, then one collapsed block per product. */
export function renderPlanMarkdown(plan: Plan, context: PlanContext): string {
  const c = countOperations(plan.operations);
  const out = [`### Provisioning plan`, '', `On ${escapeMarkdown(context.target)}: **${escapeMarkdown(summarizePlan(plan))}**`, ''];
  if (plan.engine === 'duckdb') out.push(`> ${DUCKDB_NOTE}`, '');
  if (plan.operations.length) {
    out.push(
      '| create | change | comment | grant | revoke | drop |',
      '|---:|---:|---:|---:|---:|---:|',
      `| ${c.create} | ${c.change} | ${c.comment} | ${c.grant} | ${c.revoke} | ${c.drop} |`,
      '',
    );
  }
  for (const g of groupOperations(plan.operations)) {
    const lines = linesOf(g);
    out.push(
      `<details><summary>${escapeMarkdown(g.productId ?? 'Shared schemas, roles and schema access')} — ${plural(lines.length, 'step')}</summary>`,
      '',
      '```diff',
    );
    for (const l of lines) out.push(`${l.sign === '~' ? '!' : l.sign} ${stripControl(l.text).replaceAll('`', "'")}`);
    out.push('```', '', '</details>', '');
  }
  if (plan.blocked.length) {
    out.push('**Blocked** (not done, because it would lose data):', '');
    for (const b of plan.blocked)
      out.push(`- \`${escapeMarkdown(b.object)}\`: ${escapeMarkdown(b.change)} — ${escapeMarkdown(b.reason)}. ${escapeMarkdown(b.hint)}`);
    out.push('');
  }
  if (plan.orphans.length) {
    out.push('**Orphaned** (kept with their rows):', '');
    for (const o of plan.orphans) out.push(`- \`${escapeMarkdown(`${o.schema}.${o.table}`)}\`${o.productId ? ` (was ${escapeMarkdown(o.productId)})` : ''}`);
    out.push('');
  }
  return out.join('\n');
}
