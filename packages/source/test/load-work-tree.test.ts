import { appendFileSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoadedSource } from '@meshplane/core';
import { loadRepository, loadWorkTree, openParseIndex } from '@meshplane/source';
import { copyExampleMesh, git, type TempRepo } from '@meshplane/testkit';

const PRODUCT = 'catalog/podcast/podcast-listeners/product.yaml';

/** What a check sees of a loaded source: files, documents (file and data) and findings, in a stable order. */
function summarize(s: LoadedSource): unknown {
  const findings = [...s.findings].map((f) => `${f.file}:${f.line ?? 0} ${f.ruleId} ${f.message}`).sort();
  return { files: s.files, documents: s.documents.map((d) => ({ file: d.file, value: d.value })), findings };
}

/** A fresh parse index's reader in its own folder: each load starts from nothing remembered. */
function freshReader() {
  return openParseIndex(mkdtempSync(join(tmpdir(), 'meshplane-index-'))).reader();
}

describe('reading the work tree through git (loadWorkTree)', () => {
  let repo: TempRepo | undefined;
  afterEach(() => repo?.remove());

  it('reads what walking the tree reads: changed, new, ignored, deleted, linked and oversized files alike', () => {
    repo = copyExampleMesh();
    const at = (p: string): string => join(repo?.dir ?? '', p);
    writeFileSync(at('catalog/podcast/huge.yaml'), `a: ${'x'.repeat(1024 * 1024 + 10)}\n`);
    writeFileSync(at('catalog/podcast/notes.txt'), 'not a manifest\n');
    symlinkSync('../../catalog/podcast/domain.yaml', at('catalog/podcast/linked.yaml'));
    git(repo.dir, 'init', '-q');
    git(repo.dir, 'add', '-A');
    git(repo.dir, 'commit', '-q', '-m', 'base');
    const base = summarize(loadRepository(repo.dir, {}, freshReader()));
    expect(summarize(loadWorkTree(repo.dir, {}, freshReader()))).toEqual(base);
    // Then the work tree moves on from the index: edits, a new file, an ignored one, a deletion, a new link, a
    // broken file, a file in node_modules (skipped), and a staged change edited again.
    appendFileSync(at(PRODUCT), '  # edited\n');
    writeFileSync(at(PRODUCT), `${'x: [\n'}`, { flag: 'a' });
    writeFileSync(at('catalog/podcast/new.yaml'), 'apiVersion: meshplane/v1\nkind: Team\nmetadata: {name: new-team}\n');
    writeFileSync(at('.gitignore'), 'catalog/podcast/ignored.yaml\n');
    writeFileSync(at('catalog/podcast/ignored.yaml'), 'a: 1\na: 2\n');
    rmSync(at('catalog/podcast/domain.yaml'));
    symlinkSync('/etc/passwd', at('catalog/podcast/escape.yaml'));
    mkdirSync(at('catalog/podcast/node_modules/x'), { recursive: true });
    writeFileSync(at('catalog/podcast/node_modules/x/skip.yaml'), 'a: [\n');
    const team = 'catalog/teams/podcast-data.yaml';
    appendFileSync(at(team), '# staged\n');
    git(repo.dir, 'add', team);
    appendFileSync(at(team), 'extra: true\n');
    const walked = summarize(loadRepository(repo.dir, {}, freshReader()));
    expect(walked).not.toEqual(base);
    expect(summarize(loadWorkTree(repo.dir, {}, freshReader()))).toEqual(walked);
  });

  it('reads the files of a repository nested in the catalog, as the walk does (git lists only its folder)', () => {
    repo = copyExampleMesh();
    git(repo.dir, 'init', '-q');
    git(repo.dir, 'add', '-A');
    git(repo.dir, 'commit', '-q', '-m', 'base');
    const nested = join(repo.dir, 'catalog/vendor');
    mkdirSync(nested);
    git(nested, 'init', '-q');
    writeFileSync(join(nested, 'team.yaml'), 'apiVersion: meshplane/v1\nkind: Team\nmetadata: {name: vendor}\n');
    const walked = summarize(loadRepository(repo.dir, {}, freshReader()));
    expect(JSON.stringify(walked)).toContain('catalog/vendor/team.yaml');
    expect(summarize(loadWorkTree(repo.dir, {}, freshReader()))).toEqual(walked);
  });

  it('walks the tree where git cannot say: outside a repository, or without an index to answer', () => {
    repo = copyExampleMesh();
    const walked = summarize(loadRepository(repo.dir));
    expect(summarize(loadWorkTree(repo.dir, {}, freshReader()))).toEqual(walked);
    git(repo.dir, 'init', '-q');
    expect(summarize(loadWorkTree(repo.dir))).toEqual(walked);
  });

  it('answers unchanged files from the index by their blob id, reading only what changed', () => {
    repo = copyExampleMesh();
    git(repo.dir, 'init', '-q');
    git(repo.dir, 'add', '-A');
    git(repo.dir, 'commit', '-q', '-m', 'base');
    const dir = mkdtempSync(join(tmpdir(), 'meshplane-index-'));
    const first = openParseIndex(dir);
    const used = new Set<string>();
    loadWorkTree(repo.dir, {}, first.reader(used));
    first.save('worktree', used);
    appendFileSync(join(repo.dir, PRODUCT), '# edited\n');
    const again = openParseIndex(dir);
    again.load('worktree');
    loadWorkTree(repo.dir, {}, again.reader());
    expect(again.stats.misses).toBe(1);
    expect(again.stats.hits).toBe(used.size - 1);
  });
});
