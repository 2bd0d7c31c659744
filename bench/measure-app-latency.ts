/**
 * The GitHub App's latency for the bench: from a signed `pull_request` webhook arriving at the app's HTTP server to
 * the completed check run reaching GitHub (the local GitHub server of the testkit, over real HTTP) — one new head
 * commit each time, changing one product's description, so the catalog is read and checked afresh (unchanged blobs
 * come from the app's content-addressed cache, as in production after the first pull request). Also until the sticky
 * comment, labels and review requests are written. On the example mesh, or on a generated one (`mesh`). The app runs
 * as production runs it, `app/dist/main.js` in its own process (start-app-process.ts); the local GitHub stays here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp } from '../app/test/start-test-app.js';
import { startAppProcess, type AppProcess } from '../app/test/start-app-process.js';
import { summarizeRuns } from './measure-process.js';
import type { BenchRow } from './render-bench-table.js';

export async function measureAppLatency(iterations = 20, mesh?: { dir: string; products: number }): Promise<BenchRow[]> {
  const t = await startTestApp({ now: new Date(), ...(mesh ? { meshDir: mesh.dir } : {}) });
  const toCheckRun: number[] = [];
  const toComment: number[] = [];
  const manifest = firstManifest(t.repo.dir);
  const original = readFileSync(join(t.repo.dir, manifest), 'utf8');
  const label = mesh ? 'generated mesh' : 'example mesh';
  let app: AppProcess | undefined;
  let warmMs: number;
  try {
    app = await startAppProcess(t.github.url);
    const warmStart = performance.now();
    // A first pull request warms what production keeps warm: the policy bundle cache and the blob cache.
    const warm = t.openPull(t.commit('warm-up', (r) => r.write('docs/warm.md', 'warm\n')));
    await app.deliver('pull_request', t.pullPayload('opened', warm));
    warmMs = performance.now() - warmStart;
    for (let i = 0; i < iterations; i += 1) {
      const branch = `latency-${i}`;
      t.commit(branch, (r) => r.write(manifest, original.replace(/^(\s+description: [>|]-?\n\s+)/m, `$1Revision ${i}. `)));
      const pull = t.openPull(branch);
      const payload = t.pullPayload('opened', pull);
      const start = performance.now();
      await app.deliver('pull_request', payload);
      const done = performance.now();
      // The write that carries the conclusion: the run created completed (a quick check) or updated to completed.
      const completed = t.github.requests.find(
        (r) =>
          (r.operationId === 'checks/create' || r.operationId === 'checks/update') &&
          r.receivedAt >= start &&
          (r.body as { conclusion?: string } | undefined)?.conclusion !== undefined,
      );
      if (!completed) throw new Error(`no completed check run for ${branch}`);
      toCheckRun.push(completed.receivedAt - start);
      toComment.push(done - start);
    }
    t.github.assertNoViolations();
  } finally {
    await app?.close();
    await t.close();
  }
  const products = mesh?.products ?? 36;
  return [
    {
      measure: `app: webhook → completed check run, ${label}${mesh ? ' (target ≤ 2 s)' : ''}`,
      products,
      result: summarizeRuns(toCheckRun.map((ms) => ({ ms }))),
      notes: `the app in its own process (app/dist/main.js); signed pull_request delivery over HTTP to Probot; catalog read through the trees, tarball and blobs API of the local GitHub; the first pull request (the catalog read from the tarball, set-up) took ${(warmMs / 1000).toFixed(1)} s`,
    },
    {
      measure: `app: webhook → comment, labels, reviewers written, ${label}`,
      products,
      result: summarizeRuns(toComment.map((ms) => ({ ms }))),
      notes: 'the whole job, including the plan preview',
    },
  ];
}

/** The first product manifest of the catalog, in path order: the one each pull request edits. */
function firstManifest(dir: string): string {
  for (const domain of readdirSync(join(dir, 'catalog')).sort())
    for (const product of readdirSync(join(dir, 'catalog', domain), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort())
      if (readdirSync(join(dir, 'catalog', domain, product)).includes('product.yaml')) return `catalog/${domain}/${product}/product.yaml`;
  throw new Error(`no product manifest under ${dir}/catalog`);
}
