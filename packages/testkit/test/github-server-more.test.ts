import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Octokit } from '@octokit/rest';
import { startGithubServer, type GithubServer } from '@meshplane/testkit';

const repo = { owner: 'daff', repo: 'mesh' };
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
let github: GithubServer;
let octokit: Octokit;

beforeEach(async () => {
  github = await startGithubServer();
  octokit = new Octokit({ baseUrl: github.url, auth: 'test-token', log: quiet });
});
afterEach(async () => {
  await github.close();
});

describe('the local GitHub server: reviews, review requests, deployments, check runs by ref', () => {
  it('keeps review requests and reviews per pull request', async () => {
    await octokit.rest.pulls.requestReviewers({ ...repo, pull_number: 4, reviewers: ['alice'], team_reviewers: ['podcast-data', 'governance'] });
    await octokit.rest.pulls.requestReviewers({ ...repo, pull_number: 4, team_reviewers: ['governance'] });
    await octokit.rest.pulls.removeRequestedReviewers({ ...repo, pull_number: 4, reviewers: ['alice'] });
    const requested = await octokit.rest.pulls.listRequestedReviewers({ ...repo, pull_number: 4 });
    expect(requested.data.users).toEqual([]);
    expect(requested.data.teams.map((t) => t.slug)).toEqual(['podcast-data', 'governance']);
    await octokit.rest.pulls.createReview({ ...repo, pull_number: 4, event: 'REQUEST_CHANGES', body: 'fix the schema' });
    const reviews = await octokit.rest.pulls.listReviews({ ...repo, pull_number: 4 });
    expect(reviews.data.map((r) => r.state)).toEqual(['CHANGES_REQUESTED']);
    expect((await octokit.rest.pulls.listReviews({ ...repo, pull_number: 5 })).data).toEqual([]);
    github.assertNoViolations();
  });

  it('keeps deployments and their statuses, newest first', async () => {
    const d = await octokit.rest.repos.createDeployment({ ...repo, ref: 'main', environment: 'platform', auto_merge: false, required_contexts: [] });
    expect(d.status).toBe(201);
    const id = (d.data as { id: number }).id;
    await octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: id, state: 'in_progress' });
    await octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: id, state: 'failure', description: 'apply failed: locked' });
    const statuses = await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: id });
    expect(statuses.data.map((s) => s.state)).toEqual(['failure', 'in_progress']);
    expect((await octokit.rest.repos.listDeployments({ ...repo, environment: 'platform' })).data).toHaveLength(1);
    expect((await octokit.rest.repos.listDeployments({ ...repo, environment: 'site' })).data).toHaveLength(0);
    const bad = (await octokit
      .request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...repo, deployment_id: id, state: 'done' } as never)
      .catch((e: unknown) => e)) as {
      status: number;
    };
    expect(bad.status).toBe(422);
    expect(github.violations).toHaveLength(1);
  });

  it('lists check runs for a ref', async () => {
    const sha = 'b'.repeat(40);
    await octokit.rest.checks.create({ ...repo, name: 'Meshplane', head_sha: sha, status: 'completed', conclusion: 'success' });
    await octokit.rest.checks.create({ ...repo, name: 'Other', head_sha: 'c'.repeat(40) });
    const runs = await octokit.rest.checks.listForRef({ ...repo, ref: sha });
    expect(runs.data).toMatchObject({ total_count: 1, check_runs: [{ name: 'Meshplane', conclusion: 'success' }] });
    github.assertNoViolations();
  });

  it('holds calls until enough are waiting, then answers them from the state at release', async () => {
    github.holdNext('issues/list-for-repo', { together: 2, times: 2 });
    let settled = false;
    const first = octokit.rest.issues.listForRepo({ ...repo, state: 'all' }).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(settled).toBe(false);
    await octokit.rest.issues.create({ ...repo, title: 'made while the list was held' });
    const second = await octokit.rest.issues.listForRepo({ ...repo, state: 'all' });
    expect((await first).data.map((i) => i.title)).toEqual(['made while the list was held']);
    expect(second.data).toHaveLength(1);
    expect((await octokit.rest.issues.listForRepo(repo)).data).toHaveLength(1);
    github.assertNoViolations();
  });

  it('closes an issue as a duplicate of an existing one, and refuses a duplicate_issue_id that names none', async () => {
    const kept = await octokit.rest.issues.create({ ...repo, title: 'kept' });
    const dup = await octokit.rest.issues.create({ ...repo, title: 'duplicate' });
    const wrong = await octokit.rest.issues
      .update({ ...repo, issue_number: dup.data.number, state: 'closed', state_reason: 'duplicate', duplicate_issue_id: 999_999 })
      .catch((e: unknown) => e as { status: number });
    expect(wrong.status).toBe(422);
    const self = await octokit.rest.issues
      .update({ ...repo, issue_number: dup.data.number, state: 'closed', state_reason: 'duplicate', duplicate_issue_id: dup.data.id })
      .catch((e: unknown) => e as { status: number });
    expect(self.status).toBe(422);
    const closed = await octokit.rest.issues.update({
      ...repo,
      issue_number: dup.data.number,
      state: 'closed',
      state_reason: 'duplicate',
      duplicate_issue_id: kept.data.id,
    });
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'duplicate' });
    github.assertNoViolations();
  });
});
