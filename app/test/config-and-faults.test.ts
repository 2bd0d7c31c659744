import { afterEach, describe, expect, it } from 'vitest';
import { edits } from './edit-files.js';
import { OWNER, REPO, startTestApp, type TestApp } from './start-test-app.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function openPull(app: TestApp) {
  const sha = app.commit('change', edits.copyProduct('podcast.top-daily-podcasts', 'podcast.top-fault-podcasts'));
  const pull = app.openPull('change');
  await app.deliver('pull_request', app.pullPayload('opened', pull));
  return app.github.repo(OWNER, REPO).checkRuns.filter((r) => r.head_sha === sha);
}

describe('the check fails closed and says why', () => {
  it('fails when the default branch holds a broken config, naming the file and line', async () => {
    t = await startTestApp();
    t.commit(
      'main',
      edits.file('.github/meshplane.yml', (s) => s.replace('driver: duckdb', 'driver: oracle')),
    );
    const [run, ...more] = await openPull(t);
    expect(more).toEqual([]);
    expect(run?.conclusion).toBe('failure');
    expect(run?.output.title).toBe('Meshplane could not check this commit');
    expect(run?.output.summary).toMatch(/\.github\/meshplane\.yml:\d+/);
    expect(run?.output.summary).toContain('Fix `.github/meshplane.yml` on the default branch');
    t.github.assertNoViolations();
  });

  it('fails, never passes, when GitHub keeps failing to serve the files', async () => {
    t = await startTestApp();
    t.github.failNext('git/get-tree', { status: 502, times: 10 });
    const [run] = await openPull(t);
    expect(run?.status).toBe('completed');
    expect(run?.conclusion).toBe('failure');
    expect(run?.output.summary).toMatch(/GitHub answered 502/);
    expect(t.github.repo(OWNER, REPO).comments).toEqual([]);
  });
});
