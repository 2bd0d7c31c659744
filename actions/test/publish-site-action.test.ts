import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildMeshFiles, buildProduct, commitAll, makeTempRepo } from '@meshplane/testkit';
import { runActionEntry } from './run-action-entry.js';

describe('actions/publish-site', () => {
  const repo = makeTempRepo(buildMeshFiles([buildProduct(), buildProduct('podcast.podcast-episodes', (p) => (p.metadata.name = 'Podcast episodes'))]));
  commitAll(repo.dir);
  afterAll(() => repo.remove());

  it('builds the catalog site into the runner temp folder and names it for the Pages upload', async () => {
    const run = await runActionEntry('publish-site', {
      cwd: repo.dir,
      inputs: { today: '2026-11-22' },
      env: { GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'daff/catalog' },
      timeoutMs: 300_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const site = run.outputs['site-path'] as string;
    expect(site).toMatch(/meshplane-runner-[^/]+\/meshplane-site$/);
    expect(run.outputs).toMatchObject({ 'base-path': '/catalog/', products: '2', skipped: '0', verdict: 'pass' });
    expect(Number(run.outputs.pages)).toBeGreaterThanOrEqual(2);
    // A project site: GitHub Pages serves daff/catalog under /catalog/, so every link starts there.
    const home = readFileSync(join(site, 'index.html'), 'utf8');
    expect(home).toContain('Podcast episodes');
    expect(home).toContain('href="/catalog/products/podcast.podcast-episodes/"');
    // The search loads Pagefind from the base the form names, with the site's own script under the base too.
    expect(home).toContain('data-base="/catalog/"');
    expect(home).toMatch(/<script type="module" src="\/catalog\/_astro\/[^"]+\.js"/);
    expect(home).not.toMatch(/(?:href|src)="\/(?!catalog\/)/);
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(run.summary).toMatch(/^Built the catalog site: 2 products, \d+ pages indexed for search, in \d+\.\d s\.$/m);
    expect(run.summary).toContain('Its links start with /catalog/ (from the repository name; set the input base-path for a custom domain).');
  });

  it('refuses a base-path without slashes with exit 2 and one error annotation, before writing anything', async () => {
    const out = join(repo.dir, 'never-written');
    const run = await runActionEntry('publish-site', {
      cwd: repo.dir,
      inputs: { today: '2026-11-22', out, 'base-path': 'catalog' },
      env: { GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'daff/catalog' },
    });
    expect(run.status).toBe(2);
    expect(run.annotations.map((a) => [a.level, a.message])).toEqual([
      ['error', expect.stringContaining('Input `base-path` takes the path the site is served under, such as /demo/') as string],
    ]);
    expect(existsSync(out)).toBe(false);
  });
});
