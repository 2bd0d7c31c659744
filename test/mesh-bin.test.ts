import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@meshplane/testkit';

const SHIM = join(REPO_ROOT, 'packages/cli/bin/mesh.js');

describe('the committed mesh bin', () => {
  it('is what the CLI package links as `mesh`, and is executable', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/cli/package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin).toEqual({ mesh: './bin/mesh.js' });
    expect(statSync(SHIM).mode & 0o111).toBe(0o111);
    expect(readFileSync(SHIM, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('runs the built CLI', () => {
    const r = spawnSync(SHIM, ['--version'], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/^mesh \d+\.\d+\.\d+/);
    expect(r.status).toBe(0);
  });

  it('says how to build when dist/ is missing, and exits 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshplane-bin-'));
    mkdirSync(join(dir, 'bin'));
    // The shim is an ES module by its package.json, as in packages/cli.
    copyFileSync(join(REPO_ROOT, 'packages/cli/package.json'), join(dir, 'package.json'));
    copyFileSync(SHIM, join(dir, 'bin/mesh.js'));
    const r = spawnSync(process.execPath, [join(dir, 'bin/mesh.js'), 'check'], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(r.stderr).toBe(
      `mesh is not built: ${join(dir, 'dist/main.js')} is missing. Run \`npm install\` (or \`npm run build\`) in the Meshplane checkout.\n`,
    );
    expect(r.status).toBe(2);
  });
});
