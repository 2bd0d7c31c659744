#!/usr/bin/env node
// Lints every GitHub Actions workflow and action of the repository with the pinned actionlint and zizmor (offline: no
// network at lint time), after scripts/setup-workflow-lint.mjs made them available. Exits non-zero on any finding.
// With file arguments, lints only those workflow files (the tests use this to prove that a dangerous workflow fails).
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const actionlint = join(root, '.tools', 'bin', 'actionlint');
const zizmor = join(root, '.tools', 'zizmor', 'bin', 'zizmor');
const files = process.argv.slice(2).map((f) => resolve(f));

function run(label, command, args) {
  console.log(`== ${label}`);
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NO_COLOR: '1' } });
  if (r.error) {
    console.error(`${label}: ${r.error.message} (run node scripts/setup-workflow-lint.mjs)`);
    return 2;
  }
  return r.status ?? 2;
}

// shellcheck and pyflakes are turned off: actionlint runs them only when they are on PATH, which would make the result
// depend on the machine. zizmor's config is .github/zizmor.yml.
const lint = run('actionlint', actionlint, ['-shellcheck=', '-pyflakes=', ...files]);
const audit = run('zizmor', zizmor, ['--offline', '--no-progress', '--config', join(root, '.github', 'zizmor.yml'), ...(files.length ? files : ['.'])]);
process.exitCode = lint !== 0 || audit !== 0 ? 1 : 0;
