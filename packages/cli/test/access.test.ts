import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDesiredState, checkCatalog } from '@meshplane/core';
import { loadRepository } from '@meshplane/source';
import { buildMeshFiles, buildProduct, commitAll, copyExampleMesh, git, makeTempRepo, REPO_ROOT, runMesh, startGithubServer, toYaml } from '@meshplane/testkit';

const TODAY = '2026-11-22';

describe('mesh access request', () => {
  const repo = copyExampleMesh({ policies: true });
  afterAll(() => repo.remove());
  const request = (...args: string[]) => runMesh(['access', 'request', ...args, '--today', TODAY], { cwd: repo.dir, timeoutMs: 120_000 });
  const file = 'catalog/music/tracks/agreements/podcast-analytics.yaml';

  it('drafts an agreement beside the product, which mesh check passes, and which grants the team on apply', () => {
    const r = request('music.tracks/tracks', '--team', 'podcast-analytics', '--purpose', 'Which tracks podcasts play', '--until', '2027-05-31');
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`Wrote ${file}.`);
    expect(r.status).toBe(0);
    const text = readFileSync(join(repo.dir, file), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/\.\.\/\.\.\/schemas\/data-sharing-agreement\.schema\.json\n/);
    expect(text).toContain(
      'kind: DataSharingAgreement\nmetadata:\n  name: podcast-analytics\nspec:\n  provider:\n    product: music.tracks\n    ports:\n      - name: tracks\n',
    );
    expect(text).toContain('  purpose: Which tracks podcasts play\n  start: 2026-11-22\n  end: 2027-05-31\n');
    const check = runMesh(['check', '--today', TODAY], { cwd: repo.dir, timeoutMs: 120_000 });
    expect(check.stdout).toMatch(/✔ Passed/);
    const { index } = checkCatalog(loadRepository(repo.dir), { root: repo.dir, toolVersion: 't', today: TODAY });
    const grants = buildDesiredState(index, { engine: 'postgres', today: TODAY }).grants.filter(
      (g) => g.role === 'team_podcast_analytics' && g.object.startsWith('tracks__tracks'),
    );
    expect(grants.map((g) => `${g.object}:${g.privilege}`).sort()).toEqual(['tracks__tracks:SELECT', 'tracks__tracks__latest:SELECT']);
    const again = request('music.tracks/tracks', '--team', 'podcast-analytics', '--purpose', 'x', '--until', '2027-05-31');
    expect(again.stderr).toMatch(/already exists: edit it \(a new end date renews it\), or pass --name/);
    expect(again.status).toBe(2);
  });

  it.each<[string, string[], RegExp]>([
    [
      'an unknown port',
      ['music.tracks/trakcs', '--team', 'growth-analytics', '--purpose', 'p', '--until', '2027-01-31'],
      /has no output port `trakcs`.*Did you mean `tracks`/,
    ],
    [
      'an end before the start',
      ['music.tracks/tracks', '--team', 'growth-analytics', '--purpose', 'p', '--until', '2026-11-01'],
      /ends on 2026-11-01, before it starts \(2026-11-22\)/,
    ],
    ['the provider itself', ['music.tracks/tracks', '--team', 'music-data', '--purpose', 'p', '--until', '2027-01-31'], /`music-data` owns `music\.tracks`/],
    [
      'an unknown team',
      ['music.tracks/tracks', '--team', 'growth-analytic', '--purpose', 'p', '--until', '2027-01-31'],
      /not a team of the mesh.*Did you mean `growth-analytics`/,
    ],
    [
      'personal data without a legal basis',
      ['podcast.podcast-listeners/daily-listeners', '--team', 'marketing-data', '--purpose', 'Campaign reach', '--until', '2027-01-31'],
      /shares personal data \(listener_id\) but names no legal basis.*\[?/,
    ],
    ['a purpose of blanks', ['music.tracks/tracks', '--team', 'growth-analytics', '--purpose', '   ', '--until', '2027-01-31'], /needs --purpose/],
  ])('refuses %s with the reason on its line, and writes nothing', (_name, args, message) => {
    const r = request(...args);
    expect(r.stderr).toMatch(message);
    expect(r.status).toBe(2);
    expect(existsSync(join(repo.dir, 'catalog/music/tracks/agreements/growth-analytics.yaml'))).toBe(false);
    expect(existsSync(join(repo.dir, 'catalog/podcast/podcast-listeners/agreements/marketing-data.yaml'))).toBe(false);
  });

  it('shares only the listed columns, and names a consuming product', () => {
    const r = request(
      'podcast.podcast-listeners/daily-listeners',
      '--team',
      'marketing-data',
      '--product',
      'marketing.marketing-campaigns',
      '--columns',
      'episode_id,listen_date,plays',
      '--purpose',
      'Campaign reach per episode',
      '--until',
      '2027-05-31',
      '--name',
      'marketing-campaigns',
    );
    expect(r.status).toBe(0);
    const text = readFileSync(join(repo.dir, 'catalog/podcast/podcast-listeners/agreements/marketing-campaigns.yaml'), 'utf8');
    expect(text).toContain('      - name: daily-listeners\n        columns:\n          - episode_id\n          - listen_date\n          - plays\n');
    expect(text).toContain('  consumer:\n    team: marketing-data\n    product: marketing.marketing-campaigns\n');
  });
});

