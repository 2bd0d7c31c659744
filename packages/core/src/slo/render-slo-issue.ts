import { escapeMarkdown } from '../render/escape-markdown.js';
import { escapeCode, fitIssueBody, fitIssueTitle, renderOwnerMention, renderProductUrl } from '../issues/issue-text.js';
import { describeBurnRates } from '../format/describe-burn-rates.js';
import { describeErrorBudget } from '../format/describe-error-budget.js';
import { humanizeDuration } from '../format/humanize-duration.js';
import { humanizeWindow } from '../format/humanize-window.js';
import { fingerprintSlo, renderSloMarkers } from './slo-issue-marker.js';
import { SLO_ISSUE_LABEL, type SloIssueContent, type SloIssueSubject } from './slo-issue-types.js';
import type { SloState } from './slo-types.js';

const HEADLINE: Record<SloState, string> = { ok: 'SLO recovered', 'at-risk': 'SLO at risk', breached: 'SLO breached', 'no-data': 'SLO without data' };

/**
 * The title, body and labels of the issue for one SLO. Every value from the catalog or the evaluation is escaped
 * against Markdown, HTML and @-mentions; only a well-formed `ownerHandle` is mentioned, so the owner team is notified.
 * Severity is the status's own, except `no-data`, which is always `info` (a silent pipeline is worth an issue, but
 * not a page).
 */
export function renderSloIssue(s: SloIssueSubject, siteUrl: string): SloIssueContent {
  const fingerprint = fingerprintSlo(s);
  const severity = s.state === 'no-data' ? 'info' : s.severity;
  const name = s.productName ? `${s.productName} (${s.productId})` : s.productId;
  const title = fitIssueTitle(`${HEADLINE[s.state]}: ${s.slo} of ${name} · ${s.port}`);
  const rows: Array<[string, string]> = [
    ['State', `**${s.state}** for ${humanizeDuration(Date.parse(s.evaluatedAt) - Date.parse(s.since))} (since ${escapeMarkdown(s.since)})`],
    ['Current value', s.current ? `${formatValue(s.current)} (observed ${escapeMarkdown(s.current.observedAt)})` : 'no observation'],
    ['Threshold', escapeMarkdown(s.threshold)],
    ['Objective', `${formatPercent(s.objective)} of time slices good over ${escapeMarkdown(humanizeWindow(s.window))}`],
    ['Attainment', s.attainment === undefined ? 'unknown (no data)' : formatPercent(s.attainment)],
    ['Error budget', describeErrorBudget(s.budgetRemaining, s.objective)],
    ['Burn rates', escapeMarkdown(describeBurnRates(s.burnRates))],
    ['Severity', severity],
  ];
  const body = [
    renderSloMarkers(fingerprint, s.state),
    `## ${HEADLINE[s.state]}: \`${escapeCode(s.slo)}\` (${escapeMarkdown(s.type)}) of ${escapeMarkdown(name)}, port \`${escapeCode(s.port)}\``,
    '',
    `Owner: ${renderOwnerMention(s.owner, s.ownerHandle)} · domain ${escapeMarkdown(s.domain)} · [product page](${renderProductUrl(siteUrl, s.productId)})`,
    '',
    '| | |',
    '|---|---|',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    '',
    '### What to do',
    '',
    ...ADVICE[s.state].map((line) => `- ${line}`),
    '',
    `<sub>Written by Meshplane at ${escapeMarkdown(s.evaluatedAt)}. This issue is edited in place on every run; a comment is added only when the state changes, and it is closed when the SLO recovers.</sub>`,
    '',
  ].join('\n');
  const fitted = fitIssueBody(body);
  const labels = [SLO_ISSUE_LABEL, `domain:${s.domain}`.slice(0, 50), `severity:${severity}`];
  return { fingerprint, title, body: fitted, labels };
}

/** The comment added when an SLO's state changes, the issue is closed on recovery, or reopened by a new breach. */
export function renderSloStateComment(s: SloIssueSubject, previous: SloState | undefined, event: 'changed' | 'closed' | 'reopened'): string {
  const what =
    event === 'closed'
      ? `Recovered: the SLO is **ok** since ${escapeMarkdown(s.since)}. Closing this issue.`
      : event === 'reopened'
        ? `**${s.state}** again since ${escapeMarkdown(s.since)}, soon after this issue was closed: reopening it rather than opening a new one.`
        : `State changed${previous ? ` from **${previous}**` : ''} to **${s.state}** since ${escapeMarkdown(s.since)}.`;
  const value = s.current ? ` Current value ${formatValue(s.current)} against ${escapeMarkdown(s.threshold)}.` : '';
  const words = describeErrorBudget(s.budgetRemaining, s.objective);
  const budget = s.budgetRemaining === undefined ? '' : ` ${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
  return `${what}${value}${budget}`;
}

/**
 * The comment on an issue closed as a duplicate of the one another run created for the same SLO episode at the same
 * time. It starts with `Duplicate of #N`, the words GitHub recognises to link the two.
 */
export function renderSloDuplicateComment(survivorNumber: number): string {
  return `Duplicate of #${survivorNumber}: another Meshplane run opened an issue for the same SLO episode at the same time. Closing this one; #${survivorNumber} is the issue that is kept up to date.`;
}

const ADVICE: Record<SloState, string[]> = {
  breached: [
    'Check the latest run of the pipeline that writes this port: did it fail, run late, or write fewer or emptier rows?',
    'Fix the cause and backfill the missing data; the issue closes by itself once the SLO is ok again.',
    'If the objective no longer fits the product, change the SLO in its manifest through a pull request.',
  ],
  'at-risk': ['The error budget is burning fast enough to run out before the window ends: look at the recent runs before it breaches.'],
  'no-data': [
    'No observation arrived when one was due: check that the pipeline ran and that it still reports its observations.',
    'Once an observation arrives, the issue is updated with the real state.',
  ],
  ok: ['Nothing: the SLO is met.'],
};

function formatPercent(fraction: number): string {
  return `${(Math.round(fraction * 10_000) / 100).toString()} %`;
}

/** An observed value in its unit: durations in words (`7 h 30 min`), shares as `99.2 %`, counts as `1200 rows`. */
function formatValue(current: NonNullable<SloIssueSubject['current']>): string {
  const v = current.value;
  if (current.unit === 'hours') return humanizeDuration(v * 3_600_000);
  return current.unit === 'percent' ? `${+v.toFixed(2)} %` : `${v} rows`;
}
