import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '@meshplane/testkit';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: unknown;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>;
}

const dir = join(REPO_ROOT, '.github/workflows');
const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));
const actions = ['check', 'provision', 'slo-monitor', 'expiry-monitor', 'publish-site'].map((a) => join(REPO_ROOT, 'actions', a, 'action.yml'));
/** Every `uses:` line of the workflows and actions, as written (with its comment). */
const usesLines = [...files.map((f) => join(dir, f)), ...actions].flatMap((path) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => /^\s*(- )?uses: /.test(l))
    .map((line) => ({ path, line: line.trim().replace(/^- /, '') })),
);

describe('the repository workflows are hardened', () => {
  it.each(files)('%s: no pull_request_target, no permissions at the top, a minimal grant per job', (file) => {
    const w = parse(readFileSync(join(dir, file), 'utf8')) as Workflow;
    expect(Object.keys(w.on)).not.toContain('pull_request_target');
    expect(Object.keys(w.on)).not.toContain('workflow_run');
    expect(w.permissions).toEqual({});
    for (const job of Object.values(w.jobs)) {
      expect(job.permissions).toBeDefined();
      expect(Object.values(job.permissions ?? {})).not.toContain('write-all');
      for (const step of job.steps) {
        if (step.uses?.startsWith('actions/checkout@')) expect(step.with?.['persist-credentials']).toBe(false);
        expect(step.run ?? '').not.toMatch(/\$\{\{\s*github\.(event|head_ref)/);
      }
    }
  });

  it('pins every third-party action to a full commit SHA with its version in a comment', () => {
    const remote = usesLines.filter((u) => !u.line.startsWith('uses: ./'));
    expect(remote.length).toBeGreaterThan(10);
    for (const u of remote) expect(u.line, u.path).toMatch(/^uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it('queues provisioning runs instead of cancelling them', () => {
    const w = parse(readFileSync(join(dir, 'meshplane-provision.yml'), 'utf8')) as Workflow;
    expect(w.concurrency).toEqual({ group: 'meshplane-provision', 'cancel-in-progress': false });
    expect(Object.keys(w.on)).toEqual(['push', 'schedule', 'workflow_dispatch']);
  });

  it('queues SLO runs, and grants contents write for the data branch that keeps their history', () => {
    const w = parse(readFileSync(join(dir, 'meshplane-slo.yml'), 'utf8')) as Workflow;
    expect(w.concurrency).toEqual({ group: 'meshplane-slo', 'cancel-in-progress': false });
    expect(w.jobs.slo?.permissions).toEqual({ contents: 'write', issues: 'write' });
    expect(w.jobs.slo?.steps.find((s) => s.uses === './actions/slo-monitor')?.with?.['data-branch']).toBe('meshplane-data');
  });

  it('checks pull requests on pull_request and their reviews, never pull_request_target, with read-only permissions', () => {
    const w = parse(readFileSync(join(dir, 'meshplane-check.yml'), 'utf8')) as Workflow;
    expect(Object.keys(w.on)).toEqual(['pull_request', 'pull_request_review']);
    expect(w.jobs.check?.permissions).toEqual({ contents: 'read', 'pull-requests': 'read' });
  });
});
