import type { CheckReport, Finding } from '../model/finding.js';
import { describeReliedRelaxations } from '../policy/render-policy-impact.js';
import { countFindings, decideVerdict, describeExistingErrors, isBlocking } from '../report/decide-verdict.js';
import { escapeMarkdown } from '../render/escape-markdown.js';
import { plural } from '../render/text-utils.js';
import { describePolicies } from '../render/render-text.js';
import { renderChangesMarkdown } from '../change/render-changes.js';
import { renderPolicyImpactMarkdown } from '../policy/render-policy-impact.js';
import { truncateMarkdown } from './truncate-markdown.js';
import type { PullReview } from './review-types.js';

/** The hidden marker that finds Meshplane's one comment on a pull request again. */
export const PULL_COMMENT_MARKER = '<!-- meshplane:pull-comment -->';

/** What the sticky comment shows besides the report. */
export interface PullCommentInput {
  report: CheckReport;
  review: PullReview;
  /** The head commit judged: written into the comment so an older result never replaces a newer one. */
  headSha: string;
  /** The provisioning preview as Markdown (`renderPlanMarkdown`), when the catalog could be planned. */
  planMarkdown?: string;
  /** Where the full report is (the check run). */
  detailsUrl?: string;
  /** Users and teams the comment may mention (the affected consumers' handles); nothing else is ever mentioned. */
  mentions?: ReadonlyMap<string, string>;
  /** How the change moves the scorecards of the products it modifies (`diffScorecards`), one line each. */
  scorecards?: readonly string[];
  /** The data sharing agreements it adds, changes or removes, in words (`renderAgreementChanges`), one line each. */
  agreements?: readonly string[];
}

const MAX_LISTED_ERRORS = 20;

/**
 * Meshplane's one comment on a pull request, edited in place on every push: the verdict, exactly what is needed to
 * merge (the errors to fix, whose approval), the changes and breaking changes with the affected consumers, what
 * merging would provision, waivers used or expiring, and for a policy change the impact across the mesh. The same
 * Markdown is the check action's job summary.
 */
export function renderPullComment(input: PullCommentInput): string {
  const { report, review } = input;
  const c = countFindings(report.findings);
  const pass = decideVerdict(report) === 'pass';
  const out = [
    PULL_COMMENT_MARKER,
    `<!-- meshplane:head ${input.headSha.replace(/[^0-9a-f]/g, '')} -->`,
    `### ${pass ? '✅ Meshplane: ready to merge once approved' : '❌ Meshplane: not ready to merge'}`,
    '',
    `${plural(c.error, 'error')} · ${plural(c.warning, 'warning')} · ${plural(c.notice, 'notice')} — checked \`${input.headSha.slice(0, 12)}\`${report.policy ? `; ${escapeMarkdown(describePolicies(report.policy))}` : ''}.`,
    ...(describeReliedRelaxations(report) ? ['', `> ⚠️ **${escapeMarkdown(describeReliedRelaxations(report) as string)}**`] : []),
    ...(describeExistingErrors(report) ? ['', `> ${describeExistingErrors(report)}`] : []),
    '',
    '#### What is needed to merge',
    '',
    ...renderNeeds(input),
  ];
  if (input.agreements && input.agreements.length > 0) out.push('', '#### Data sharing agreements', '', ...input.agreements);
  if (report.changes && report.changes.products.length > 0) out.push('', renderChangesMarkdown(report.changes).trimEnd());
  const consumers = renderConsumers(input);
  if (consumers.length > 0) out.push('', '#### Affected consumers', '', ...consumers);
  if (input.scorecards && input.scorecards.length > 0) out.push('', '#### Scorecards', '', ...input.scorecards.map((l) => `- ${escapeMarkdown(l)}`));
  if (input.planMarkdown) out.push('', '<details><summary>What merging would provision</summary>', '', input.planMarkdown.trimEnd(), '', '</details>');
  const waivers = renderWaivers(report.findings);
  if (waivers.length > 0) out.push('', '#### Waivers', '', ...waivers);
  if (report.policyImpact) out.push('', renderPolicyImpactMarkdown(report.policyImpact).trimEnd());
  if (review.notes.length > 0) out.push('', ...review.notes.map((n) => `> ${escapeMarkdown(n)}`));
  return truncateMarkdown(
    out.join('\n') + '\n',
    `… cut to fit GitHub's limit${input.detailsUrl ? `: the full report is in the [check run](${input.detailsUrl})` : ''}.`,
  );
}

function renderNeeds(input: PullCommentInput): string[] {
  const errors = input.report.findings.filter(isBlocking);
  const lines: string[] = [];
  if (errors.length > 0) {
    lines.push(
      `- [ ] Fix ${plural(errors.length, 'error')}${input.detailsUrl ? ` (each is annotated on its line in the [check run](${input.detailsUrl}))` : ''}:`,
    );
    for (const f of errors.slice(0, MAX_LISTED_ERRORS)) lines.push(`  - ${where(f)} — ${escapeMarkdown(f.message)} <sub>${escapeMarkdown(f.ruleId)}</sub>`);
    if (errors.length > MAX_LISTED_ERRORS) lines.push(`  - … and ${errors.length - MAX_LISTED_ERRORS} more.`);
  }
  for (const r of input.review.reviewers) lines.push(`- [ ] An approval from ${r.handle} — ${r.reasons.map(escapeMarkdown).join('; ')}`);
  if (lines.length === 0) lines.push('- Nothing from Meshplane: the change passes every check and needs no particular reviewer.');
  return lines;
}

function renderConsumers(input: PullCommentInput): string[] {
  const affected = input.report.changes?.affected ?? [];
  const lines: string[] = [];
  for (const a of affected) {
    const who = a.consumers.map((c) => {
      const handle = input.mentions?.get(c.team);
      const name = handle ?? `\`${escapeMarkdown(c.team)}\``;
      return c.productId ? `${name} (via \`${escapeMarkdown(c.productId)}\`)` : name;
    });
    if (who.length > 0) lines.push(`- \`${escapeMarkdown(`${a.productId}.${a.port}`)}\`: ${who.join(', ')}`);
  }
  return lines;
}

function renderWaivers(findings: readonly Finding[]): string[] {
  return findings
    .filter((f) => f.message.startsWith('Waived until ') || f.ruleId === 'waiver.expiring' || f.ruleId === 'waiver.expired')
    .map((f) => `- ${f.ruleId.startsWith('waiver.') ? '⚠️' : 'ℹ️'} ${where(f)} — ${escapeMarkdown(f.message)}`);
}

function where(f: Finding): string {
  if (!f.file) return '(mesh)';
  return `\`${f.file.replace(/`/g, "'")}${f.line ? `:${f.line}` : ''}\``;
}
