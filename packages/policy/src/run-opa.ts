import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PolicyError } from './policy-error.js';

/** Where the OPA CLI is and which version it is. */
export interface OpaCli {
  path: string;
  version: string;
}

let cached: OpaCli | undefined;

/**
 * Finds the OPA CLI: `$MESHPLANE_OPA`, else the copy `npm run setup` builds into Meshplane's `.tools/bin/`, else
 * `opa` on the PATH. Throws a {@link PolicyError} that says how to install it when there is none.
 */
export function findOpa(): OpaCli {
  if (cached) return cached;
  const local = fileURLToPath(new URL('../../../.tools/bin/opa', import.meta.url));
  const candidates = [process.env.MESHPLANE_OPA, existsSync(local) ? local : undefined, 'opa'].filter((c): c is string => Boolean(c));
  for (const path of candidates) {
    const r = spawnSync(path, ['version'], { encoding: 'utf8' });
    const version = r.status === 0 ? /^Version:\s*v?(\S+)/m.exec(r.stdout)?.[1] : undefined;
    if (version) return (cached = { path, version });
  }
  throw new PolicyError(
    'The OPA CLI was not found. Run `npm run setup` (it builds the pinned version with Go), or set MESHPLANE_OPA to an opa binary.',
    'opa-missing',
  );
}

/** Runs `opa` with arguments; returns stdout, stderr and the exit status. Never throws for a non-zero exit. */
export function runOpa(args: readonly string[], options: { cwd?: string; timeoutMs?: number } = {}): { stdout: string; stderr: string; status: number } {
  const opa = findOpa();
  const r = spawnSync(opa.path, args, { cwd: options.cwd, encoding: 'utf8', timeout: options.timeoutMs ?? 120_000, maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw new PolicyError(`opa ${args[0] ?? ''} could not run: ${r.error.message}`, 'opa-failed', [], { cause: r.error });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? 1 };
}
