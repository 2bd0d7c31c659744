import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Octokit } from '@octokit/rest';
import { startGithubServer, type GithubServer } from '@meshplane/testkit';

const repo = { owner: 'daff', repo: 'mesh' };
let github: GithubServer;
let octokit: Octokit;

beforeEach(async () => {
  github = await startGithubServer();
  octokit = new Octokit({ baseUrl: github.url, auth: 'test-token', log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} } });
});
afterEach(async () => {
  await github.close();
});

describe('the local GitHub server', () => {
  it('keeps issues, labels, comments and assignees in GitHub JSON shape', async () => {
    github.setNow(new Date('2026-11-01T10:00:00Z'));
    const created = await octokit.rest.issues.create({
      ...repo,
      title: 'Late load',
      body: 'b',
      labels: ['slo-breach', 'domain:podcast'],
      assignees: ['alice'],
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      number: 1,
      state: 'open',
      html_url: 'https://github.com/daff/mesh/issues/1',
      created_at: '2026-11-01T10:00:00.000Z',
      closed_at: null,
      labels: [{ name: 'slo-breach' }, { name: 'domain:podcast' }],
      assignees: [{ login: 'alice' }],
    });
    expect(created.data.node_id).toEqual(expect.any(String));
    await octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'still broken' });
    github.setNow(new Date('2026-11-02T10:00:00Z'));
    const closed = await octokit.rest.issues.update({ ...repo, issue_number: 1, state: 'closed' });
    expect(closed.data).toMatchObject({ state: 'closed', closed_at: '2026-11-02T10:00:00.000Z', comments: 1, state_reason: 'completed' });
    const comments = await octokit.rest.issues.listComments({ ...repo, issue_number: 1 });
    expect(comments.data.map((c) => c.body)).toEqual(['still broken']);
    expect((await octokit.rest.issues.listForRepo({ ...repo })).data).toEqual([]);
    expect((await octokit.rest.issues.listForRepo({ ...repo, state: 'all', labels: 'slo-breach' })).data).toHaveLength(1);
    github.assertNoViolations();
  });

  it('paginates with Link headers, as Octokit follows them', async () => {
    for (let i = 0; i < 7; i += 1) await octokit.rest.issues.create({ ...repo, title: `issue ${i}`, labels: i % 2 === 0 ? ['even'] : [] });
    const first = await octokit.rest.issues.listForRepo({ ...repo, per_page: 3, direction: 'asc' });
    expect(first.data.map((i) => i.number)).toEqual([1, 2, 3]);
    expect(first.headers.link).toContain('rel="next"');
    expect(first.headers.link).toContain('page=3');
    const all = await octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, per_page: 2, state: 'all' });
    expect(all.map((i) => i.number)).toEqual([7, 6, 5, 4, 3, 2, 1]);
    const even = await octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, per_page: 2, labels: 'even' });
    expect(even).toHaveLength(4);
    expect(github.requests.filter((r) => r.operationId === 'issues/list-for-repo')).toHaveLength(1 + 4 + 2);
    github.assertNoViolations();
  });

  it('rejects what GitHub would reject, and records it', async () => {
    const attempts: Array<[string, () => Promise<unknown>]> = [
      ['missing title', () => octokit.request('POST /repos/{owner}/{repo}/issues', { ...repo, body: 'no title' } as never)],
      ['unknown state', () => octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, issue_number: 1, state: 'resolved' } as never)],
      ['wrong type', () => octokit.request('POST /repos/{owner}/{repo}/issues', { ...repo, title: 'x', labels: 'slo-breach' } as never)],
      ['unknown route', () => octokit.request('GET /repos/{owner}/{repo}/isues', repo)],
      ['bad query enum', () => octokit.request('GET /repos/{owner}/{repo}/issues', { ...repo, state: 'everything' } as never)],
    ];
    const statuses: number[] = [];
    for (const [, attempt] of attempts) {
      const error = (await attempt().catch((e: unknown) => e)) as { status?: number };
      statuses.push(error.status ?? 0);
    }
    expect(statuses).toEqual([422, 422, 422, 404, 422]);
    expect(github.violations).toHaveLength(5);
    expect(github.violations[0]?.reasons.join()).toContain("must have required property 'title'");
    expect(github.violations[1]?.reasons.join()).toContain('must be equal to one of the allowed values');
    expect(() => github.assertNoViolations()).toThrow(/5 request\(s\) GitHub would reject/);
    expect(github.repo('daff', 'mesh').issues).toHaveLength(0);
  });

  it('answers 501 and records a violation for a valid call it does not implement', async () => {
    const error = (await octokit.rest.repos.listBranches(repo).catch((e: unknown) => e)) as { status?: number };
    expect(error.status).toBe(501);
    expect(github.violations[0]?.reasons).toEqual(['the harness does not implement repos/list-branches']);
  });

  it('injects 502, 500 and secondary rate limits, before or after performing the call', async () => {
    github.failNext('issues/create', { status: 502, times: 2 });
    github.failNext('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { status: 500 });
    const statusOf = async (p: Promise<unknown>): Promise<number> => ((await p.catch((e: unknown) => e)) as { status: number }).status;
    expect(await statusOf(octokit.rest.issues.create({ ...repo, title: 'a' }))).toBe(502);
    expect(await statusOf(octokit.rest.issues.create({ ...repo, title: 'a' }))).toBe(502);
    expect(github.repo('daff', 'mesh').issues).toHaveLength(0);
    expect(await statusOf(octokit.rest.issues.create({ ...repo, title: 'a' }))).toBe(201);
    expect(await statusOf(octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'x' }))).toBe(500);

    github.failNext('issues/create', { status: 502, afterPerforming: true });
    expect(await statusOf(octokit.rest.issues.create({ ...repo, title: 'b' }))).toBe(502);
    expect(github.repo('daff', 'mesh').issues.map((i) => i.title)).toEqual(['a', 'b']);

    github.failNext('issues/list-for-repo', { status: 403, retryAfter: 7 });
    const limited = (await octokit.rest.issues.listForRepo(repo).catch((e: unknown) => e)) as {
      status: number;
      message: string;
      response: { headers: Record<string, string> };
    };
    expect(limited.status).toBe(403);
    expect(limited.message).toMatch(/secondary rate limit/);
    expect(limited.response.headers['retry-after']).toBe('7');
    expect(github.requests.map((r) => r.status)).toEqual([502, 502, 201, 500, 502, 403]);
    expect(github.writes()).toHaveLength(5);
    github.assertNoViolations();
  });

  it('keeps check runs and their annotations across updates', async () => {
    const run = await octokit.rest.checks.create({ ...repo, name: 'Meshplane', head_sha: 'a'.repeat(40), status: 'in_progress' });
    const annotation = { path: 'catalog/x/product.yaml', start_line: 3, end_line: 3, annotation_level: 'failure' as const, message: 'bad' };
    await octokit.rest.checks.update({ ...repo, check_run_id: run.data.id, output: { title: 't', summary: 's', annotations: [annotation] } });
    const done = await octokit.rest.checks.update({
      ...repo,
      check_run_id: run.data.id,
      conclusion: 'failure',
      output: { title: 't', summary: 's', annotations: [annotation] },
    });
    expect(done.data).toMatchObject({ status: 'completed', conclusion: 'failure', output: { annotations_count: 2 } });
    expect((await octokit.rest.checks.listAnnotations({ ...repo, check_run_id: run.data.id })).data).toHaveLength(2);
    github.assertNoViolations();
  });
});
