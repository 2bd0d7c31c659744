import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSite, resolveRepository } from '@meshplane/usecases';
import { readDayInput, readInput, type RunnerEnv } from '../runner/read-input.js';
import type { ActionResult } from '../runner/run-action.js';
import { derivePagesBasePath } from './derive-base-path.js';

/**
 * The publish-site action's build: `mesh site build` through the same use case as the CLI, into `out` (default a folder under
 * the runner's temp directory, outside the checkout), with the base path Pages serves it under (input `base-path`, or
 * from the repository's name: see derive-base-path.ts). action.yml then uploads that folder as the Pages artifact.
 */
export async function runPublishSiteAction(env: RunnerEnv, now = new Date()): Promise<ActionResult> {
  const out = resolve(readInput(env, 'out', join(env.RUNNER_TEMP ?? tmpdir(), 'meshplane-site')));
  const sloStatus = readInput(env, 'slo-status');
  const base = derivePagesBasePath(env);
  const r = await buildSite(resolveRepository(readInput(env, 'path', '.')), {
    out,
    basePath: base.basePath,
    today: readDayInput(env, 'today', now),
    ...(sloStatus ? { sloStatus } : {}),
  });
  const skipped = r.skipped ? ` (${r.skipped} with schema errors left out)` : '';
  const line = `Built the catalog site: ${r.products} products${skipped}, ${r.indexedPages} pages indexed for search, in ${(r.milliseconds / 1000).toFixed(1)} s.`;
  const from = base.from === 'input' ? 'from the input base-path' : 'from the repository name; set the input base-path for a custom domain';
  const under = `Its links start with ${r.basePath} (${from}).`;
  const verdict = r.verdict === 'fail' ? '\n\n> The catalog has error findings: the site shows them; run `mesh check` for the full report.' : '';
  return {
    log: `${line}\n${under}\n${r.outDir}\n`,
    summary: `### Meshplane catalog site\n\n${line}\n\n${under}${verdict}\n`,
    outputs: { 'site-path': r.outDir, 'base-path': r.basePath, products: r.products, skipped: r.skipped, pages: r.indexedPages, verdict: r.verdict },
    exitCode: 0,
  };
}
