import type { FoundBotIssue } from '@meshplane/core';
import type { BotIssueKind } from './bot-issue-kind.js';
import type { GithubClient } from './create-github-client.js';
import { toGithubError } from './github-error.js';

/** A repository on GitHub. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/**
 * Every issue a bot wrote in a repository: the issues list API filtered by the kind's label, open and closed (or only
 * the open ones, for the checks around a create), all pages, keeping those whose body carries a fingerprint. Never the
 * search API, whose index lags behind writes (a just-created issue may be missing, and the bot would open a duplicate).
 */
export async function listBotIssues(client: GithubClient, ref: RepoRef, kind: BotIssueKind, state: 'all' | 'open' = 'all'): Promise<FoundBotIssue[]> {
  try {
    const issues = await client.paginate(client.rest.issues.listForRepo, { ...ref, labels: kind.label, state, per_page: 100 });
    return issues
      .filter((i) => i.pull_request === undefined && kind.readFingerprint(i.body) !== undefined)
      .map((i) => ({
        number: i.number,
        id: i.id,
        htmlUrl: i.html_url,
        state: i.state === 'closed' ? 'closed' : 'open',
        title: i.title,
        body: i.body ?? '',
        labels: i.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter((n) => n !== ''),
        ...(i.closed_at ? { closedAt: i.closed_at } : {}),
        ...(i.state_reason ? { stateReason: i.state_reason } : {}),
      }));
  } catch (e) {
    throw toGithubError(e, `list the ${kind.label} issues of ${ref.owner}/${ref.repo}`);
  }
}
