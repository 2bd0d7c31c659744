import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { buildMeshFiles, buildProduct, makeTempRepo, REPO_ROOT, runMesh, type MeshRun, type TempRepo } from '@meshplane/testkit';

const TIMEOUT_MS = 15_000;

/** The parts of `mesh check --format json` output these tests read. */
export interface JsonReport {
  verdict: string;
  findings: { ruleId: string; severity: string; file?: string; line?: number; message: string }[];
}

/** The report's errors: what fails a check (notices such as `policy.none` in a mesh without policies are left out). */
export function errorsOf(report: JsonReport): JsonReport['findings'] {
  return report.findings.filter((f) => f.severity === 'error');
}

/** A small valid mesh with extra files (path → content) planted in it. */
export function makeMeshWith(files: Record<string, string | Uint8Array>): TempRepo {
  return makeTempRepo({ ...buildMeshFiles([buildProduct()]), ...files });
}

/** Runs the built `mesh` binary (killed after `timeoutMs`, which throws) and measures how long it took. */
export function timeMesh(args: readonly string[], options: { cwd?: string; timeoutMs?: number } = {}): { run: MeshRun; ms: number } {
  if (!existsSync(join(REPO_ROOT, 'packages/cli/dist/main.js'))) throw new Error('Build first: npx tsc -b');
  const started = performance.now();
  const run = runMesh(args, { timeoutMs: options.timeoutMs ?? TIMEOUT_MS, ...(options.cwd ? { cwd: options.cwd } : {}) });
  return { run, ms: performance.now() - started };
}

/** What every hostile input must give: exit code 1 (findings; not 2, a crash or usage fault) and an empty stderr. */
export function expectFindingsExit(run: MeshRun): void {
  expect(run.stderr).toBe('');
  expect(run.status).toBe(1);
}

/** Runs `mesh`, asserting it finished in time with exit code 1 and no stack trace. */
export function runMeshExpectingFindings(args: readonly string[], options: { cwd?: string; timeoutMs?: number } = {}): MeshRun {
  const { run, ms } = timeMesh(args, options);
  expect(ms).toBeLessThan(options.timeoutMs ?? TIMEOUT_MS);
  expectFindingsExit(run);
  return run;
}

/** `mesh check <dir> --format json`, asserted as above and parsed. */
export function checkAsJson(dir: string): JsonReport {
  return JSON.parse(runMeshExpectingFindings(['check', dir, '--format', 'json']).stdout) as JsonReport;
}
