import { mergeBotLabels, sameLabels } from '../issues/merge-bot-labels.js';
import { readSloMarkers } from './slo-issue-marker.js';
import { renderSloIssue, renderSloStateComment } from './render-slo-issue.js';
import type { FoundSloIssue, SloIssueAction, SloIssueContent, SloIssuePlanOptions, SloIssueSubject } from './slo-issue-types.js';
import type { SloState } from './slo-types.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Decides what the issue bot does for each SLO, from the statuses, the issues it wrote before (open and closed, found
 * by their hidden fingerprint) and the time. One issue per product + port + SLO episode:
 *
 * - no open issue and the state calls for one (`breached`, `no-data`, and `at-risk` when `openOnAtRisk`): reopen the
 *   issue closed within the cooldown (default 24 h, so a flapping SLO makes no storm), or else create one;
 * - an open issue and the SLO is `ok`: close it with a comment;
 * - an open issue otherwise: edit it in place, with a comment only when the state differs from the one it shows;
 * - nothing when the issue already says exactly this, or when the SLO is fine and no issue is open.
 *
 * Statuses for the same fingerprint after the first are ignored (reported as `none`).
 *
 * @example
 * const actions = planSloIssueActions(statuses, foundIssues, { siteUrl: 'https://mesh.daff.example', now: '2026-11-22T06:00:00Z' });
 * // [{ kind: 'create', fingerprint: 'podcast.podcast-listeners/daily/freshness', title: 'SLO breached: …', … }]
 */
export function planSloIssueActions(statuses: SloIssueSubject[], found: FoundSloIssue[], options: SloIssuePlanOptions): SloIssueAction[] {
  const byFingerprint = groupByFingerprint(found);
  const seen = new Set<string>();
  return statuses.map((status) => {
    const content = renderSloIssue(status, options.siteUrl);
    if (seen.has(content.fingerprint)) return { kind: 'none', fingerprint: content.fingerprint, state: status.state, reason: 'duplicate status in the input' };
    seen.add(content.fingerprint);
    return planOne(status, content, byFingerprint.get(content.fingerprint) ?? [], options);
  });
}

function planOne(status: SloIssueSubject, content: SloIssueContent, issues: FoundSloIssue[], options: SloIssuePlanOptions): SloIssueAction {
  const state = status.state;
  // Oldest open first: should a duplicate ever exist, the bot keeps working on the first one.
  const open = issues.filter((i) => i.state === 'open').sort((a, b) => a.number - b.number)[0];
  if (open) {
    const shown = readSloMarkers(open.body)?.state;
    if (state === 'ok') {
      return { ...content, kind: 'close', state, issueNumber: open.number, comment: renderSloStateComment(status, shown, 'closed') };
    }
    const labels = mergeLabels(open.labels, content.labels);
    const changed = shown !== state;
    if (!changed && open.body === content.body && open.title === content.title && sameLabels(open.labels, labels)) {
      return { kind: 'none', fingerprint: content.fingerprint, state, issueNumber: open.number, reason: 'the issue already shows this' };
    }
    return {
      ...content,
      labels,
      kind: 'update',
      state,
      issueNumber: open.number,
      ...(changed ? { comment: renderSloStateComment(status, shown, 'changed') } : {}),
    };
  }
  if (!opensIssue(state, options)) return { kind: 'none', fingerprint: content.fingerprint, state, reason: `no open issue, and ${state} opens none` };
  const cooldown = options.reopenCooldownMs ?? DAY_MS;
  const now = Date.parse(options.now);
  const recent = issues
    // A duplicate closed by a concurrent run is not the episode's issue: its survivor is.
    .filter((i) => i.state === 'closed' && i.stateReason !== 'duplicate' && i.closedAt !== undefined && now - Date.parse(i.closedAt) <= cooldown)
    .sort((a, b) => Date.parse(b.closedAt ?? '') - Date.parse(a.closedAt ?? ''))[0];
  if (recent) {
    return {
      ...content,
      labels: mergeLabels(recent.labels, content.labels),
      kind: 'reopen',
      state,
      issueNumber: recent.number,
      comment: renderSloStateComment(status, readSloMarkers(recent.body)?.state, 'reopened'),
    };
  }
  return { ...content, kind: 'create', state };
}

function opensIssue(state: SloState, options: SloIssuePlanOptions): boolean {
  return state === 'breached' || state === 'no-data' || (state === 'at-risk' && options.openOnAtRisk === true);
}

function groupByFingerprint(found: FoundSloIssue[]): Map<string, FoundSloIssue[]> {
  const map = new Map<string, FoundSloIssue[]>();
  for (const issue of found) {
    const fp = readSloMarkers(issue.body)?.fingerprint;
    if (fp) map.set(fp, [...(map.get(fp) ?? []), issue]);
  }
  return map;
}

/** The bot's labels replace its own earlier `domain:` and `severity:` labels; labels people added stay. */
function mergeLabels(existing: string[], ours: string[]): string[] {
  return mergeBotLabels(existing, ours, ['domain:', 'severity:']);
}
