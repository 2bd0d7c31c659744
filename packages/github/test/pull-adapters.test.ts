import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CheckAnnotation } from '@meshplane/core';
import { beginCheckRun, completeCheckRun, createGithubClient, startCheckRun, syncPullLabels, upsertPullComment, type GithubClient } from '@meshplane/github';
import { setTimeout as sleep } from 'node:timers/promises';
import { commitAll, makeTempRepo, startGithubServer, type GithubServer, type TempRepo } from '@meshplane/testkit';

let github: GithubServer;
let repo: TempRepo;
let api: GithubClient;
beforeEach(async () => {
  github = await startGithubServer();
  repo = makeTempRepo({ 'README.md': 'x\n' });
  commitAll(repo.dir);
  github.serveGit('daff', 'mesh', repo.dir);
  api = createGithubClient({ token: 'test', baseUrl: github.url, retries: 0, writeIntervalMs: 0 });
});
afterEach(async () => {
  github.assertNoViolations();
  await github.close();
  repo.remove();
});

const at = { owner: 'daff', repo: 'mesh' };
const annotation = (i: number): CheckAnnotation => ({
  path: `f${i}.yaml`,
  start_line: i + 1,
  end_line: i + 1,
  annotation_level: 'warning',
  message: `m${i}`,
  title: 'r',
});

describe('the pull request adapters against GitHub’s OpenAPI description', () => {
  it('sends 120 annotations in batches of at most 50, the conclusion with the last request', async () => {
    const id = await startCheckRun(api, { ...at, headSha: 'a'.repeat(40) });
    await completeCheckRun(
      api,
      { ...at, checkRunId: id },
      { conclusion: 'success', title: 't', summary: 's', text: 'x', annotations: Array.from({ length: 120 }, (_, i) => annotation(i)) },
    );
    const updates = github.requests.filter((r) => r.operationId === 'checks/update');
    expect(updates.map((u) => (u.body as { output: { annotations?: unknown[] } }).output.annotations?.length)).toEqual([50, 20, 50]);
    expect((updates.at(-1)?.body as { conclusion?: string }).conclusion).toBe('success');
    expect(updates.slice(0, -1).every((u) => (u.body as { conclusion?: string }).conclusion === undefined)).toBe(true);
    const run = github.repo('daff', 'mesh').checkRuns[0];
    expect(run?.annotations).toHaveLength(120);
    expect(run?.conclusion).toBe('success');
  });

  it('writes a quick check’s run once, completed; a slow one goes in progress first', async () => {
    const output = { conclusion: 'success' as const, title: 't', summary: 's', text: 'x', annotations: [annotation(1)] };
    const quick = await beginCheckRun(api, { ...at, headSha: 'c'.repeat(40) }, 60_000).complete(output);
    const slow = beginCheckRun(api, { ...at, headSha: 'd'.repeat(40) }, 0);
    await sleep(200);
    const slowId = await slow.complete(output);
    const writes = github.requests
      .filter((r) => r.operationId === 'checks/create' || r.operationId === 'checks/update')
      .map((r) => [r.operationId, (r.body as { status?: string }).status ?? null, (r.body as { head_sha?: string }).head_sha?.[0] ?? r.path.split('/').pop()]);
    expect(writes).toEqual([
      ['checks/create', 'completed', 'c'],
      ['checks/create', 'in_progress', 'd'],
      ['checks/update', 'completed', String(slowId)],
    ]);
    const runs = github.repo('daff', 'mesh').checkRuns;
    expect(runs.map((r) => [r.id, r.status, r.conclusion, r.annotations.length])).toEqual([
      [quick, 'completed', 'success', 1],
      [slowId, 'completed', 'success', 1],
    ]);
  });

  it('completes the existing run of a re-checked commit, and sends a quick check’s 120 annotations in batches, the conclusion last', async () => {
    const first = await startCheckRun(api, { ...at, headSha: 'e'.repeat(40) });
    const output = { conclusion: 'failure' as const, title: 't', summary: 's', text: 'x', annotations: [annotation(1)] };
    expect(await beginCheckRun(api, { ...at, headSha: 'e'.repeat(40) }, 60_000).complete(output)).toBe(first);
    const many = { ...output, annotations: Array.from({ length: 120 }, (_, i) => annotation(i)) };
    const id = await beginCheckRun(api, { ...at, headSha: 'f'.repeat(40) }, 60_000).complete(many);
    const updates = github.requests.filter((r) => r.operationId === 'checks/update' && r.path.endsWith(`/check-runs/${id}`));
    expect(updates.map((u) => (u.body as { output: { annotations?: unknown[] } }).output.annotations?.length)).toEqual([50, 20, 50]);
    expect((updates.at(-1)?.body as { conclusion?: string }).conclusion).toBe('failure');
    const runs = github.repo('daff', 'mesh').checkRuns;
    expect(runs.map((r) => [r.id, r.status, r.conclusion, r.annotations.length])).toEqual([
      [first, 'completed', 'failure', 1],
      [id, 'completed', 'failure', 120],
    ]);
  });

  it('reuses the check run of a head commit instead of adding another', async () => {
    const first = await startCheckRun(api, { ...at, headSha: 'b'.repeat(40) });
    const second = await startCheckRun(api, { ...at, headSha: 'b'.repeat(40) });
    expect(second).toBe(first);
    expect(github.repo('daff', 'mesh').checkRuns).toHaveLength(1);
  });

  it('edits the one marked comment in place, and leaves labels people added alone', async () => {
    const pull = github.openPull('daff', 'mesh', { head: 'main' });
    await api.rest.issues.createComment({ ...at, issue_number: pull.number, body: 'a person' });
    expect(await upsertPullComment(api, { ...at, pull: pull.number }, '<!-- meshplane:pull-comment -->\none')).toBe('created');
    expect(await upsertPullComment(api, { ...at, pull: pull.number }, '<!-- meshplane:pull-comment -->\ntwo')).toBe('updated');
    expect(await upsertPullComment(api, { ...at, pull: pull.number }, '<!-- meshplane:pull-comment -->\ntwo')).toBe('unchanged');
    expect(github.repo('daff', 'mesh').comments.map((c) => c.body)).toEqual(['a person', '<!-- meshplane:pull-comment -->\ntwo']);
    await api.rest.issues.addLabels({ ...at, issue_number: pull.number, labels: ['urgent', 'domain:old'] });
    expect(await syncPullLabels(api, { ...at, pull: pull.number }, ['domain:podcast'])).toEqual({ added: ['domain:podcast'], removed: ['domain:old'] });
    expect(
      github
        .repo('daff', 'mesh')
        .issues[0]?.labels.map((l) => l.name)
        .sort(),
    ).toEqual(['domain:podcast', 'urgent']);
  });
});
