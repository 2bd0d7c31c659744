import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { copyExampleMesh, REPO_ROOT, runMesh } from '@meshplane/testkit';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteBuildOutput: string;
  }
}

/** The day the example site is built on, so waiver expiry and findings do not drift with the calendar. */
export const SITE_TODAY = '2026-11-22';
export const SITE_NOW = '2026-11-22T12:00:00Z';

/**
 * Builds the example mesh's site once, with the real `mesh site build` (this repository is the catalog, so the
 * changelogs come from its own git history), for every site test file to read.
 */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'meshplane-site-test-'));
  // SLO states from a copy of the example mesh, provisioned and seeded with the demo data at a fixed clock.
  const slo = copyExampleMesh({ policies: true });
  for (const args of [
    ['apply', '--today', SITE_TODAY],
    ['demo', 'seed', '--now', SITE_NOW],
    ['slo', 'evaluate', '--now', SITE_NOW],
  ]) {
    const r = runMesh(args, { cwd: slo.dir, timeoutMs: 170_000 });
    if (r.status !== 0) throw new Error(`mesh ${args.join(' ')} failed (exit ${r.status}):\n${r.stderr}${r.stdout}`);
  }
  const status = join(slo.dir, '.meshplane/slo-status.json');
  const run = runMesh(['site', 'build', '--out', dir, '--today', SITE_TODAY, '--slo-status', status], { cwd: REPO_ROOT, timeoutMs: 170_000 });
  slo.remove();
  if (run.status !== 0) throw new Error(`mesh site build failed (exit ${run.status}):\n${run.stderr}${run.stdout}`);
  project.provide('siteDir', dir);
  project.provide('siteBuildOutput', run.stdout);
  return () => rmSync(dir, { recursive: true, force: true });
}
