#!/usr/bin/env node
// Makes the pinned workflow linters available: actionlint at .tools/bin/actionlint (built from the Go module proxy with
// `go install`) and zizmor at .tools/zizmor/bin/zizmor (a virtual environment with the PyPI wheel). Versions are pinned
// in package.json "meshplane". Called by `npm test` and .ci/run. Prints one line per tool when there is nothing to do.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pins = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).meshplane;
const tools = join(root, '.tools');
const actionlint = join(tools, 'bin', 'actionlint');
const zizmorVenv = join(tools, 'zizmor');
const zizmor = join(zizmorVenv, 'bin', 'zizmor');

function versionOf(path, pattern) {
  const r = spawnSync(path, ['--version'], { encoding: 'utf8' });
  if (r.status !== 0) return undefined;
  return pattern.exec(r.stdout)?.[1];
}

function fail(message) {
  console.error(message);
  process.exit(2);
}

function setupActionlint(version) {
  if (existsSync(actionlint) && versionOf(actionlint, /^v?(\d+\.\d+\.\d+)/m) === version) return;
  const go = spawnSync('go', ['version'], { encoding: 'utf8' });
  if (go.error || go.status !== 0) fail(`Meshplane lints its workflows with actionlint ${version}, built with Go: install Go and run this again.`);
  mkdirSync(dirname(actionlint), { recursive: true });
  console.log(`Building actionlint ${version} with ${go.stdout.trim()} (go install)…`);
  // -ldflags sets the version actionlint reports; without it a `go install` build says "(devel)".
  execFileSync('go', ['install', `-ldflags=-X github.com/rhysd/actionlint.version=${version}`, `github.com/rhysd/actionlint/cmd/actionlint@v${version}`], {
    stdio: 'inherit',
    env: { ...process.env, GOBIN: dirname(actionlint), GOFLAGS: `${process.env.GOFLAGS ?? ''} -buildvcs=false`.trim() },
  });
  const built = versionOf(actionlint, /^v?(\d+\.\d+\.\d+)/m);
  if (built !== version) fail(`go install finished but ${actionlint} reports version ${built ?? 'nothing'}, not ${version}.`);
}

function setupZizmor(version) {
  if (existsSync(zizmor) && versionOf(zizmor, /^zizmor (\S+)/m) === version) return;
  const python = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  if (python.error || python.status !== 0) fail(`Meshplane lints its workflows with zizmor ${version} from PyPI: install Python 3 and run this again.`);
  console.log(`Installing zizmor ${version} into ${zizmorVenv} (pip)…`);
  execFileSync('python3', ['-m', 'venv', '--clear', zizmorVenv], { stdio: 'inherit' });
  execFileSync(join(zizmorVenv, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', `zizmor==${version}`], { stdio: 'inherit' });
  const installed = versionOf(zizmor, /^zizmor (\S+)/m);
  if (installed !== version) fail(`pip finished but ${zizmor} reports version ${installed ?? 'nothing'}, not ${version}.`);
}

setupActionlint(pins.actionlintVersion);
console.log(`actionlint ${pins.actionlintVersion}: ${actionlint}`);
setupZizmor(pins.zizmorVersion);
console.log(`zizmor ${pins.zizmorVersion}: ${zizmor}`);
