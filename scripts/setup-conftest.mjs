#!/usr/bin/env node
// Makes the pinned conftest CLI available at .tools/bin/conftest for `npm run bench` (a peer it is compared with; not
// needed to use or test Meshplane, so CI does not install it). Built from the Go module proxy with `go install`, like
// scripts/setup-opa.mjs does for opa. `go install` builds report their version as "dev", so the version is read
// from the module information Go embeds in the binary. Exits 2 with one line that says why when it cannot install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).meshplane.conftestVersion;
const bin = join(root, '.tools', 'bin');
const conftest = join(bin, 'conftest');

function versionOf(path) {
  const r = spawnSync('go', ['version', '-m', path], { encoding: 'utf8' });
  if (r.status !== 0) return undefined;
  return /^\s*mod\s+github\.com\/open-policy-agent\/conftest\s+v(\S+)/m.exec(r.stdout)?.[1];
}

const go = spawnSync('go', ['version'], { encoding: 'utf8' });
if (go.error || go.status !== 0) {
  console.error(`conftest ${version} needs Go to be built (go install); Go was not found.`);
  process.exit(2);
}
if (existsSync(conftest) && versionOf(conftest) === version) {
  console.log(`conftest ${version}: ${conftest}`);
  process.exit(0);
}
mkdirSync(bin, { recursive: true });
console.log(`Building conftest ${version} with ${go.stdout.trim()} (go install; a few minutes on a cold module cache)…`);
try {
  execFileSync('go', ['install', `github.com/open-policy-agent/conftest@v${version}`], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, GOBIN: bin, GOFLAGS: `${process.env.GOFLAGS ?? ''} -buildvcs=false`.trim() },
  });
} catch (e) {
  console.error(`go install github.com/open-policy-agent/conftest@v${version} failed: ${e.message}`);
  process.exit(2);
}
const built = versionOf(conftest);
if (built !== version) {
  console.error(`go install finished but ${conftest} reports version ${built ?? 'nothing'}, not ${version}.`);
  process.exit(2);
}
console.log(`conftest ${version}: ${conftest}`);
