import type { FoundBotIssue } from '../issues/issue-action-types.js';
import { planBotIssueActions, type PlannedBotIssueAction } from '../issues/plan-bot-issue-actions.js';
import { readExpiryMarkers } from './expiry-issue-marker.js';
import type { ExpiryReport } from './expiry-types.js';
import { renderExpiryComment, renderExpiryIssue } from './render-expiry-issue.js';

/** One thing to do for one product's expiry issue; `none` says why nothing is needed. */
export type ExpiryIssueAction = PlannedBotIssueAction;

/**
 * Decides what the expiry bot does, one issue per product, from the report and the issues it wrote before (found by
 * their hidden fingerprint), as {@link planBotIssueActions} does for every such bot:
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
  const context = { today: report.today, upcomingBy: report.upcomingBy, ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}) };
  return planBotIssueActions(report.products, found, {
    readMarkers: readExpiryMarkers,
    render: (subject) => renderExpiryIssue(subject, context),
    replacedLabels: ['domain:'],
    renderComment: (subject, event) => renderExpiryComment(subject, event, report.today),
    renderClosing: () => renderExpiryComment(undefined, 'closed', report.today),
  });
}
