import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCatalog, walkLineage } from '@meshplane/core';
import { loadRepository } from '@meshplane/source';
import { copyExampleMesh, makeTempRepo, REPO_ROOT, runMesh, validateSarif, type TempRepo } from '@meshplane/testkit';

const repos: TempRepo[] = [];
const exampleCopy = (): TempRepo => {
  const r = copyExampleMesh({ policies: true });
  repos.push(r);
  return r;
};
afterEach(() => repos.splice(0).forEach((r) => r.remove()));

describe('mesh check', () => {
  it('passes on the example mesh with exit code 0, its policies run through wasm', () => {
    const r = runMesh(['check', '.']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Policies: \d+ rules from the work tree, bundle sha256:[0-9a-f]{12}…$/m);
    expect(r.stdout).toMatch(/^✔ (Clean|Passed with 0 errors)/m);
  });

  it('reports a typo in a key with the file, the line and "did you mean"', () => {
    const repo = exampleCopy();
    const file = 'catalog/podcast/podcast-listeners/product.yaml';
    const text = readFileSync(join(repo.dir, file), 'utf8');
    const lines = text.split('\n');
    const line = lines.findIndex((l) => /^\s+productOwner:/.test(l)) + 1;
    writeFileSync(join(repo.dir, file), text.replace(/^(\s+)productOwner:/m, '$1prodctOwner:'));
    const r = runMesh(['check', repo.dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${file}:${line}:`);
    expect(r.stdout).toContain('Unknown key `prodctOwner` in metadata; the required key `productOwner` is missing.');
    expect(r.stdout).toContain('Did you mean `productOwner`?');
  });

  it('writes SARIF 2.1.0 that validates against the SARIF schema', () => {
    const repo = exampleCopy();
    repo.write('catalog/podcast/broken/product.yaml', 'apiVersion: meshplane/v1\nkind: DataProduct\nmetadata: { id: podcast.broken }\n');
    const r = runMesh(['check', repo.dir, '--format', 'sarif']);
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(validateSarif(log)).toEqual([]);
    expect(log.runs[0].results.length).toBeGreaterThan(0);
  });

  it.each([
    [
      'json',
      (out: string) => expect(JSON.parse(out)).toMatchObject({ verdict: 'pass', counts: { error: 0 }, policy: { digest: expect.stringMatching(/^sha256:/) } }),
    ],
    ['github', (out: string) => expect(out).toMatch(/^✔ (Clean|Passed)/m)],
    ['markdown', (out: string) => expect(out).toContain('### ✅ **Meshplane check passed**')],
  ])('renders --format %s', (format, assert) => {
    const r = runMesh(['check', '--format', format]);
    expect(r.status).toBe(0);
    assert(r.stdout);
  });

  it.each([
    [['frobnicate'], /Unknown command `frobnicate`/],
    [['check', '--format', 'xml'], /Unknown format `xml`/],
    [['check', '--bogus'], /Unknown option '--bogus'/],
    [['check', '/nonexistent-meshplane'], /is not a directory/],
    [['graph', 'podcast.nope'], /No product `podcast.nope`/],
    [['new', 'product', 'Bad Name'], /Name the product as <domain>\/<name>/],
  ])('exits 2 on a usage fault: %j', (args, message) => {
    const r = runMesh(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 when there is no catalog folder', () => {
    const repo = makeTempRepo({ 'README.md': 'x' });
    repos.push(repo);
    const r = runMesh(['check', repo.dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('No catalog/ folder');
  });
});

describe('mesh graph', () => {
  it('lists every product playlist.monday-playlists depends on, transitively', () => {
    const { graph } = checkCatalog(loadRepository(REPO_ROOT), { root: REPO_ROOT, toolVersion: 'test' });
    const expected = walkLineage(graph, 'playlist.monday-playlists', { direction: 'upstream' });
    expect(expected.some((s) => s.depth >= 2)).toBe(true);
    const r = runMesh(['graph', 'playlist.monday-playlists', '--upstream']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Upstream (depends on): ${expected.length} products`);
    for (const s of expected) expect(r.stdout).toMatch(new RegExp(`^\\s+${s.id.replace('.', '\\.')}\\s+\\[depth ${s.depth};`, 'm'));
    expect(r.stdout).not.toContain('Downstream');
  });

  it('limits the depth and prints JSON', () => {
    const r = runMesh(['graph', 'playlist.monday-playlists', '--upstream', '--depth', '1', '--format', 'json']);
    const out = JSON.parse(r.stdout) as { upstream: { depth: number }[] };
    expect(out.upstream.length).toBeGreaterThan(0);
    expect(out.upstream.every((s) => s.depth === 1)).toBe(true);
  });
});

describe('mesh new product', () => {
  it('writes a manifest and README that pass mesh check, asking nothing when flags are given', () => {
    const repo = exampleCopy();
    const r = runMesh([
      'new',
      'product',
      'podcast/top-episodes',
      '--root',
      repo.dir,
      '--description',
      'Top episodes: the "daily" #1 picks per market, one row per episode and day.',
      '--archetype',
      'consumer-aligned',
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Created catalog/podcast/top-episodes/product.yaml');
    const manifest = readFileSync(join(repo.dir, 'catalog/podcast/top-episodes/product.yaml'), 'utf8');
    expect(manifest.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../schemas/data-product.schema.json');
    expect(manifest).toContain('archetype: consumer-aligned');
    const check = runMesh(['check', repo.dir, '--format', 'json']);
    expect(check.status, check.stdout + check.stderr).toBe(0);
    const findings = (JSON.parse(check.stdout) as { findings: { file?: string; severity: string }[] }).findings;
    expect(findings.filter((f) => f.file?.startsWith('catalog/podcast/top-episodes/'))).toEqual([]);
  });

  it('refuses to overwrite an existing product', () => {
    const r = runMesh(['new', 'product', 'podcast/podcast-listeners']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('already exists');
  });
});

describe('mesh validate', () => {
  it('checks single files against their schema only', () => {
    const r = runMesh(['validate', 'catalog/podcast/podcast-listeners/product.yaml', 'catalog/teams/podcast-data.yaml']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('✔ Clean: 2 files validated against their schemas (1 product, 1 team).\n');
  });
});
