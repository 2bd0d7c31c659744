#!/usr/bin/env node
// Installs datacontract-cli (pinned) into a virtual environment under .tools/, so the peer test
// (packages/cli/test/datacontract-lint.test.ts) can lint Meshplane's ODCS exports with the real tool. Called by
// scripts/setup-test-deps.mjs; about 20 s on a warm pip cache. When Python or PyPI is missing it says so and exits 0:
// the test then skips with the reason.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DATACONTRACT_VERSION = '1.2.8';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const venv = join(root, '.tools', `datacontract-cli-${DATACONTRACT_VERSION}`);
const bin = join(venv, 'bin', 'datacontract');

if (existsSync(bin)) {
  console.log(`datacontract-cli ${DATACONTRACT_VERSION}: ${bin}`);
} else {
  const started = Date.now();
  const steps = [
    ['python3', ['-m', 'venv', venv]],
    [join(venv, 'bin', 'pip'), ['install', '--quiet', `datacontract-cli==${DATACONTRACT_VERSION}`]],
  ];
  const failed = steps.find(([cmd, args]) => spawnSync(cmd, args, { stdio: 'inherit' }).status !== 0);
  if (failed) console.log(`datacontract-cli: not installed (${failed[0]} failed); the peer test will skip.`);
  else console.log(`datacontract-cli ${DATACONTRACT_VERSION}: installed in ${Math.round((Date.now() - started) / 1000)} s at ${bin}`);
}
