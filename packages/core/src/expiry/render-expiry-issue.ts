import type { BotIssueContent } from '../issues/issue-action-types.js';
import { escapeCode, fitIssueBody, fitIssueTitle, renderOwnerMention, renderProductUrl } from '../issues/issue-text.js';
import type { Finding } from '../model/finding.js';
import { escapeMarkdown } from '../render/escape-markdown.js';
import { digestFindings, fingerprintExpiry, renderExpiryMarkers } from './expiry-issue-marker.js';
import { EXPIRY_ISSUE_LABEL, type ExpirySubject } from './expiry-types.js';

/** Where the issue's links go: the catalog site (product pages), when there is one. */
export interface ExpiryIssueContext {
  today: string;
  upcomingBy: string;
  siteUrl?: string;
}

/**
 * The title, body and labels of one product's expiry issue: a table of what has expired (each finding with its
 * file:line and what to do) and one of what will expire within the look-ahead. Every catalog value is escaped; only a
 * well-formed owner handle is mentioned.
 */
export function renderExpiryIssue(s: ExpirySubject, context: ExpiryIssueContext): BotIssueContent {
  const fingerprint = fingerprintExpiry(s.productId);
  const name = s.productName ? `${s.productName} (${s.productId})` : s.productId;
  const errors = s.current.filter((f) => f.severity === 'error').length;
  const soon = s.current.length - errors + s.upcoming.length;
  const title = fitIssueTitle(
    errors > 0
      ? `Expired in ${name}: ${count(errors, 'error')}${soon > 0 ? `, ${soon} more soon` : ''}`
      : `Expiring in ${name} by ${context.upcomingBy}: ${count(soon, 'finding')}`,
  );
  const page = context.siteUrl ? ` · [product page](${renderProductUrl(context.siteUrl, s.productId)})` : '';
  const body = [
    renderExpiryMarkers(fingerprint, digestFindings(s.current)),
    `## Time-based findings in ${escapeMarkdown(name)}`,
    '',
    `Owner: ${renderOwnerMention(s.owner, s.ownerHandle)} · domain ${escapeMarkdown(s.domain)} · manifest \`${escapeCode(s.file)}\`${page}`,
    '',
    'Nothing in the catalog changed: the date did. A consumer grant, a waiver or the `enforceFrom` date of a rule has',
    'passed, or will soon. Pull requests that touch this product fail on these errors until they are fixed; pull',
    'requests elsewhere in the mesh do not.',
    '',
    ...renderSection(`Now (${context.today})`, s.current),
    ...renderSection(`Expiring by ${context.upcomingBy}`, s.upcoming),
    '### What to do',
    '',
    '- Renew what is still agreed (a new `until` date on the grant, a waiver renewed by the governance group), or',
    '  remove what is no longer needed, in a pull request on the files named above.',
    '- Fix what a rule now enforces; `mesh check --today <day>` shows the findings of any day.',
    '',
    `<sub>Written by Meshplane on ${escapeMarkdown(context.today)}. This issue is edited in place on every run; a comment is added when what has expired changes, and it is closed once nothing is left.</sub>`,
    '',
  ].join('\n');
  return { fingerprint, title, body: fitIssueBody(body), labels: [EXPIRY_ISSUE_LABEL, `domain:${s.domain}`.slice(0, 50)] };
}

/** The comment when what has expired changes, when the issue is reopened, and when it is closed. */
export function renderExpiryComment(s: ExpirySubject | undefined, event: 'changed' | 'reopened' | 'closed', today: string): string {
  if (event === 'closed' || !s) return `Fixed: no time-based finding is left for this product on ${escapeMarkdown(today)}. Closing this issue.`;
  const what = `${count(s.current.length, 'time-based finding')} now, ${s.upcoming.length} more by the end of the look-ahead`;
  const list = s.current.slice(0, 10).map((f) => `- ${describeFinding(f)}`);
  return [event === 'reopened' ? `Back on ${escapeMarkdown(today)}: ${what}. Reopening this issue.` : `On ${escapeMarkdown(today)}: ${what}.`, ...list].join(
    '\n',
  );
}

function renderSection(heading: string, findings: readonly Finding[]): string[] {
  if (findings.length === 0) return [];
  const rows = findings.map((f) => `| ${f.severity} | \`${escapeCode(where(f))}\` | ${escapeMarkdown(f.message)} | ${escapeMarkdown(f.hint ?? '')} |`);
  return [`### ${heading}`, '', '| Severity | Where | What | What to do |', '|---|---|---|---|', ...rows, ''];
}

function describeFinding(f: Finding): string {
  return `${f.severity} \`${escapeCode(where(f))}\`: ${escapeMarkdown(f.message)}`;
}

function where(f: Finding): string {
  return `${f.file ?? ''}${f.line ? `:${f.line}` : ''}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
