import type { RenewalReport, RenewalSubject } from './renewal-types.js';

/**
 * The renewals as `mesh access renewals` prints them: each agreement due (soonest end first) with who reads what of
 * whom, when it ends or ended, its file and whose approval a renewal needs; then the count.
 */
export function renderRenewalText(report: RenewalReport): string {
  const lines = [`Agreements ending by ${report.renewBy} (${report.days} days from ${report.today}), or ended:`];
  if (report.due.length === 0) lines.push('  none: no agreement ends within the window.');
  for (const s of report.due) {
    const a = s.agreement;
    const provider = s.provider ? `${s.provider.handle ?? s.provider.team}` : 'no owner';
    lines.push(
      '',
      `${s.id}  ${describeEnd(s)}`,
      `  ${a.team} reads ${a.ports.map((p) => p.name).join(', ')} of ${a.provider} (owner ${provider}); consumer ${s.consumer.handle ?? s.consumer.team}`,
      `  ${a.file}`,
      `  renew: move \`end\` in a pull request approved by ${s.approvers.map((x) => `${x.handle ?? x.team} (${x.why})`).join(' and ') || 'the owner team'}`,
    );
  }
  const ended = report.due.filter((s) => s.daysLeft < 0).length;
  lines.push('', `${report.due.length - ended} ending, ${ended} ended; ${report.later.length} end later.`);
  return `${lines.join('\n')}\n`;
}

function describeEnd(s: RenewalSubject): string {
  const end = s.agreement.end;
  if (s.daysLeft > 0) return `ends ${end}, in ${s.daysLeft} day${s.daysLeft === 1 ? '' : 's'}`;
  if (s.daysLeft === 0) return `ends today, ${end}`;
  return `ended ${end}, ${-s.daysLeft} day${s.daysLeft === -1 ? '' : 's'} ago: revoked by the first apply after it`;
}
