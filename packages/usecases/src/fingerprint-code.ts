import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MESHPLANE_HOME, TOOL_VERSION } from './meshplane-home.js';

/** The packages whose code decides what a check reports. */
const CHECK_PACKAGES = ['@meshplane/core', '@meshplane/source', '@meshplane/policy', '@meshplane/usecases'];

let fingerprint: string | undefined;

/**
 * A hash of the code that is running: Meshplane's version, and the JavaScript it runs — in the repository the built
 * `dist/` of the packages a check runs and the lockfile (the versions of the YAML reader, ajv and the wasm runtime), in
 * an installed package or an action the bundle itself. What is remembered under one fingerprint is never read by other
 * code, so a rebuilt repository never answers with what an older build worked out.
 */
export function fingerprintCode(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256').update(`meshplane ${TOOL_VERSION}\0`);
  const require = createRequire(import.meta.url);
  const folders: string[] = [];
  for (const name of CHECK_PACKAGES) {
    try {
      folders.push(dirname(require.resolve(name)));
    } catch {
      // Bundled: the packages are inlined in the file this code runs from.
    }
  }
  // Bundled, the packages may still resolve (a package run inside a checkout of this repository): the code that runs
  // is the bundle whenever this file is not in them.
  const self = fileURLToPath(import.meta.url);
  const inPackages = folders.length === CHECK_PACKAGES.length && folders.some((dir) => self.startsWith(`${dir}${sep}`));
  const files = inPackages ? folders.flatMap((dir) => listFiles(dir).filter((f) => /\.(m?js|json)$/.test(f))) : [self];
  for (const file of [...files, join(MESHPLANE_HOME, 'package-lock.json')]) {
    try {
      hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
    } catch {
      hash.update(`${file}\0missing\0`);
    }
  }
  return (fingerprint = hash.digest('base64url'));
}

/** Every file at or under `path`, sorted (none when it does not exist). */
export function listFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  try {
    return (readdirSync(path, { recursive: true, withFileTypes: true }) as Dirent[])
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort();
  } catch {
    return [path];
  }
}
