import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './repo-root.js';

/** What one run of the built `mesh` binary printed and returned. */
export interface MeshRun {
  stdout: string;
  stderr: string;
  status: number | null;
}

/**
 * Runs the built `mesh` command (packages/cli/dist/main.js, built by `npm test`) as a separate process, the way users
 * run it, with a timeout so a hang fails the test instead of stalling the suite.
 */
export function runMesh(args: readonly string[], options: { cwd?: string; input?: string; timeoutMs?: number } = {}): MeshRun {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'packages/cli/dist/main.js'), ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 30_000,
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}
