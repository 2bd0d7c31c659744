import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { PolicyError } from './policy-error.js';

/** The version an `opa` binary reports (`opa version` → `Version: 1.22.2`), or undefined when it does not run. */
export function readOpaVersionOf(path: string): string | undefined {
  const r = spawnSync(path, ['version'], { encoding: 'utf8' });
  return r.status === 0 ? /^Version:\s*v?(\S+)/m.exec(r.stdout)?.[1] : undefined;
}

/**
 * The per-user folder Meshplane builds the pinned OPA CLI into when it runs from an installed package:
 * `$XDG_CACHE_HOME/meshplane/opa-<version>/` (else `~/.cache/meshplane/opa-<version>/`).
 */
export function opaCacheDir(version: string, env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'meshplane', `opa-${version}`);
}

/** Whether `go` runs on this machine's PATH. */
export function hasGo(env: NodeJS.ProcessEnv = process.env): boolean {
  const r = spawnSync('go', ['version'], { encoding: 'utf8', env });
  return !r.error && r.status === 0;
}

/**
 * Builds OPA `version` from the Go module proxy with `go install github.com/open-policy-agent/opa@v<version>` into
 * `bin/opa` and returns its path. The binary is built into a fresh folder beside `bin` and renamed into place, so a
 * second process never runs a half-written file. Throws a {@link PolicyError} when Go is missing, the build fails or
 * the result reports another version. Used by `scripts/setup-opa.mjs` (the repository's `.tools/bin/`) and by
 * {@link findOpa} (the user's cache, for an installed package).
 */
export function installOpa(version: string, bin: string, env: NodeJS.ProcessEnv = process.env): string {
  if (!hasGo(env)) throw new PolicyError(`Building OPA ${version} needs Go (1.24 or newer) on the PATH.`, 'opa-missing');
  mkdirSync(dirname(bin), { recursive: true });
  const scratch = mkdtempSync(`${bin}.build-`);
  try {
    const r = spawnSync('go', ['install', `github.com/open-policy-agent/opa@v${version}`], {
      encoding: 'utf8',
      env: { ...env, GOBIN: scratch, GOFLAGS: `${env.GOFLAGS ?? ''} -buildvcs=false`.trim() },
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.status !== 0) {
      const why = r.error?.message ?? r.stderr.trim().slice(-4000);
      throw new PolicyError(`go install of OPA ${version} failed: ${why}`, 'opa-failed', [], { cause: r.error });
    }
    const built = readOpaVersionOf(join(scratch, 'opa'));
    if (built !== version) throw new PolicyError(`go install finished but the opa it built reports ${built ?? 'nothing'}, not ${version}.`, 'opa-failed');
    mkdirSync(bin, { recursive: true });
    renameSync(join(scratch, 'opa'), join(bin, 'opa'));
    return join(bin, 'opa');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
