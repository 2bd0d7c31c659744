import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@meshplane/testkit';

const FIXTURE = join(REPO_ROOT, 'test/fixtures/failing-suites');

/**
 * Runs the fixture's `project` with a real Vitest in a child process, its stdout and stderr into one file as CI reads
 * them; returns its exit status and last line.
 */
function runFixture(project: string): { status: number | null; lastLine: string } {
  const dir = mkdtempSync(join(tmpdir(), 'meshplane-plain-summary-'));
  const out = openSync(join(dir, 'output.txt'), 'w');
  // The parent run's VITEST_* variables would make the child think it is one of its workers.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'vitest.config.ts', '--project', project], {
    cwd: FIXTURE,
    env: { ...env, NO_COLOR: '1', CI: '1' },
    stdio: ['ignore', out, out],
    timeout: 50_000,
  });
  closeSync(out);
  const output = readFileSync(join(dir, 'output.txt'), 'utf8');
  rmSync(dir, { recursive: true, force: true });
  return { status: r.status, lastLine: output.trimEnd().split('\n').at(-1) ?? '' };
}

describe('the plain summary line', () => {
  it('counts a file whose import throws and a file whose beforeAll throws as failed', () => {
    const r = runFixture('files');
    expect(r.status).toBe(1);
    expect(r.lastLine).toBe('vitest: 1 passed, 2 failed, 2 skipped');
  });

  it('counts a run whose global setup throws as failed', () => {
    const r = runFixture('global-setup');
    expect(r.status).toBe(1);
    expect(r.lastLine).toBe('vitest: 0 passed, 1 failed, 0 skipped');
  });
});