describe('mesh access migrate', () => {
  it('turns inline consumers and uncovered reads into agreements, which grant what the previous version granted', () => {
    const listeners = buildProduct('podcast.podcast-listeners', (p) => {
      p.spec.access.consumers = [{ team: 'podcast-analytics', purpose: 'weekly reports', until: '2027-06-30' }];
    });
    const charts = buildProduct('podcast.charts', (p) => {
      p.metadata.owner = 'podcast-analytics';
      p.spec.inputPorts = [{ name: 'listeners', source: { product: 'podcast.podcast-listeners', port: 'daily' }, mode: 'pull' }];
    });
    const repo = makeTempRepo({ ...buildMeshFiles([listeners, charts]) });
    try {
      const before = toYaml(listeners);
      const dry = runMesh(['access', 'migrate', '--today', TODAY, '--dry-run'], { cwd: repo.dir });
      expect(dry.stdout).toMatch(/^Would write 2 agreements and edit 1 manifest/);
      expect(readFileSync(join(repo.dir, 'catalog/podcast/podcast-listeners/product.yaml'), 'utf8')).toBe(before);
      const r = runMesh(['access', 'migrate', '--today', TODAY], { cwd: repo.dir });
      expect(r.stdout).toContain('Wrote 2 agreements and edited 1 manifest (inline consumers removed).');
      expect(r.stdout).toContain('  + catalog/podcast/podcast-listeners/agreements/podcast-analytics.yaml');
      expect(r.stdout).toContain('  + catalog/podcast/podcast-listeners/agreements/podcast-charts.yaml');
      expect(r.stdout).toMatch(/2 of them share personal data: add its legal basis/);
      const manifest = readFileSync(join(repo.dir, 'catalog/podcast/podcast-listeners/product.yaml'), 'utf8');
      expect(manifest).not.toContain('consumers');
      expect(manifest).toBe(before.replace(/\n {4}consumers:\n(?: {6}.*\n)+/, '\n'));
      const check = runMesh(['check', '--today', TODAY], { cwd: repo.dir });
      expect(check.stdout).not.toMatch(/agreement\.missing|access\.inline-consumers/);
      // The previous version granted the inline team and the reading product's owner: both are podcast-analytics here.
      const { index } = checkCatalog(loadRepository(repo.dir), { root: repo.dir, toolVersion: 't', today: TODAY });
      const reads = buildDesiredState(index, { engine: 'postgres', today: TODAY }).grants.filter(
        (g) => g.role === 'team_podcast_analytics' && g.object.startsWith('podcast_listeners'),
      );
      expect(reads.map((g) => `${g.object}:${g.privilege}`).sort()).toEqual(['podcast_listeners__daily:SELECT', 'podcast_listeners__daily__latest:SELECT']);
      const charts2 = readFileSync(join(repo.dir, 'catalog/podcast/podcast-listeners/agreements/podcast-charts.yaml'), 'utf8');
      expect(charts2).toContain(
        '  consumer:\n    team: podcast-analytics\n    product: podcast.charts\n  purpose: Feeds Podcast listeners through its input port `listeners`.\n  start: 2026-11-22\n  end: 2027-11-22\n',
      );
    } finally {
      repo.remove();
    }
  });

  it('was run on the example mesh: no inline consumer is left, and every read across teams has an agreement', () => {
    const r = runMesh(['access', 'migrate', '--dry-run', '--today', TODAY], { cwd: REPO_ROOT });
    expect(r.stdout).toMatch(/^Would write 0 agreements and edit 0 manifests/);
  });
});

