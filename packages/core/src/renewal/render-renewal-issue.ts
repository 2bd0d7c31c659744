import { describeAgreementTerms } from '../agreement/render-agreement-changes.js';
import type { BotIssueContent } from '../issues/issue-action-types.js';
import { escapeCode, fitIssueBody, fitIssueTitle, renderMention, renderOwnerMention, renderProductUrl } from '../issues/issue-text.js';
import { addDays } from '../policy/apply-waivers.js';
import { escapeMarkdown } from '../render/escape-markdown.js';
import { digestRenewal, fingerprintRenewal, renderRenewalMarkers } from './renewal-issue-marker.js';
import { RENEWAL_ISSUE_LABEL, type RenewalSubject, type RenewalTeam } from './renewal-types.js';

/** The day of the run, the renewal window, and the catalog site product pages are linked to, when there is one. */
export interface RenewalIssueContext {
  today: string;
  days: number;
  siteUrl?: string;
}

/**
 * The title, body and labels of one agreement's renewal issue: the agreement in words (who reads what, why, until
 * when), when it ends and what the platform does then, both teams mentioned by their GitHub handles, and what to do —
 * renew by a pull request that moves `end` (naming whose approval it needs), or let it end and remove the file. Every
 * catalog value is escaped; only well-formed handles are mentioned. Nobody is assigned: GitHub assigns users, not the
 * teams an agreement names.
 */
export function renderRenewalIssue(s: RenewalSubject, context: RenewalIssueContext): BotIssueContent {
  const a = s.agreement;
  const ended = s.daysLeft < 0;
  const reads = `${a.team} ${ended ? 'read' : 'reads'} ${a.provider}`;
  const title = fitIssueTitle(
    ended ? `Ended on ${a.end}, renew or remove: agreement ${a.name} (${reads})` : `Renew or let end by ${a.end}: agreement ${a.name} (${reads})`,
  );
  const product = s.providerName ? `${s.providerName} (${a.provider})` : a.provider;
  const page = context.siteUrl ? ` · [product page](${renderProductUrl(context.siteUrl, a.provider)})` : '';
  const provider = s.provider ? mention(s.provider) : 'the shared product’s owner team';
  const owner = s.productOwner ? `, product owner ${renderMention(s.productOwner)}` : '';
  const body = [
    renderRenewalMarkers(fingerprintRenewal(s.id), digestRenewal(s)),
    `## Agreement ${escapeMarkdown(a.name)}: ${escapeMarkdown(a.team)} reads ${escapeMarkdown(product)}`,
    '',
    describeWhen(s),
    '',
    `Provider: ${provider}${owner} · Consumer: ${mention(s.consumer)} · domain ${escapeMarkdown(s.domain)} · file \`${escapeCode(a.file)}\`${page}`,
    '',
    '### The agreement',
    '',
    describeAgreementTerms(a),
    '',
    '### What to do',
    '',
    `- **Renew it**: a pull request that moves \`end\` in \`${escapeCode(a.file)}\` to the new last day. It needs the approval of ${describeApprovers(s)}. Once it merges, the next run closes this issue${ended ? ' and the next apply grants the access again' : ''}.`,
    ended
      ? `- **Remove it**: a pull request that deletes the file (${provider} or ${mention(s.consumer)} approves a removal); an ended agreement left in the catalog is reported by the governance rules.`
      : `- **Let it end**: nothing to do before ${escapeMarkdown(a.end)}; then remove the file in a pull request (${provider} or ${mention(s.consumer)} approves a removal).`,
    '',
    `<sub>Written by Meshplane on ${escapeMarkdown(context.today)}, ${context.days} days ahead of an agreement's end. This issue is edited in place on every run, with a comment when the end or the state changes; it is closed once the agreement is renewed beyond that window or removed.</sub>`,
    '',
  ].join('\n');
  return {
    fingerprint: fingerprintRenewal(s.id),
    title,
    body: fitIssueBody(body),
    labels: [RENEWAL_ISSUE_LABEL, ...(s.domain ? [`domain:${s.domain}`.slice(0, 50)] : [])],
  };
}

/** The comment when the end or the state an open issue shows changes, and when a closed issue is reopened. */
export function renderRenewalComment(s: RenewalSubject, event: 'changed' | 'reopened', today: string): string {
  const a = s.agreement;
  const end = escapeMarkdown(a.end);
  if (event === 'reopened')
    return s.daysLeft < 0
      ? `Ended on ${end} and still in the catalog on ${escapeMarkdown(today)}: renew it or remove it. Reopening this issue.`
      : `Due again on ${escapeMarkdown(today)}: the agreement ends on ${end}, ${inDays(s.daysLeft)}. Reopening this issue.`;
  if (s.daysLeft < 0)
    return `Ended on ${end}: the next apply revokes the access of \`${escapeCode(a.team)}\` to \`${escapeCode(a.provider)}\` (the platform granted it through its end day). Renew it by a pull request that moves \`end\`, or remove the file.`;
  return `On ${escapeMarkdown(today)}: the agreement now ends on ${end}, ${inDays(s.daysLeft)}.`;
}

/** The comment that closes a renewal issue: its agreement was renewed beyond the window (`end` given), or removed. */
export function renderRenewalClosing(later: { end?: string } | undefined, context: { today: string; days: number }): string {
  const today = escapeMarkdown(context.today);
  if (later?.end)
    return `Renewed until ${escapeMarkdown(later.end)}: the agreement no longer ends within ${context.days} days (on ${today}). Closing this issue.`;
  if (later) return `The agreement's \`end\` is no longer a date (on ${today}; mesh check reports it). Closing this issue.`;
  return `Removed: the agreement's file is gone (on ${today}), so the next apply revokes whatever it still granted. Closing this issue.`;
}

function describeWhen(s: RenewalSubject): string {
  const end = escapeMarkdown(s.agreement.end);
  const after = escapeMarkdown(addDays(s.agreement.end, 1));
  if (s.daysLeft > 0)
    return `**Ends ${inDays(s.daysLeft)}**, on ${end}. The platform grants it through that day; from ${after} the next apply revokes the access.`;
  if (s.daysLeft === 0) return `**Ends today**, ${end}: the last day the platform grants it. From ${after} the next apply revokes the access.`;
  const ago = -s.daysLeft;
  return `**Ended on ${end}**, ${ago} day${ago === 1 ? '' : 's'} ago. The platform granted it through that day; the next apply (on the next merge, or the provision workflow's daily run) revokes the access, if one has not already.`;
}

function describeApprovers(s: RenewalSubject): string {
  if (s.approvers.length === 0) return 'the shared product’s owner team';
  return s.approvers.map((x) => `${mention(x)} (${escapeMarkdown(x.why)})`).join(' and ');
}

function mention(t: RenewalTeam): string {
  return renderOwnerMention(t.team, t.handle);
}

function inDays(n: number): string {
  return n === 0 ? 'today' : `in ${n} day${n === 1 ? '' : 's'}`;
}
