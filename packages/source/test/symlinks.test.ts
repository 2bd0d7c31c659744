import { mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRepository } from '@meshplane/source';
import { buildMeshFiles, buildProduct, makeTempRepo, toYaml, type TempRepo } from '@meshplane/testkit';
import { describeFindings } from './helpers/fixture-expectations.js';
import { checkRepositoryAt } from './helpers/check-inputs.js';

let repo: TempRepo | undefined;
let outside: TempRepo | undefined;
afterEach(() => {
  repo?.remove();
  outside?.remove();
});

/** A folder outside the repository holding a valid product, as a link target that must never be read. */
function makeOutsideProduct(): string {
  outside = makeTempRepo({ 'secret/product.yaml': toYaml(buildProduct('podcast.secret')) });
  return join(outside.dir, 'secret');
}

/** Creates a symbolic link at `path` (repository-relative) pointing at `target`. */
function link(target: string, path: string): void {
  const at = join((repo as TempRepo).dir, path);
  mkdirSync(dirname(at), { recursive: true });
  symlinkSync(target, at);
}

describe('symbolic links inside catalog/', () => {
  it.each<{ what: string; plant: () => string[] }>([
    {
      what: 'a product file linked to a file outside the repository',
      plant: () => (link(join(makeOutsideProduct(), 'product.yaml'), 'catalog/podcast/secret/product.yaml'), ['catalog/podcast/secret/product.yaml']),
    },
    {
      what: 'a product file linked to /etc/passwd',
      plant: () => (link('/etc/passwd', 'catalog/podcast/passwd/product.yaml'), ['catalog/podcast/passwd/product.yaml']),
    },
    {
      what: 'a folder linked to a folder outside the repository',
      plant: () => (link(makeOutsideProduct(), 'catalog/podcast/secret'), ['catalog/podcast/secret']),
    },
    {
      what: 'a link whose target does not exist',
      plant: () => (link('/nonexistent/meshplane/product.yaml', 'catalog/podcast/gone.yaml'), ['catalog/podcast/gone.yaml']),
    },
    {
      what: 'two links pointing at each other',
      plant: () => (link('b.yaml', 'catalog/podcast/a.yaml'), link('a.yaml', 'catalog/podcast/b.yaml'), ['catalog/podcast/a.yaml', 'catalog/podcast/b.yaml']),
    },
    {
      what: 'a README linked to a file outside the repository',
      plant: () => (link('/etc/hostname', 'catalog/podcast/podcast-listeners/README.md'), ['catalog/podcast/podcast-listeners/README.md']),
    },
    { what: 'the catalog folder itself linked to its own parent', plant: () => (link('..', 'catalog/podcast/loop'), ['catalog/podcast/loop']) },
  ])('$what: file.symlink on line 1 of the link, and nothing behind it is read', ({ plant }) => {
    repo = makeTempRepo(buildMeshFiles([buildProduct()]));
    const links = plant();
    const findings = checkRepositoryAt(repo.dir);
    expect(describeFindings(findings)).toEqual(['file.symlink line 1']);
    expect(findings.map((f) => f.file)).toEqual(links);
    expect(findings[0]?.message).toContain('is a symbolic link; Meshplane does not follow links');
    expect(findings[0]?.hint).toBe('Replace the link with the file itself.');
    const read = loadRepository(repo.dir).documents.map((d) => d.file);
    expect(read.filter((f) => links.some((l) => f === l || f.startsWith(`${l}/`)))).toEqual([]);
    expect(read).toContain('catalog/podcast/podcast-listeners/product.yaml');
  });
});
