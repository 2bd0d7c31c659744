import type { FoundBotIssue } from '../issues/issue-action-types.js';
import { planBotIssueActions, type PlannedBotIssueAction } from '../issues/plan-bot-issue-actions.js';
import { fingerprintRenewal, readRenewalMarkers } from './renewal-issue-marker.js';
import type { RenewalReport } from './renewal-types.js';
import { renderRenewalClosing, renderRenewalComment, renderRenewalIssue } from './render-renewal-issue.js';

/** One thing to do for one agreement's renewal issue; `none` says why nothing is needed. */
export type RenewalIssueAction = PlannedBotIssueAction;

/**
 * Decides what the renewal bot does, one issue per agreement, from the day's renewals and the issues it wrote before
 * (found by the agreement id hidden in their bodies), as {@link planBotIssueActions} does for every such bot:
 *
 * - an agreement due for renewal: its issue is created, or edited in place as the days go by (a comment when its end
 *   moves or it ends: from then on the plan revokes it), or its last closed issue is reopened — never a second one;
 * - an open issue whose agreement now ends beyond the window is closed as renewed (`Renewed until …`), one whose
 *   agreement is gone as removed.
 *
 * @example planRenewalIssueActions(report, found, {}) // [{ kind: 'create', fingerprint: 'podcast.podcast-listeners%2Fgrowth-analytics', … }]
 */
export function planRenewalIssueActions(report: RenewalReport, found: readonly FoundBotIssue[], options: { siteUrl?: string }): RenewalIssueAction[] {
  const context = { today: report.today, days: report.days, ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}) };
  const later = new Map(report.later.map((l) => [fingerprintRenewal(l.id), l]));
  return planBotIssueActions(report.due, found, {
    readMarkers: readRenewalMarkers,
    render: (subject) => renderRenewalIssue(subject, context),
    replacedLabels: ['domain:'],
    renderComment: (subject, event) => renderRenewalComment(subject, event, report.today),
    renderClosing: (fingerprint) => renderRenewalClosing(later.get(fingerprint), context),
  });
}
