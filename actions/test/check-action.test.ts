import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMeshFiles, buildProduct, commitAll, copyExampleMesh, git, makeTempRepo, runMesh } from '@meshplane/testkit';
import { runActionEntry, writePullRequestEvent, type ActionRun } from './run-action-entry.js';

const TODAY = '2026-11-22';

/** The example mesh with its policies as the base commit, and a pull request that breaks a port and adds a typo. */
function makePullRequest(): { dir: string; baseSha: string; headSha: string; remove(): void } {
  const repo = copyExampleMesh({ policies: true });
  const baseSha = commitAll(repo.dir);
  git(repo.dir, 'checkout', '-q', '-b', 'change');
  const file = 'catalog/podcast/podcast-listeners/product.yaml';
  const original = readFileSync(join(repo.dir, file), 'utf8');
  const edited = original.replace('- { name: listener_id, type: string,', '- { name: listener_id, type: integer,');
  expect(edited).not.toBe(original);
  repo.write(file, edited);
  const other = 'catalog/player/play-events/product.yaml';
  repo.write(other, readFileSync(join(repo.dir, other), 'utf8').replace('  productOwner:', '  prodctOwner:'));
  git(repo.dir, 'commit', '-q', '-am', 'head');
  return { dir: repo.dir, baseSha, headSha: git(repo.dir, 'rev-parse', 'HEAD').trim(), remove: repo.remove };
}

describe('actions/check on a pull request', () => {
  const pr = makePullRequest();
  afterAll(() => pr.remove());
  const event = writePullRequestEvent({ baseSha: pr.baseSha, headSha: pr.headSha, title: 'a"; echo PWNED #' });
  let run: ActionRun;
  beforeAll(async () => {
    run = await runActionEntry('check', {
      cwd: pr.dir,
      inputs: { today: TODAY, 'sarif-path': 'meshplane.sarif' },
      env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event },
    });
  });

  it('fails the step with outputs that count the findings', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.outputs.conclusion).toBe('failure');
    const report = JSON.parse(readFileSync(run.outputs['report-path'] as string, 'utf8'));
    expect(report.verdict).toBe('fail');
    expect(Number(run.outputs.errors)).toBe(report.counts.error);
    expect(Number(run.outputs.warnings)).toBe(report.counts.warning);
    expect(Number(run.outputs.notices)).toBe(report.counts.notice);
    const rules = new Set(report.findings.filter((f: { severity: string }) => f.severity === 'error').map((f: { ruleId: string }) => f.ruleId));
    expect([...rules]).toEqual(expect.arrayContaining(['schema.unknown-key', 'change.version-bump', 'change.breaking-consumers']));
    expect(JSON.parse(readFileSync(join(pr.dir, 'meshplane.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('judges with the base commit of the event: the same report as mesh check --base', () => {
    const cli = runMesh(['check', '--base', pr.baseSha, '--today', TODAY, '--format', 'json'], { cwd: pr.dir, timeoutMs: 120_000 });
    expect(cli.status).toBe(1);
    expect(readFileSync(run.outputs['report-path'] as string, 'utf8')).toBe(cli.stdout);
    expect(JSON.parse(cli.stdout).policy.source).toBe(`base ${pr.baseSha} (${pr.baseSha.slice(0, 12)})`);
  });

  it('writes the app comment Markdown as the job summary, every finding after it, and the annotations mesh check --format github prints', () => {
    const markdown = runMesh(['check', '--base', pr.baseSha, '--today', TODAY, '--format', 'markdown'], { cwd: pr.dir, timeoutMs: 120_000 });
    expect(run.summary.startsWith('<!-- meshplane:pull-comment -->')).toBe(true);
    expect(run.summary).toContain(`<!-- meshplane:head ${pr.headSha} -->`);
    expect(run.summary).toContain('### ❌ Meshplane: not ready to merge');
    expect(run.summary).toMatch(/- \[ \] An approval from @daff\/podcast-analytics — consumes `podcast\.podcast-listeners\.daily-listeners`/);
    expect(run.summary).toContain('What merging would provision');
    expect(run.summary).toContain(`<details><summary>Every finding</summary>\n\n${markdown.stdout}\n</details>`);
    const github = runMesh(['check', '--base', pr.baseSha, '--today', TODAY, '--format', 'github'], { cwd: pr.dir, timeoutMs: 120_000 });
    expect(run.stdout).toBe(github.stdout);
    expect(run.annotations.find((a) => a.properties.includes('schema.unknown-key'))).toMatchObject({
      level: 'error',
      properties: 'file=catalog/player/play-events/product.yaml,line=10,col=3,title=Meshplane schema.unknown-key',
    });
  });

  it('never uses the pull request title', () => {
    expect(run.stdout + run.summary).not.toContain('PWNED');
  });
});

describe('actions/check limits', () => {
  const typo = (n: number) =>
    buildProduct(`podcast.product-${String(n).padStart(2, '0')}`, (p) => {
      (p.metadata as unknown as Record<string, unknown>).ownr = 'x';
    });
  const repo = makeTempRepo(buildMeshFiles(Array.from({ length: 12 }, (_, i) => typo(i + 1))));
  afterAll(() => repo.remove());

  it('prints 10 error annotations and puts all 12 errors in the job summary', async () => {
    const run = await runActionEntry('check', { cwd: repo.dir, inputs: { today: TODAY }, env: { GITHUB_EVENT_NAME: 'push' } });
    expect(run.status).toBe(1);
    expect(run.outputs.errors).toBe('12');
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(run.stdout).toContain('2 more findings not shown as annotations (GitHub shows 10 per severity in a step): see the job summary.');
    expect(run.summary.match(/Unknown key `ownr`/g)).toHaveLength(12);
  });

  it('passes the step with fail-on-error false, and still reports the failure', async () => {
    const run = await runActionEntry('check', { cwd: repo.dir, inputs: { today: TODAY, 'fail-on-error': 'false' }, env: { GITHUB_EVENT_NAME: 'push' } });
    expect(run.status).toBe(0);
    expect(run.outputs.conclusion).toBe('failure');
  });

  it('checks a clean catalog without a base on a push', async () => {
    const clean = makeTempRepo(buildMeshFiles([buildProduct()]));
    try {
      const run = await runActionEntry('check', { cwd: clean.dir, inputs: { today: TODAY }, env: { GITHUB_EVENT_NAME: 'push' } });
      expect(run.status).toBe(0);
      expect(run.outputs).toMatchObject({ conclusion: 'success', errors: '0' });
      expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
    } finally {
      clean.remove();
    }
  });

  it.each([
    ['a bad date', { today: 'yesterday' }, 'Input `today` takes a date as YYYY-MM-DD, not `yesterday`.'],
    ['a folder without a catalog', { path: 'nowhere' }, 'nowhere is not a directory.'],
    ['a bad boolean', { 'fail-on-error': 'maybe' }, 'Input `fail-on-error` takes true or false, not `maybe`.'],
  ])('exits 2 with one error line on %s', async (_n, inputs, message) => {
    const run = await runActionEntry('check', { cwd: repo.dir, inputs, env: { GITHUB_EVENT_NAME: 'push' } });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe(`::error title=Meshplane::${message}\n`);
    expect(run.summary).toBe('');
  });
});
