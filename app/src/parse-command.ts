/** A `/meshplane …` command from a pull request comment. */
export type AppCommand = { kind: 'recheck' } | { kind: 'plan' } | { kind: 'explain'; ruleId: string } | { kind: 'help'; unknown?: string };

/** The command on the comment's first line, or undefined when the comment is not addressed to Meshplane. */
export function parseCommand(body: string): AppCommand | undefined {
  const line = body.trimStart().split('\n')[0]?.trim() ?? '';
  const m = /^\/meshplane(?:\s+(\S+))?(?:\s+(\S+))?/.exec(line);
  if (!m) return undefined;
  const [, verb, arg] = m;
  if (verb === 'recheck') return { kind: 'recheck' };
  if (verb === 'plan') return { kind: 'plan' };
  if (verb === 'explain' && arg && /^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/.test(arg)) return { kind: 'explain', ruleId: arg };
  if (verb === undefined || verb === 'help') return { kind: 'help' };
  return { kind: 'help', unknown: verb.slice(0, 40) };
}

/** The reply to `/meshplane help` or an unknown command. */
export function renderCommandHelp(unknown?: string): string {
  return [
    unknown ? `Meshplane does not know \`/meshplane ${unknown.replace(/`/g, "'")}\`. It understands:` : 'Meshplane understands:',
    '',
    '- `/meshplane recheck` — check this pull request again (its check run, comment, labels and reviewers)',
    '- `/meshplane plan` — what merging would provision on the data platform',
    '- `/meshplane explain <rule-id>` — what a rule demands and why (e.g. `/meshplane explain schema.required`)',
    '',
  ].join('\n');
}
