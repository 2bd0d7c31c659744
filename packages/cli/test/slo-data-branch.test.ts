import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildMeshFiles, buildProduct, git, makeTempRepo, runMesh, type TempRepo } from '@meshplane/testkit';

const NOW = '2026-11-22T06:00:00.000Z';
const BRANCH = 'meshplane-data';

describe('mesh slo --data-branch: the history on a git branch, each command in a fresh folder', { timeout: 120_000 }, () => {
  const remote = mkdtempSync(join(tmpdir(), 'meshplane-remote-'));
  git(remote, 'init', '-q', '--bare');
  const folders: TempRepo[] = [];
  afterAll(() => [remote, ...folders.map((f) => f.dir)].forEach((d) => rmSync(d, { recursive: true, force: true })));

  /** A fresh copy of the catalog: nothing of the last command's store is in it. */
  const fresh = (): TempRepo => {
    const repo = makeTempRepo(buildMeshFiles([buildProduct()]));
    folders.push(repo);
    return repo;
  };
  const mesh = (repo: TempRepo, ...args: string[]) => runMesh([...args, '--now', NOW], { cwd: repo.dir, timeoutMs: 60_000 });
  const onBranch = ['--data-branch', BRANCH, '--data-branch-remote', remote];
  const commits = () => Number(git(remote, 'rev-list', '--count', BRANCH).trim());
  const line = (hour: string, value: number) =>
    JSON.stringify({
      observationId: `podcast.podcast-listeners:daily:fresh:2026-11-22T${hour}`,
      productId: 'podcast.podcast-listeners',
      port: 'daily',
      slo: 'fresh',
      observedAt: `2026-11-22T${hour}:00:00.000Z`,
      value,
      unit: 'hours',
    });

  it('ingest pushes the observations; status in another folder reads them and pushes nothing; evaluate pushes the memory', () => {
    const first = fresh();
    first.write('obs.jsonl', `${line('04', 1)}\n${line('05', 2)}\n`);
    const ingest = mesh(first, 'slo', 'ingest', 'obs.jsonl', ...onBranch);
    expect(ingest.status, ingest.stderr).toBe(0);
    expect(ingest.stderr).toBe(`Data branch ${BRANCH} at ${remote}: 0 observations loaded, 2 added, 0 day files dropped; pushed.\n`);
    expect(git(remote, 'ls-tree', '-r', '--name-only', BRANCH).trim().split('\n')).toEqual(['observations/2026-11-22.jsonl']);
    expect(commits()).toBe(1);

    const status = mesh(fresh(), 'slo', 'status', '--format', 'json', ...onBranch);
    expect(status.status, status.stderr).toBe(0);
    const report = JSON.parse(status.stdout) as { products: Record<string, { statuses: { state: string; current?: { observedAt: string } }[] }> };
    expect(report.products['podcast.podcast-listeners']?.statuses[0]?.current?.observedAt).toBe('2026-11-22T05:00:00.000Z');
    expect(status.stderr).toContain('2 observations loaded, 0 added, 0 day files dropped; nothing pushed.');
    expect(commits()).toBe(1);

    const evaluate = mesh(fresh(), 'slo', 'evaluate', ...onBranch);
    expect(evaluate.status, evaluate.stderr).toBe(0);
    expect(evaluate.stderr).toContain('2 observations loaded, 0 added, 0 day files dropped; pushed.');
    expect(commits()).toBe(2);
    expect(JSON.parse(git(remote, 'show', `${BRANCH}:slo-memory.json`))).toMatchObject({ evaluatedAt: NOW });
    // The latest statuses, without history, where the app's error-budget gate reads them.
    const published = JSON.parse(git(remote, 'show', `${BRANCH}:slo-status.json`)) as Array<Record<string, unknown>>;
    expect(published.length).toBeGreaterThan(0);
    expect(published[0]).toMatchObject({ evaluatedAt: NOW });
    expect(published[0]).not.toHaveProperty('history');
  });

  it('uses the work tree’s origin by default, and says so when there is none', () => {
    const withOrigin = fresh();
    git(withOrigin.dir, 'init', '-q');
    git(withOrigin.dir, 'remote', 'add', 'origin', remote);
    const r = mesh(withOrigin, 'slo', 'status', '--data-branch', BRANCH);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`Data branch ${BRANCH} at ${remote}: 2 observations loaded`);

    const without = mesh(fresh(), 'slo', 'evaluate', '--data-branch', BRANCH);
    expect(without.status).toBe(2);
    expect(without.stderr).toMatch(/^mesh: .* has no git remote origin to keep the data branch on: check the repository out with git\.$/m);
  });

  it('refuses --data-branch on commands that keep no history, and an empty name', () => {
    const repo = fresh();
    const exported = mesh(repo, 'slo', 'export', 'x.parquet', ...onBranch);
    expect(exported.status).toBe(2);
    expect(exported.stderr).toBe('mesh: --data-branch goes with mesh slo measure, ingest, status or evaluate.\n');
    expect(mesh(repo, 'slo', 'evaluate', '--data-branch', '').stderr).toBe('mesh: --data-branch takes a branch name, such as meshplane-data.\n');
    expect(commits()).toBe(2);
  });

  it('refuses a branch whose day file was broken by hand, naming the file and line, and pushes nothing', () => {
    const clone = makeTempRepo();
    folders.push(clone);
    git(clone.dir, 'clone', '-q', '--branch', BRANCH, remote, '.');
    clone.write('observations/2026-11-22.jsonl', `${line('04', 1)}\n{"half": \n`);
    git(clone.dir, 'commit', '-q', '-am', 'a hand edit');
    git(clone.dir, 'push', '-q', 'origin', BRANCH);
    const r = mesh(fresh(), 'slo', 'evaluate', ...onBranch);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('mesh: observations/2026-11-22.jsonl:2 is not an observation (docs/observations.md); fix or remove the line on the data branch.\n');
    expect(commits()).toBe(3);
  });
});
