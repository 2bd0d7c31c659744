import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
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
export function runMesh(args: readonly string[], options: { cwd?: string; input?: string; timeoutMs?: number; env?: Record<string, string> } = {}): MeshRun {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'packages/cli/dist/main.js'), ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 30_000,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** A `mesh` process running in the background: its output so far, and a way to wait for a line or for its end. */
export interface MeshProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves once stdout contains `text` (rejects if the process ends first or after `timeoutMs`). */
  waitFor(text: string, timeoutMs?: number): Promise<void>;
  exited: Promise<{ status: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts the built `mesh` binary without waiting for it, for tests that kill it or run two at once. */
export function startMesh(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): MeshProcess {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'packages/cli/dist/main.js'), ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (status, signal) => resolve({ status, signal })),
  );
  const waitFor = (text: string, timeoutMs = 60_000): Promise<void> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`mesh did not print ${JSON.stringify(text)} within ${timeoutMs} ms:\n${out}`)), timeoutMs);
      const check = (): void => {
        if (out.includes(text)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', check);
      void exited.then(() => {
        clearTimeout(timer);
        if (out.includes(text)) resolve();
        else reject(new Error(`mesh ended before printing ${JSON.stringify(text)}:\n${out}`));
      });
      check();
    });
  return { child, output: () => out, waitFor, exited };
}
