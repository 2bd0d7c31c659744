import { readSloMarkers, SLO_ISSUE_LABEL, type FoundSloIssue } from '@meshplane/core';
import type { GithubClient } from './create-github-client.js';
import { toGithubError } from './github-error.js';

/** A repository on GitHub. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/**
 * Every issue the SLO bot wrote in a repository: the issues list API filtered by the `slo-breach` label, open and
 * closed (or only the open ones, for the checks around a create), all pages, keeping those whose body carries a
 * fingerprint. Never the search API, whose index lags behind writes (a just-created issue may be missing, and the bot
 * would open a duplicate).
 */
export async function listSloIssues(client: GithubClient, ref: RepoRef, state: 'all' | 'open' = 'all'): Promise<FoundSloIssue[]> {
  try {
    const issues = await client.paginate(client.rest.issues.listForRepo, { ...ref, labels: SLO_ISSUE_LABEL, state, per_page: 100 });
    return issues
      .filter((i) => i.pull_request === undefined && readSloMarkers(i.body) !== undefined)
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
    throw toGithubError(e, `list the ${SLO_ISSUE_LABEL} issues of ${ref.owner}/${ref.repo}`);
  }
}
