import { describe, expect, it } from 'vitest';
import { PULL_COMMENT_MARKER } from '@meshplane/core';
import { edits } from './edit-files.js';
import { OWNER, REPO, useTestApp } from './start-test-app.js';

const t = useTestApp();

const state = () => t.github.repo(OWNER, REPO);
const runsFor = (sha: string) => state().checkRuns.filter((r) => r.head_sha === sha);
const commentsOn = (n: number) => state().comments.filter((c) => c.issue_number === n);
const labelsOn = (n: number) =>
  state()
    .issues.find((i) => i.number === n)
    ?.labels.map((l) => l.name) ?? [];
describe('the Meshplane app on pull requests', () => {
  it('passes a valid new product: a completed check run, one sticky comment, labels and the owner team asked to review', async () => {
    const sha = t.commit('new-product', edits.copyProduct('podcast.top-daily-podcasts', 'podcast.top-weekly-podcasts'));
    const pull = t.openPull('new-product');
    expect(await t.deliver('pull_request', t.pullPayload('opened', pull))).toBe(200);
    const [run, ...more] = runsFor(sha);
    expect(more).toEqual([]);
    expect(run?.status).toBe('completed');
    expect(run?.output.summary, run?.output.summary ?? '').toBeTruthy();
    expect(run?.conclusion, run?.output.summary ?? '').toBe('success');
    expect(run?.output.title).toMatch(/^Passed: 0 errors/);
    expect(run?.output.text).toContain(sha);
    expect(run?.output.text).toMatch(/Policy bundle: `sha256:/);
    const comments = commentsOn(pull.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body.startsWith(PULL_COMMENT_MARKER)).toBe(true);
    expect(comments[0]?.body).toContain('ready to merge once approved');
    expect(comments[0]?.body).toContain('An approval from @daff/podcast-data');
    expect(comments[0]?.body).toContain('What merging would provision');
    expect(labelsOn(pull.number)).toEqual(['domain:podcast', 'new-product']);
    expect(state().reviewRequests.get(pull.number)?.teams).toEqual(['podcast-data']);
    t.github.assertNoViolations();
    const tokenCalls = t.github.requests.filter((r) => r.path.startsWith('/app/installations/'));
    expect(tokenCalls.length).toBeGreaterThanOrEqual(1);
    expect(t.github.requests.filter((r) => r.path.startsWith('/repos/')).every((r) => r.auth === 'installation')).toBe(true);
  }, 60_000);
});
