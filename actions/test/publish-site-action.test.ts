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
      env: { GITHUB_EVENT_NAME: 'push' },
      timeoutMs: 300_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const site = run.outputs['site-path'] as string;
    expect(site).toMatch(/meshplane-runner-[^/]+\/meshplane-site$/);
    expect(run.outputs).toMatchObject({ products: '2', skipped: '0', verdict: 'pass' });
    expect(Number(run.outputs.pages)).toBeGreaterThanOrEqual(2);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('Podcast episodes');
    expect(existsSync(join(site, 'pagefind'))).toBe(true);
    expect(run.summary).toMatch(/^Built the catalog site: 2 products, \d+ pages indexed for search, in \d+\.\d s\.$/m);
  });
});
