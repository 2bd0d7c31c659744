import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { REPO_ROOT, runMesh } from '@meshplane/testkit';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteBuildOutput: string;
  }
}

/** The day the example site is built on, so waiver expiry and findings do not drift with the calendar. */
export const SITE_TODAY = '2026-11-22';

/**
 * Builds the example mesh's site once, with the real `mesh site build` (this repository is the catalog, so the
 * changelogs come from its own git history), for every site test file to read.
 */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'meshplane-site-test-'));
  const run = runMesh(['site', 'build', '--out', dir, '--today', SITE_TODAY], { cwd: REPO_ROOT, timeoutMs: 170_000 });
  if (run.status !== 0) throw new Error(`mesh site build failed (exit ${run.status}):\n${run.stderr}${run.stdout}`);
  project.provide('siteDir', dir);
  project.provide('siteBuildOutput', run.stdout);
  return () => rmSync(dir, { recursive: true, force: true });
}
