#!/usr/bin/env node
// Installs the pinned EventCatalog (package.json meshplane.eventcatalogVersion) into .tools/eventcatalog/ for
// `npm run bench`: a static catalog peer the site build is compared with, not needed to use or test Meshplane. 2.64.4 is
// the newest release that runs on Node 20 (3.x needs Astro 6 and Node 22.12). Two install steps reach outside the npm
// registry and are switched off: onnxruntime-node's CUDA download and @scarf/scarf's telemetry. Exits 2 with one line
// that says why when it cannot install.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).meshplane.eventcatalogVersion;
const dir = join(root, '.tools', 'eventcatalog');
const installed = join(dir, 'node_modules', '@eventcatalog', 'core', 'package.json');

const versionOf = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : undefined);
if (versionOf(installed) === version) {
  console.log(`EventCatalog ${version}: ${dir}`);
  process.exit(0);
}
mkdirSync(dir, { recursive: true });
writeFileSync(
  join(dir, 'package.json'),
  JSON.stringify({ name: 'eventcatalog-peer', private: true, type: 'module', dependencies: { '@eventcatalog/core': version } }, null, 2),
);
console.log(`Installing @eventcatalog/core@${version} into ${dir} (about 2 minutes and 1.6 GB the first time)…`);
const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock'], {
  cwd: dir,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, ONNXRUNTIME_NODE_INSTALL_CUDA: 'skip', SCARF_ANALYTICS: 'false', NO_UPDATE_NOTIFIER: '1' },
  timeout: 900_000,
});
if (npm.status !== 0 || versionOf(installed) !== version) {
  console.error(`npm install @eventcatalog/core@${version} failed (exit ${npm.status ?? npm.error?.message}).`);
  process.exit(2);
}
console.log(`EventCatalog ${version}: ${dir}`);
