#!/usr/bin/env node
// Makes sure what the tests need beyond npm is installed: a PostgreSQL server and Trino (the platform tests start their
// own) and Debian's chromium (the site's browser tests drive it). As root it installs what is missing with Debian's packages
// (scripts/setup-postgres.sh, scripts/setup-chromium.sh); otherwise it names the one command that does. Called by
// `npm test`; prints one line per dependency when there is nothing to do.
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The path of `command` on PATH, or undefined. */
function findOnPath(command) {
  const r = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** Debian's PostgreSQL server binaries, found the way packages/testkit/src/start-postgres.ts finds them. */
function findPostgres() {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb'))) : [];
  return versions.length ? join(base, versions.sort().at(-1), 'bin') : findOnPath('initdb');
}

const deps = [
  { name: 'PostgreSQL server', find: findPostgres, script: 'scripts/setup-postgres.sh' },
  { name: 'chromium', find: () => findOnPath('chromium'), script: 'scripts/setup-chromium.sh' },
];

function reportFound() {
  const missing = [];
  for (const dep of deps) {
    const found = dep.find();
    if (found) console.log(`${dep.name}: ${found}`);
    else missing.push(dep);
  }
  return missing;
}

function installMissing(missing) {
  for (const dep of missing) {
    const r = spawnSync('bash', [join(root, dep.script)], { stdio: 'inherit' });
    if (r.status !== 0 || !dep.find()) {
      console.error(`Installing the ${dep.name} with ${dep.script} failed (exit ${r.status}); the tests need it.`);
      process.exit(2);
    }
  }
}

// datacontract-cli for the ODCS peer test: never fatal (the test skips, saying why, when it cannot install).
spawnSync(process.execPath, [join(root, 'scripts/setup-datacontract.mjs')], { stdio: 'inherit' });

/**
 * Trino for the platform tests, fetched with Maven when missing. Without a Java 24+ JDK it says so and the Trino tests
 * skip with that reason; a failed download is fatal, since the tests would otherwise have nothing to run against.
 */
function setupTrino() {
  const trino = spawnSync(process.execPath, [join(root, 'scripts/setup-trino.mjs')], { stdio: 'inherit' });
  if (trino.status !== 0) process.exit(2);
}

const missing = reportFound();
if (missing.length === 0) {
  setupTrino();
  process.exit(0);
}
if (process.getuid?.() !== 0) {
  const names = missing.map((d) => d.name).join(' and ');
  console.error(`The tests need ${names}, which ${missing.length > 1 ? 'are' : 'is'} not installed. Install with Debian's packages:`);
  console.error('  sudo node scripts/setup-test-deps.mjs');
  process.exit(2);
}
if (!findOnPath('apt-get')) {
  console.error(`The tests need ${missing.map((d) => d.name).join(' and ')}, and this machine has no apt-get to install Debian's packages.`);
  console.error('Install them with your package manager (postgresql and chromium), then run npm test again.');
  process.exit(2);
}
installMissing(missing);
setupTrino();
