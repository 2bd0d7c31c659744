import { describe, expect, it } from 'vitest';
import { edits } from './edit-files.js';
import { OWNER, REPO, useTestApp } from './start-test-app.js';

// The app as it runs in production shows a check run in progress only when the check takes longer than half a
// second. Here that wait is a minute, so every check is quick: its result is written at once.
const t = useTestApp({ checkRunInProgressAfterMs: 60_000 });

const runsFor = (sha: string) => t.github.repo(OWNER, REPO).checkRuns.filter((r) => r.head_sha === sha);
const checkWrites = () => t.github.requests.filter((r) => r.operationId === 'checks/create' || r.operationId === 'checks/update');

describe('a quick check writes its check run once', () => {
  it('creates the run completed, with its result, in one write; a re-check completes the same run in one more', async () => {
    const sha = t.commit('quick', edits.copyProduct('podcast.top-daily-podcasts', 'podcast.quick-podcasts'));
    const pull = t.openPull('quick');
    const before = checkWrites().length;
    await t.deliver('pull_request', t.pullPayload('opened', pull));
    const writes = checkWrites().slice(before);
    expect(writes.map((w) => [w.operationId, (w.body as { status?: string }).status])).toEqual([['checks/create', 'completed']]);
    const [run, ...others] = runsFor(sha);
    expect(others).toEqual([]);
    expect(run?.status).toBe('completed');
    expect(run?.conclusion).toBe('success');

    await t.deliver('issue_comment', t.commentPayload(pull, '/meshplane recheck'));
    const again = checkWrites().slice(before + 1);
    expect(again.map((w) => [w.operationId, (w.body as { status?: string }).status])).toEqual([['checks/update', 'completed']]);
    expect(again[0]?.path.endsWith(`/check-runs/${run?.id}`)).toBe(true);
    expect(runsFor(sha)).toHaveLength(1);
  });

  it('writes a failing check in one write too', async () => {
    const sha = t.commit('broken', (r) => r.write('catalog/podcast/broken/product.yaml', 'apiVersion: meshplane/v1\nkind: [\n'));
    const pull = t.openPull('broken');
    await t.deliver('pull_request', t.pullPayload('opened', pull));
    const [run, ...others] = runsFor(sha);
    expect(others).toEqual([]);
    expect(run?.status).toBe('completed');
    expect(run?.conclusion).toBe('failure');
    expect(t.github.requests.filter((r) => r.operationId === 'checks/update' && r.path.endsWith(`/check-runs/${run?.id}`))).toEqual([]);
  });
});
