#!/usr/bin/env node
// Makes the pinned OPA CLI available at .tools/bin/opa. Meshplane compiles Rego to WebAssembly with the real `opa`
// CLI, which no npm or Debian package ships: it is built from the Go module proxy with `go install` when missing.
// Called by `npm start`, `npm test` and .ci/run. Prints one line when there is nothing to do.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).meshplane.opaVersion;
const bin = join(root, '.tools', 'bin');
const opa = join(bin, 'opa');

function versionOf(path) {
  const r = spawnSync(path, ['version'], { encoding: 'utf8' });
  if (r.status !== 0) return undefined;
  return /^Version:\s*v?(\S+)/m.exec(r.stdout)?.[1];
}

if (existsSync(opa) && versionOf(opa) === version) {
  console.log(`opa ${version}: ${opa}`);
  process.exit(0);
}
const go = spawnSync('go', ['version'], { encoding: 'utf8' });
if (go.error || go.status !== 0) {
  console.error(
    `Meshplane needs the OPA CLI ${version} at ${opa} to compile policies, and Go to build it.\n` +
      `Install Go (1.24 or newer) and run \`npm run setup\`, or put an opa ${version} binary at ${opa}.`,
  );
  process.exit(2);
}
mkdirSync(bin, { recursive: true });
console.log(`Building opa ${version} with ${go.stdout.trim()} (go install; a few minutes on a cold module cache)…`);
execFileSync('go', ['install', `github.com/open-policy-agent/opa@v${version}`], {
  stdio: 'inherit',
  env: { ...process.env, GOBIN: bin, GOFLAGS: `${process.env.GOFLAGS ?? ''} -buildvcs=false`.trim() },
});
const built = versionOf(opa);
if (built !== version) {
  console.error(`go install finished but ${opa} reports version ${built ?? 'nothing'}, not ${version}.`);
  process.exit(2);
}
console.log(`opa ${version}: ${opa}`);
