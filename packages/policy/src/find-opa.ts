import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PolicyError } from './policy-error.js';
import { hasGo, installOpa, opaCacheDir, readOpaVersionOf } from './install-opa.js';

/** Where the OPA CLI is and which version it is. */
export interface OpaCli {
  path: string;
  version: string;
}

/** The OPA version Meshplane pins and the folder whose package.json pins it. */
export interface OpaPin {
  home: string;
  version: string;
}

/**
 * The pin `meshplane.opaVersion` of the nearest package.json at or above `from`: the repository's root package.json
 * for the workspace packages, the installed package's own for the bundled CLI.
 */
export function readOpaPin(from: URL = new URL('.', import.meta.url)): OpaPin | undefined {
  for (let dir = fileURLToPath(from); ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const version = (JSON.parse(readFileSync(file, 'utf8')) as { meshplane?: { opaVersion?: string } }).meshplane?.opaVersion;
      if (version) return { home: dir, version };
    }
    if (dirname(dir) === dir) return undefined;
  }
}

let notice: ((line: string) => void) | undefined;

/** Who hears that OPA is being built (a composition root prints it; adapters never print). */
export function setOpaBuildNotice(listener: ((line: string) => void) | undefined): void {
  notice = listener;
}

let cached: OpaCli | undefined;

/**
 * Finds the OPA CLI: `$MESHPLANE_OPA`, else the copy `npm run setup` builds into the repository's `.tools/bin/`,
 * else `opa` on the PATH, else the user's cache (`~/.cache/meshplane/opa-<pinned version>/opa`). When none runs and
 * Go is on the PATH, builds the pinned version into that cache once (telling the {@link setOpaBuildNotice} listener).
 * Otherwise throws a {@link PolicyError} `opa-missing` that says how to get it.
 */
export function findOpa(env: NodeJS.ProcessEnv = process.env): OpaCli {
  if (cached) return cached;
  const pin = readOpaPin();
  const cache = pin ? opaCacheDir(pin.version, env) : undefined;
  const local = pin ? join(pin.home, '.tools', 'bin', 'opa') : undefined;
  const candidates = [env.MESHPLANE_OPA, local && existsSync(local) ? local : undefined, 'opa', cache && join(cache, 'opa')];
  for (const path of candidates.filter((c): c is string => Boolean(c))) {
    const version = readOpaVersionOf(path);
    if (version) return (cached = { path, version });
  }
  if (!pin || !cache) throw new PolicyError('The OPA CLI was not found. Set MESHPLANE_OPA to an opa binary, or put opa on the PATH.', 'opa-missing');
  if (!hasGo(env))
    throw new PolicyError(
      `Meshplane needs the OPA CLI ${pin.version} to compile policies, and found none. Put an opa ${pin.version} binary ` +
        `on the PATH or at ${join(cache, 'opa')} (https://www.openpolicyagent.org/docs/latest/#running-opa), set ` +
        `MESHPLANE_OPA to one, or install Go 1.24 or newer so Meshplane builds it (go install ` +
        `github.com/open-policy-agent/opa@v${pin.version}).`,
      'opa-missing',
    );
  notice?.(`mesh: building the OPA CLI ${pin.version} with go install into ${cache} (once; minutes on a cold Go module cache)…`);
  return (cached = { path: installOpa(pin.version, cache, env), version: pin.version });
}
