import { join } from 'node:path';
import { BUILTIN_RULES, escapeMarkdown } from '@meshplane/core';
import { compilePolicyBundle } from '@meshplane/policy';
import { readCommitFiles } from '@meshplane/github';
import { selectPolicyFiles } from '@meshplane/source';
import type { AppServices, PullRef, RepoContext } from './app-context.js';
import { checkPullRequest } from './check-pull-request.js';
import { renderCommandHelp, type AppCommand } from './parse-command.js';

/**
 * Carries out a comment command on a pull request: `recheck` runs the check again (same check run, same comment);
 * `plan` and `explain` answer with a comment of their own (they were asked for); anything else gets the help.
 */
export async function runCommand(ctx: RepoContext, pull: PullRef, command: AppCommand, services: AppServices): Promise<void> {
  const at = { owner: ctx.owner, repo: ctx.repo, issue_number: pull.number };
  if (command.kind === 'recheck') {
    await checkPullRequest(ctx, pull, services);
    return;
  }
  if (command.kind === 'help') {
    await ctx.api.rest.issues.createComment({ ...at, body: renderCommandHelp(command.unknown) });
    return;
  }
  if (command.kind === 'plan') {
    const outcome = await checkPullRequest(ctx, pull, services);
    const body = outcome.plan
      ? `#### What merging would provision\n\n${outcome.plan}`
      : 'Meshplane could not plan this pull request: see its check run for why.';
    await ctx.api.rest.issues.createComment({ ...at, body });
    return;
  }
  await ctx.api.rest.issues.createComment({ ...at, body: await explainRule(ctx, pull, command.ruleId, services) });
}

/** A rule's title and rationale: a built-in rule, or a policy rule of the base branch's bundle (its METADATA). */
async function explainRule(ctx: RepoContext, pull: PullRef, ruleId: string, services: AppServices): Promise<string> {
  const builtin = BUILTIN_RULES[ruleId];
  if (builtin) return `#### \`${ruleId}\`: ${escapeMarkdown(builtin.title)}\n\n${escapeMarkdown(builtin.description)}\n`;
  const files = selectPolicyFiles(await readCommitFiles(ctx.api, { owner: ctx.owner, repo: ctx.repo, commit: pull.baseSha }, ['policies'], services.blobs));
  const rule = files ? compilePolicyBundle(files, { cacheDir: join(services.dataDir, 'cache/policy') }).rules.find((r) => r.id === ruleId) : undefined;
  if (!rule) return `No rule \`${ruleId}\` in the built-in checks or in the policies of \`${pull.baseRef}\`. \`mesh policy docs\` lists every rule.\n`;
  const lines = [
    `#### \`${rule.id}\`: ${escapeMarkdown(rule.title)}`,
    '',
    escapeMarkdown(rule.description),
    '',
    `- Severity: **${rule.severity}**${rule.enforceFrom ? ` (enforced from ${rule.enforceFrom}; a warning before)` : ''}`,
    `- Defined in \`${rule.file}:${rule.line}\` on \`${pull.baseRef}\`${rule.owner ? `, owned by ${escapeMarkdown(rule.owner)}` : ''}`,
  ];
  return lines.join('\n') + '\n';
}
