import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprintWorkTree, listWorkTreeFiles, listWorkTreeFilesAsync, nameKeyIndex, openParseIndex } from '@meshplane/source';
import { copyExampleMesh, git, type TempRepo } from '@meshplane/testkit';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('what the parse index keeps with each file (memo)', () => {
  it('recalls data by the bytes a value was read from, across a save and a new process, under its name only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshplane-index-'));
    const first = openParseIndex(dir);
    const used = new Set<string>();
    const read = first.reader(used);
    const a = read('catalog/a.yaml', text('kind: Team\n')).document?.value;
    const b = read('catalog/b.yaml', text('kind: Domain\n')).document?.value;
    first.memo('verdict 1').remember(a, { valid: true });
    expect(first.memo('verdict 1').recall(a)).toEqual({ valid: true });
    expect(first.memo('verdict 1').recall(b)).toBeUndefined();
    expect(first.memo('verdict 2').recall(a)).toBeUndefined();
    first.save('worktree', used);

    const second = openParseIndex(dir);
    expect(second.load('worktree')).toBe(true);
    const again = second.reader();
    expect(second.memo('verdict 1').recall(again('catalog/a.yaml', text('kind: Team\n')).document?.value)).toEqual({ valid: true });
    // The same path with other bytes is another file: nothing is recalled for it.
    expect(second.memo('verdict 1').recall(again('catalog/a.yaml', text('kind: Team # edited\n')).document?.value)).toBeUndefined();
    // A value not read through the index has no file to recall by.
    expect(second.memo('verdict 1').recall({ kind: 'Team' })).toBeUndefined();
  });

  it('stores an index again when one of its files was given a memo, and not when nothing changed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshplane-index-'));
    const first = openParseIndex(dir);
    const parsed = new Set<string>();
    first.reader(parsed)('catalog/a.yaml', text('kind: Team\n'));
    first.save('worktree', parsed);
    const file = join(dir, 'worktree.v8');
    // A later run: the file comes from the stored index, nothing is parsed.
    const index = openParseIndex(dir);
    index.load('worktree');
    const used = new Set<string>();
    const value = index.reader(used)('catalog/a.yaml', text('kind: Team\n')).document?.value;
    utimesSync(file, new Date(0), new Date(0));
    index.save('worktree', used);
    expect(statSync(file).mtimeMs).toBe(0);
    index.memo('verdict 1').remember(value, { valid: true });
    index.save('worktree', used);
    expect(statSync(file).mtimeMs).toBeGreaterThan(0);
  });
});

describe('pruning stored commit indexes', () => {
  it('keeps the named indexes and the most recent others, and removes the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshplane-index-'));
    const index = openParseIndex(dir);
    const names: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const used = new Set<string>();
      index.reader(used)(`catalog/f${i}.yaml`, text(`kind: Team\nn: ${i}\n`));
      const name = nameKeyIndex(used);
      index.save(name, used);
      utimesSync(join(dir, `${name}.v8`), new Date(1000 * i), new Date(1000 * i));
      names.push(name);
    }
    writeFileSync(join(dir, 'worktree.v8'), 'kept: not a commit index');
    index.prune(new Set([names[0] as string]), 1);
    expect(readdirSync(dir).sort()).toEqual([`${names[0]}.v8`, `${names[3]}.v8`, 'worktree.v8'].sort());
  });
});

describe('the fingerprint of the work tree (fingerprintWorkTree)', () => {
  let repo: TempRepo | undefined;
  afterEach(() => repo?.remove());

  it('changes with any byte of a catalog file, tracked or not, and with the config file; not with other files', async () => {
    repo = copyExampleMesh();
    git(repo.dir, 'init', '-q');
    git(repo.dir, 'add', '-A');
    git(repo.dir, 'commit', '-q', '-m', 'base');
    const dir = repo.dir;
    const print = (): string | undefined => fingerprintWorkTree(dir, {}, listWorkTreeFiles(dir));
    const start = print();
    expect(start).toBeDefined();
    expect(fingerprintWorkTree(dir, {}, await listWorkTreeFilesAsync(dir))).toBe(start);
    writeFileSync(join(dir, 'notes.md'), 'outside the catalog\n');
    expect(print()).toBe(start);
    const seen = new Set([start]);
    const expectNew = (what: string): void => {
      const now = print();
      expect(seen.has(now), what).toBe(false);
      seen.add(now);
    };
    appendFileSync(join(dir, 'catalog/podcast/domain.yaml'), '# edited\n');
    expectNew('a tracked file edited');
    // Staged, the edit is the same bytes (read by blob id instead of from disk): the same files for the check.
    const edited = print();
    git(dir, 'add', '-A');
    expect(print(), 'the edit staged').toBe(edited);
    writeFileSync(join(dir, 'catalog/podcast/new.yaml'), 'kind: Team\n');
    expectNew('an untracked file');
    writeFileSync(join(dir, 'catalog/podcast/new.yaml'), 'kind: Domain\n');
    expectNew('the untracked file edited');
    mkdirSync(join(dir, '.github'), { recursive: true });
    writeFileSync(join(dir, '.github/meshplane.yml'), 'apiVersion: meshplane/v1\nkind: Config\n');
    expectNew('the config file');
  });

  it('cannot say outside a git work tree', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshplane-no-git-'));
    mkdirSync(join(dir, 'catalog'));
    expect(listWorkTreeFiles(dir)).toBeUndefined();
    expect(fingerprintWorkTree(dir, {}, undefined)).toBeUndefined();
  });
});
