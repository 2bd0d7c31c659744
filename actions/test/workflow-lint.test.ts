import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@meshplane/testkit';

/** Runs scripts/lint-workflows.mjs (actionlint and zizmor, offline; `npm test` installs them first). */
function lintWorkflows(...files: string[]): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/lint-workflows.mjs'), ...files], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
  if (r.error) throw r.error;
  return { status: r.status, output: r.stdout + r.stderr };
}

const fixture = (name: string): string => join(REPO_ROOT, 'actions/test/fixtures/unsafe-workflows', name);

describe('workflow lint (actionlint + zizmor)', () => {
  it('finds nothing in the repository: its workflows and the four actions', () => {
    const r = lintWorkflows();
    expect(r.output).toContain('No findings to report.');
    for (const action of ['check', 'provision', 'slo-monitor', 'expiry-monitor', 'publish-site'])
      expect(r.output).toContain(`completed ./actions/${action}/action.yml`);
    expect(r.output).toContain('completed ./.github/workflows/meshplane-check.yml');
    expect(r.status).toBe(0);
  });

  it('rejects a pwn request: pull_request_target with a checkout of the pull request head', () => {
    const r = lintWorkflows(fixture('pwn-request.yml'));
    expect(r.output).toContain('error[dangerous-triggers]');
    expect(r.output).toContain('warning[artipacked]');
    expect(r.status).toBe(1);
  });

  it('rejects the pull request title pasted into a run: script', () => {
    const r = lintWorkflows(fixture('title-injection.yml'));
    expect(r.output).toContain('"github.event.pull_request.title" is potentially untrusted');
    expect(r.output).toContain('template-injection');
    expect(r.status).toBe(1);
  });
});
