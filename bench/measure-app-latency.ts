/**
 * The GitHub App's latency for the bench: from a signed `pull_request` webhook arriving at the app's HTTP server to
 * the completed check run reaching GitHub (the local GitHub server of the testkit, over real HTTP), for the example
 * mesh — one new head commit each time, so the catalog is read and checked afresh (unchanged blobs come from the
 * app's content-addressed cache, as in production after the first pull request). Also until the sticky comment,
 * labels and review requests are written.
 */
import { startTestApp } from '../app/test/start-test-app.js';
import { summarizeRuns } from './measure-process.js';
import type { BenchRow } from './render-bench-table.js';

export async function measureAppLatency(iterations = 20): Promise<BenchRow[]> {
  const t = await startTestApp({ now: new Date() });
  const toCheckRun: number[] = [];
  const toComment: number[] = [];
  try {
    // A first pull request warms what production keeps warm: the policy bundle cache and the blob cache.
    const warm = t.openPull(t.commit('warm-up', (r) => r.write('docs/warm.md', 'warm\n')));
    await t.deliver('pull_request', t.pullPayload('opened', warm));
    for (let i = 0; i < iterations; i += 1) {
      const branch = `latency-${i}`;
      t.commit(branch, (r) => r.write(`catalog/podcast/podcast-listeners/README.md`, `# Podcast listeners\n\nRevision ${i}.\n`));
      const pull = t.openPull(branch);
      const payload = t.pullPayload('opened', pull);
      const start = performance.now();
      await t.deliver('pull_request', payload);
      const done = performance.now();
      const completed = t.github.requests.find(
        (r) => r.operationId === 'checks/update' && r.receivedAt >= start && (r.body as { conclusion?: string } | undefined)?.conclusion !== undefined,
      );
      if (!completed) throw new Error(`no completed check run for ${branch}`);
      toCheckRun.push(completed.receivedAt - start);
      toComment.push(done - start);
    }
    t.github.assertNoViolations();
  } finally {
    await t.close();
  }
  return [
    {
      measure: 'app: webhook → completed check run, example mesh',
      products: 36,
      result: summarizeRuns(toCheckRun.map((ms) => ({ ms }))),
      notes: 'signed pull_request delivery over HTTP to Probot; catalog read through the trees/blobs API of the local GitHub',
    },
    {
      measure: 'app: webhook → comment, labels, reviewers written',
      products: 36,
      result: summarizeRuns(toComment.map((ms) => ({ ms }))),
      notes: 'the whole job, including the plan preview',
    },
  ];
}
