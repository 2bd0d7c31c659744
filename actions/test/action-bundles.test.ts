// The actions run from committed bundles (scripts/build-actions.mjs), not from a monorepo install: these tests prove
// the committed bundles are what the sources build, and that the check action runs from GitHub's download of the
// repository alone, with nothing installed but OPA.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyActionCheckout, copyExampleMesh, REPO_ROOT } from '@meshplane/testkit';
import { runActionEntry } from './run-action-entry.js';

describe('the actions’ committed bundles', () => {
  it('are what scripts/build-actions.mjs builds from the sources now', () => {
    const r = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/build-actions.mjs'), '--check'], { encoding: 'utf8', timeout: 170_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('The actions’ committed builds are current.');
    expect(r.status).toBe(0);
  });

  it('give the check action no package to install: its bundle imports only Node built-ins', () => {
    expect(existsSync(join(REPO_ROOT, 'actions/check/package.json'))).toBe(false);
    const bundle = readFileSync(join(REPO_ROOT, 'actions/check/dist/index.js'), 'utf8');
    const imported = [...bundle.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1] as string);
    expect(imported.length).toBeGreaterThan(0);
    // Built-ins with or without `node:` (tar and its streams import `events`, `fs`, `zlib`): nothing from npm.
    expect(imported.filter((i) => !isBuiltin(i))).toEqual([]);
  });

  it('run the check action from a copy of what GitHub downloads, with no node_modules, and OPA from the PATH only', async () => {
    const checkout = copyActionCheckout();
    const repo = copyExampleMesh({ policies: true });
    const bin = join(dirname(checkout), 'opa-bin');
    mkdirSync(bin);
    symlinkSync(join(REPO_ROOT, '.tools/bin/opa'), join(bin, 'opa'));
    try {
      expect(existsSync(join(checkout, 'node_modules'))).toBe(false);
      expect(existsSync(join(checkout, 'actions/check/dist/index.js'))).toBe(true);
      const run = await runActionEntry('check', {
        cwd: repo.dir,
        script: join(checkout, 'actions/check/dist/index.js'),
        env: { PATH: `${bin}:${dirname(process.execPath)}:/usr/bin:/bin`, XDG_CACHE_HOME: join(dirname(checkout), 'cache'), GITHUB_EVENT_NAME: 'push' },
        inputs: { today: '2026-11-22' },
      });
      expect(run.stderr).toBe('');
      expect(run.outputs.conclusion).toBe('success');
      expect(run.outputs.errors).toBe('0');
      expect(run.status).toBe(0);
      expect(run.summary).toContain('Meshplane');
    } finally {
      rmSync(dirname(checkout), { recursive: true, force: true });
      repo.remove();
    }
  });
});
