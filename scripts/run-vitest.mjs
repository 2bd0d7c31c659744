#!/usr/bin/env node
// Runs `vitest run` (with the arguments given, e.g. a test file) with its own temporary folder: TMPDIR points into a
// fresh folder under the system's, which is removed when the run ends, whatever the tests, the `mesh` processes they
// start, PostgreSQL, Trino and Chromium left in it. Without it every run left about 160 folders in /tmp. Set
// MESHPLANE_KEEP_TEST_TMP=1 to keep the folder (its path is printed) for a post-mortem. Called by `npm test`.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = mkdtempSync(join(tmpdir(), 'meshplane-tests-'));
// Traversable by the PostgreSQL server the platform tests start as the postgres user (its own folder is its own).
chmodSync(root, 0o755);
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const child = spawn(process.execPath, [vitest, 'run', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, TMPDIR: root } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  if (process.env.MESHPLANE_KEEP_TEST_TMP) process.stderr.write(`run-vitest: the tests' temporary files are kept in ${root}\n`);
  else rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  process.exit(code ?? (signal ? 1 : 0));
});
