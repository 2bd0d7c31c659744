import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@meshplane/testkit';

const setpriv = spawnSync('sh', ['-c', 'command -v setpriv'], { encoding: 'utf8' }).stdout.trim();
const isRoot = process.getuid?.() === 0;

describe('scripts/setup-test-deps.mjs', () => {
  // Dropping to `nobody` needs root; PATH then holds only node and sh, so chromium is not found.
  it.skipIf(!isRoot || !setpriv)('names the one command to run when a dependency is missing and the user is not root', () => {
    // A copy of the script in a folder `nobody` may read: the clone itself may sit in a private folder.
    const work = mkdtempSync(join(tmpdir(), 'meshplane-test-deps-'));
    chmodSync(work, 0o755);
    const bin = join(work, 'bin');
    mkdirSync(join(work, 'scripts'));
    mkdirSync(bin);
    copyFileSync(join(REPO_ROOT, 'scripts/setup-test-deps.mjs'), join(work, 'scripts/setup-test-deps.mjs'));
    symlinkSync(process.execPath, join(bin, 'node'));
    symlinkSync('/bin/sh', join(bin, 'sh'));
    const r = spawnSync(setpriv, ['--reuid=65534', '--regid=65534', '--clear-groups', 'node', 'scripts/setup-test-deps.mjs'], {
      cwd: work,
      env: { PATH: bin, HOME: bin },
      encoding: 'utf8',
    });
    rmSync(work, { recursive: true, force: true });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('The tests need chromium, which is not installed.');
    expect(r.stderr).toContain('  sudo node scripts/setup-test-deps.mjs\n');
  });
});
