import type { GithubError } from './github-error.js';
import type { BotIssueAction, BotIssueOutcome, BotIssueSyncResult } from './sync-bot-issues.js';
import type { SyncExpiryIssuesResult } from './sync-expiry-issues.js';
import type { SyncRenewalIssuesResult } from './sync-renewal-issues.js';
import type { SyncSloIssuesResult } from './sync-slo-issues.js';

/** One line of a sync report: what was (or would be) done to one issue. */
interface SyncLine {
  kind: string;
  fingerprint: string;
  issueNumber?: number;
  /** After the fingerprint: the SLO state, or nothing. */
  label?: string;
  reason?: string;
  recovered?: boolean;
  error?: GithubError;
}

/** What `mesh slo sync-issues` did (or would do, on a dry run) to each issue, and the counts. */
export function renderSyncResult(repository: string, result: SyncSloIssuesResult): string {
  return renderSyncLines(
    `SLO issues in ${repository}`,
    result.dryRun,
    result.outcomes.map((o) => ({ ...o, label: o.state })),
    result.notes,
  );
}

/** What `mesh expiry sync-issues` did (or would do, on a dry run) to each product's issue, and the counts. */
export function renderExpirySyncResult(repository: string, result: SyncExpiryIssuesResult): string {
  return renderBotIssueSyncResult(`Expiry issues in ${repository}`, result);
}

/** What `mesh access sync-issues` did (or would do, on a dry run) to each agreement's renewal issue, and the counts. */
export function renderRenewalSyncResult(repository: string, result: SyncRenewalIssuesResult): string {
  return renderBotIssueSyncResult(`Renewal issues in ${repository}`, result);
}

/**
 * What a sync of one issue per subject did (or would do, on a dry run): a line per issue, titled `title`, with the
 * subject's fingerprint decoded, then the notes and the counts.
 */
export function renderBotIssueSyncResult(title: string, result: BotIssueSyncResult<BotIssueAction>): string {
  const line = (o: BotIssueOutcome<BotIssueAction>): SyncLine => ({
    kind: o.action.kind,
    fingerprint: decodeURIComponent(o.action.fingerprint),
    ...(o.issueNumber !== undefined ? { issueNumber: o.issueNumber } : {}),
    ...(o.action.kind === 'none' ? { reason: o.action.reason } : {}),
    ...(o.recovered ? { recovered: true } : {}),
    ...(o.error ? { error: o.error } : {}),
  });
  return renderSyncLines(title, result.dryRun, result.outcomes.map(line), result.notes);
}

function renderSyncLines(title: string, dryRun: boolean, outcomes: SyncLine[], notes: readonly string[]): string {
  const lines = [`${title}${dryRun ? ' (dry run: nothing was changed)' : ''}:`];
  for (const o of outcomes) {
    const issue = o.issueNumber !== undefined ? ` #${o.issueNumber}` : '';
    const verb = dryRun && o.kind !== 'none' ? `would ${o.kind}` : o.kind;
    const detail = o.error
      ? ` FAILED: ${o.error.message} [${o.error.code}]`
      : o.reason
        ? ` (${o.reason})`
        : o.recovered
          ? ' (found after a failed answer, not repeated)'
          : '';
    lines.push(`  ${verb.padEnd(13)} ${o.fingerprint}${issue}${o.label ? `  ${o.label}` : ''}${detail}`);
  }
  for (const n of notes) lines.push(`  note: ${n}`);
  const count = (k: string): number => outcomes.filter((o) => o.kind === k && !o.error).length;
  const words = dryRun ? ['to create', 'to update', 'to reopen', 'to close'] : ['created', 'updated', 'reopened', 'closed'];
  const counts = ['create', 'update', 'reopen', 'close'].map((k, i) => `${count(k)} ${words[i]}`);
  const failed = outcomes.filter((o) => o.error !== undefined).length;
  lines.push(`${counts.join(', ')}, ${count('none')} unchanged; ${failed} failed.`);
  return lines.join('\n') + '\n';
}
