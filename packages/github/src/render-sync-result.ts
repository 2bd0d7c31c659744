import type { SyncSloIssuesResult } from './sync-slo-issues.js';

/** What `mesh slo sync-issues` did (or would do, on a dry run) to each issue, and the counts. */
export function renderSyncResult(repository: string, result: SyncSloIssuesResult): string {
  const lines = [`SLO issues in ${repository}${result.dryRun ? ' (dry run: nothing was changed)' : ''}:`];
  for (const o of result.outcomes) {
    const issue = o.issueNumber !== undefined ? ` #${o.issueNumber}` : '';
    const verb = result.dryRun && o.kind !== 'none' ? `would ${o.kind}` : o.kind;
    const detail = o.error
      ? ` FAILED: ${o.error.message} [${o.error.code}]`
      : o.reason
        ? ` (${o.reason})`
        : o.recovered
          ? ' (found after a failed answer, not repeated)'
          : '';
    lines.push(`  ${verb.padEnd(13)} ${o.fingerprint}${issue}  ${o.state}${detail}`);
  }
  for (const n of result.notes) lines.push(`  note: ${n}`);
  const count = (k: string): number => result.outcomes.filter((o) => o.kind === k && !o.error).length;
  const words = result.dryRun ? ['to create', 'to update', 'to reopen', 'to close'] : ['created', 'updated', 'reopened', 'closed'];
  const counts = ['create', 'update', 'reopen', 'close'].map((k, i) => `${count(k)} ${words[i]}`);
  lines.push(`${counts.join(', ')}, ${count('none')} unchanged; ${result.failed.length} failed.`);
  return lines.join('\n') + '\n';
}
