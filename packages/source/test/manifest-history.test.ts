import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { startManifestHistory } from '@meshplane/source';
import { buildMeshFiles, buildProduct, commitAll, makeTempRepo, toYaml } from '@meshplane/testkit';

describe('manifest history', () => {
  it('lists the commits of each manifest newest first, each with the version it declared', async () => {
    const repo = makeTempRepo(buildMeshFiles([buildProduct('podcast.events')]));
    try {
      commitAll(repo.dir, 'Add events');
      repo.write('catalog/podcast/events/product.yaml', toYaml(buildProduct('podcast.events', (p) => (p.spec.purpose = 'Reports.'))));
      commitAll(repo.dir, 'Say why');
      repo.write('catalog/podcast/events/product.yaml', toYaml(buildProduct('podcast.events', (p) => (p.metadata.version = '1.1.0'))));
      commitAll(repo.dir, 'Release 1.1.0');
      const history = (await startManifestHistory(repo.dir, 'catalog', join(repo.dir, '.history.log'))).get('catalog/podcast/events/product.yaml');
      expect(history?.map((e) => [e.subject, e.version])).toEqual([
        ['Release 1.1.0', '1.1.0'],
        ['Say why', '1.0.0'],
        ['Add events', '1.0.0'],
      ]);
      expect(history?.[0]?.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(history?.[0]?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    } finally {
      repo.remove();
    }
  });

  it('is empty outside a git repository', async () => {
    const repo = makeTempRepo(buildMeshFiles([buildProduct('podcast.events')]));
    try {
      expect((await startManifestHistory(repo.dir, 'catalog', join(repo.dir, '.history.log'))).size).toBe(0);
    } finally {
      repo.remove();
    }
  });
});
