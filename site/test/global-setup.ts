import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { copyExampleMesh, REPO_ROOT, runMesh } from '@meshplane/testkit';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteBuildOutput: string;
    /** The same site built with `--base /demo/`, as a GitHub Pages project site is served. */
    siteDemoDir: string;
  }
}

/** The day the example site is built on, so waiver expiry and findings do not drift with the calendar. */
export const SITE_TODAY = '2026-11-22';
export const SITE_NOW = '2026-11-22T12:00:00Z';

/** The sub-path the second build is served under (base-path.test.ts). */
export const DEMO_BASE = '/demo/';

/**
 * Builds the example mesh's site once, with the real `mesh site build` (this repository is the catalog, so the
 * changelogs come from its own git history), for every site test file to read; and once more with `--base /demo/`.
 */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'meshplane-site-test-'));
  const demoDir = mkdtempSync(join(tmpdir(), 'meshplane-site-demo-test-'));
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
  const observed = join(slo.dir, '.meshplane/lineage-observed.json');
  const build = (out: string, ...flags: string[]): string => {
    const run = runMesh(['site', 'build', '--out', out, '--today', SITE_TODAY, '--slo-status', status, '--observed', observed, ...flags], {
      cwd: REPO_ROOT,
      timeoutMs: 170_000,
    });
    if (run.status !== 0) throw new Error(`mesh site build ${flags.join(' ')} failed (exit ${run.status}):\n${run.stderr}${run.stdout}`);
    return run.stdout;
  };
  try {
    project.provide('siteBuildOutput', build(dir));
    build(demoDir, '--base', DEMO_BASE);
  } finally {
    slo.remove();
  }
  project.provide('siteDir', dir);
  project.provide('siteDemoDir', demoDir);
  return () => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(demoDir, { recursive: true, force: true });
  };
}
