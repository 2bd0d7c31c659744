import type { BotIssueWrite, FoundBotIssue } from '../issues/issue-action-types.js';
import { mergeBotLabels, sameLabels } from '../issues/merge-bot-labels.js';
import { readExpiryMarkers } from './expiry-issue-marker.js';
import type { ExpiryReport } from './expiry-types.js';
import { renderExpiryComment, renderExpiryIssue } from './render-expiry-issue.js';

/** One thing to do for one product's expiry issue; `none` says why nothing is needed. */
export type ExpiryIssueAction = BotIssueWrite | { kind: 'none'; fingerprint: string; issueNumber?: number; reason: string };

/**
 * Decides what the expiry bot does, one issue per product, from the report and the issues it wrote before (found by
 * their hidden fingerprint):
 *
 * - a product with expiries and an open issue: edit it in place when its text differs, with a comment when what has
 *   expired changed; nothing when it already says this;
 * - a product with expiries and no open issue: reopen its last closed issue (never one closed as a duplicate), so a
 *   product keeps one issue, or else create one;
 * - an open issue whose product has no expiry left (fixed, or the product is gone): close it with a comment.
 *
 * @example planExpiryIssueActions(report, found, {}) // [{ kind: 'create', fingerprint: 'podcast.podcast-listeners', … }]
 */
export function planExpiryIssueActions(report: ExpiryReport, found: readonly FoundBotIssue[], options: { siteUrl?: string }): ExpiryIssueAction[] {
  const byFingerprint = new Map<string, FoundBotIssue[]>();
  for (const issue of found) {
    const fp = readExpiryMarkers(issue.body)?.fingerprint;
    if (fp) byFingerprint.set(fp, [...(byFingerprint.get(fp) ?? []), issue]);
  }
  const context = { today: report.today, upcomingBy: report.upcomingBy, ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}) };
  const actions: ExpiryIssueAction[] = [];
  const planned = new Set<string>();
  for (const subject of report.products) {
    const content = renderExpiryIssue(subject, context);
    planned.add(content.fingerprint);
    const issues = byFingerprint.get(content.fingerprint) ?? [];
    const open = issues.filter((i) => i.state === 'open').sort((a, b) => a.number - b.number)[0];
    if (open) {
      const changed = readExpiryMarkers(open.body)?.digest !== readExpiryMarkers(content.body)?.digest;
      const labels = mergeBotLabels(open.labels, content.labels, ['domain:']);
      if (!changed && open.body === content.body && open.title === content.title && sameLabels(open.labels, labels)) {
        actions.push({ kind: 'none', fingerprint: content.fingerprint, issueNumber: open.number, reason: 'the issue already shows this' });
      } else {
        const comment = changed ? { comment: renderExpiryComment(subject, 'changed', report.today) } : {};
        actions.push({ ...content, labels, kind: 'update', issueNumber: open.number, ...comment });
      }
      continue;
    }
    const last = issues.filter((i) => i.state === 'closed' && i.stateReason !== 'duplicate').sort((a, b) => b.number - a.number)[0];
    if (last) actions.push({ ...content, kind: 'reopen', issueNumber: last.number, comment: renderExpiryComment(subject, 'reopened', report.today) });
    else actions.push({ ...content, kind: 'create' });
  }
  for (const [fingerprint, issues] of byFingerprint) {
    if (planned.has(fingerprint)) continue;
    for (const open of issues.filter((i) => i.state === 'open')) {
      actions.push({
        kind: 'close',
        fingerprint,
        issueNumber: open.number,
        title: open.title,
        body: open.body,
        labels: open.labels,
        comment: renderExpiryComment(undefined, 'closed', report.today),
      });
    }
  }
  return actions;
}
