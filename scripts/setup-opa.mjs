#!/usr/bin/env node
// Makes the pinned OPA CLI available at .tools/bin/opa. Meshplane compiles Rego to WebAssembly with the real `opa`
// CLI, which no npm or Debian package ships: it is built from the Go module proxy with `go install` when missing, by
// the same code (packages/policy install-opa.ts) an installed package uses to build it into the user's cache.
// Called by `npm start`, `npm test` and .ci/run. Prints one line when there is nothing to do.
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The policy package may be stale or unbuilt (this runs before `npm run build`): an up-to-date tsc -b is a no-op.
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', join(root, 'packages/policy')], { stdio: 'inherit' });
const { installOpa, readOpaPin, readOpaVersionOf, hasGo } = await import('../packages/policy/dist/index.js');

const { version } = readOpaPin(new URL('..', import.meta.url));
const bin = join(root, '.tools', 'bin');
const opa = join(bin, 'opa');
if (readOpaVersionOf(opa) === version) {
  console.log(`opa ${version}: ${opa}`);
  process.exit(0);
}
if (!hasGo()) {
  console.error(
    `Meshplane needs the OPA CLI ${version} at ${opa} to compile policies, and Go to build it.\n` +
      `Install Go (1.24 or newer) and run \`npm run setup\`, or put an opa ${version} binary at ${opa}.`,
  );
  process.exit(2);
}
console.log(`Building opa ${version} with go install (a few minutes on a cold module cache)…`);
try {
  installOpa(version, bin);
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(2);
}
console.log(`opa ${version}: ${opa}`);
