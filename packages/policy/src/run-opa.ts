import { spawnSync } from 'node:child_process';
import { PolicyError } from './policy-error.js';
import { findOpa } from './find-opa.js';

/** Runs `opa` with arguments; returns stdout, stderr and the exit status. Never throws for a non-zero exit. */
export function runOpa(args: readonly string[], options: { cwd?: string; timeoutMs?: number } = {}): { stdout: string; stderr: string; status: number } {
  const opa = findOpa();
  const r = spawnSync(opa.path, args, { cwd: options.cwd, encoding: 'utf8', timeout: options.timeoutMs ?? 120_000, maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw new PolicyError(`opa ${args[0] ?? ''} could not run: ${r.error.message}`, 'opa-failed', [], { cause: r.error });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? 1 };
}