describe('mesh access request --open-pr', () => {
  it('pushes a branch holding only the agreement, opens the pull request, and leaves the work tree as it was', async () => {
    const { runAccess } = await import('../src/commands/run-access.js');
    const repo = copyExampleMesh({ policies: true });
    const remote = mkdtempSync(join(tmpdir(), 'meshplane-remote-'));
    const github = await startGithubServer();
    try {
      const main = commitAll(repo.dir);
      git(remote, 'init', '-q', '--bare', '-b', 'main');
      git(repo.dir, 'remote', 'add', 'origin', remote);
      git(repo.dir, 'push', '-q', 'origin', 'main');
      github.serveGit('daff', 'mesh', remote, 'main');
      const env = { GITHUB_TOKEN: 'test-token', GITHUB_REPOSITORY: 'daff/mesh', GITHUB_API_URL: github.url };
      const flags = { root: repo.dir, team: 'growth-analytics', purpose: 'Track popularity per market', until: '2027-05-31', today: TODAY, openPr: true, env };
      const r = await runAccess(['request', 'music.tracks/tracks'], flags);
      expect(r.stdout).toMatch(
        /^Wrote catalog\/music\/tracks\/agreements\/growth-analytics\.yaml\.\nPushed meshplane\/access-growth-analytics-music-tracks-growth-analytics and opened pull request #1: https:\/\/github\.com\/daff\/mesh\/pull\/1\n$/,
      );
      const [pull] = github.repo('daff', 'mesh').pulls;
      expect(pull).toMatchObject({ title: 'Data sharing agreement: growth-analytics reads music.tracks', base: { ref: 'main', sha: main } });
      expect(pull?.body).toContain(
        '`growth-analytics` may read `tracks` (the whole port) of `music.tracks` from 2026-11-22 through 2027-05-31, for: Track popularity per market.',
      );
      expect(pull?.body).toContain('Needs approval of @daff/music-data (owns the shared product).');
      const branch = 'meshplane/access-growth-analytics-music-tracks-growth-analytics';
      expect(git(remote, 'diff', '--name-only', `main..${branch}`).trim()).toBe('catalog/music/tracks/agreements/growth-analytics.yaml');
      // The work tree, its branch and its index are untouched: the file is there, not committed, on main.
      expect(git(repo.dir, 'rev-parse', '--abbrev-ref', 'HEAD').trim()).toBe('main');
      expect(git(repo.dir, 'status', '--porcelain', '--', 'catalog').trim()).toBe('?? catalog/music/tracks/agreements/growth-analytics.yaml');
      github.assertNoViolations();
    } finally {
      await github.close();
      repo.remove();
      rmSync(remote, { recursive: true, force: true });
    }
  });

  it('says what is missing before pushing anything', async () => {
    const { runAccess } = await import('../src/commands/run-access.js');
    const repo = copyExampleMesh({ policies: true });
    try {
      commitAll(repo.dir);
      const flags = { root: repo.dir, team: 'growth-analytics', purpose: 'p', until: '2027-05-31', today: TODAY, openPr: true, env: {} };
      await expect(runAccess(['request', 'music.tracks/tracks'], flags)).rejects.toThrow(/Set GITHUB_REPOSITORY/);
    } finally {
      repo.remove();
    }
  });
});
