import type { BotIssueContent, BotIssueWrite, FoundBotIssue } from './issue-action-types.js';
import { mergeBotLabels, sameLabels } from './merge-bot-labels.js';

/** One thing to do for one subject's issue; `none` says why nothing is needed. */
export type PlannedBotIssueAction = BotIssueWrite | { kind: 'none'; fingerprint: string; issueNumber?: number; reason: string };

/** What a bot that keeps one issue per subject says, and how it finds its issues again. */
export interface BotIssuePlanning<S> {
  /** The fingerprint hidden in a body, and the digest of the state it shows (a comment marks each change of it). */
  readMarkers: (body: string) => { fingerprint: string; digest?: string } | undefined;
  /** The subject's issue as it should read now. */
  render: (subject: S) => BotIssueContent;
  /** Label prefixes whose earlier labels give way to the bot's new ones (`domain:`). */
  replacedLabels: readonly string[];
  /** The comment when the state an open issue shows changes, or when a closed issue is reopened. */
  renderComment: (subject: S, event: 'changed' | 'reopened') => string;
  /** The comment that closes an open issue whose fingerprint has no subject any more. */
  renderClosing: (fingerprint: string) => string;
}

/**
 * Decides what a bot does to keep one issue per subject, from the subjects of today and the issues it wrote before
 * (found by their hidden fingerprint):
 *
 * - a subject with an open issue: edit it in place when its text or labels differ, with a comment when the digest of
 *   its state changed; nothing when it already says this;
 * - a subject without an open issue: reopen its last closed issue (never one closed as a duplicate), so a subject
 *   keeps one issue, or else create one;
 * - an open issue whose subject is gone: close it with a comment.
 *
 * @example planBotIssueActions(report.products, found, expiryPlanning) // [{ kind: 'create', fingerprint: 'podcast.podcast-listeners', … }]
 */
export function planBotIssueActions<S>(subjects: readonly S[], found: readonly FoundBotIssue[], planning: BotIssuePlanning<S>): PlannedBotIssueAction[] {
  const byFingerprint = new Map<string, FoundBotIssue[]>();
  for (const issue of found) {
    const fp = planning.readMarkers(issue.body)?.fingerprint;
    if (fp) byFingerprint.set(fp, [...(byFingerprint.get(fp) ?? []), issue]);
  }
  const actions: PlannedBotIssueAction[] = [];
  const planned = new Set<string>();
  for (const subject of subjects) {
    const content = planning.render(subject);
    planned.add(content.fingerprint);
    const issues = byFingerprint.get(content.fingerprint) ?? [];
    const open = issues.filter((i) => i.state === 'open').sort((a, b) => a.number - b.number)[0];
    if (open) {
      actions.push(planOpenIssue(subject, content, open, planning));
      continue;
    }
    const last = issues.filter((i) => i.state === 'closed' && i.stateReason !== 'duplicate').sort((a, b) => b.number - a.number)[0];
    if (last) actions.push({ ...content, kind: 'reopen', issueNumber: last.number, comment: planning.renderComment(subject, 'reopened') });
    else actions.push({ ...content, kind: 'create' });
  }
  for (const [fingerprint, issues] of byFingerprint) {
    if (planned.has(fingerprint)) continue;
    for (const open of issues.filter((i) => i.state === 'open')) {
      const { title, body, labels } = open;
      actions.push({ kind: 'close', fingerprint, issueNumber: open.number, title, body, labels, comment: planning.renderClosing(fingerprint) });
    }
  }
  return actions;
}

function planOpenIssue<S>(subject: S, content: BotIssueContent, open: FoundBotIssue, planning: BotIssuePlanning<S>): PlannedBotIssueAction {
  const changed = planning.readMarkers(open.body)?.digest !== planning.readMarkers(content.body)?.digest;
  const labels = mergeBotLabels(open.labels, content.labels, planning.replacedLabels);
  if (!changed && open.body === content.body && open.title === content.title && sameLabels(open.labels, labels)) {
    return { kind: 'none', fingerprint: content.fingerprint, issueNumber: open.number, reason: 'the issue already shows this' };
  }
  const comment = changed ? { comment: planning.renderComment(subject, 'changed') } : {};
  return { ...content, labels, kind: 'update', issueNumber: open.number, ...comment };
}
