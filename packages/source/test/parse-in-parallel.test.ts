import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { identifyParsedValue, openParseIndex, parseInParallel, readYamlDocument, toParsedEntry } from '@meshplane/source';
import { makeTempRepo } from '@meshplane/testkit';
import { nestFlowMappings, readGoodProduct } from './helpers/hostile-inputs.js';

const BAD = new URL('./fixtures/bad/', import.meta.url);

/** The bad fixtures, the good product, and hostile inputs: what a first check of a real catalog may meet. */
function readItems(): { file: string; content: Uint8Array }[] {
  const bad = readdirSync(BAD)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ file: `catalog/bad/${f}`, content: readFileSync(new URL(f, BAD)) }));
  const extra = [
    { file: 'catalog/good/product.yaml', content: Buffer.from(readGoodProduct()) },
    { file: 'catalog/deep.yaml', content: Buffer.from(nestFlowMappings(5_000)) },
    { file: 'catalog/alias.yaml', content: Buffer.from('a: &x [1, 2]\nb: *x\n') },
    { file: 'catalog/broken.yaml', content: Buffer.from('a: [1, 2\nb: c\n') },
    { file: 'catalog/empty.yaml', content: Buffer.alloc(0) },
  ];
  return [...bad, ...extra];
}

describe('parseInParallel', () => {
  it('gives, on worker threads, exactly what the reader gives on this thread, in order', () => {
    const items = readItems();
    const report = { threaded: 0 };
    const parallel = parseInParallel(items, 2, report);
    // Run after `npm run build` (as `npm test` does): the compiled worker exists, so the threads really parsed.
    expect(report.threaded).toBe(items.length);
    expect(parallel).toEqual(items.map((i) => toParsedEntry(readYamlDocument(i.file, i.content))));
    expect(parallel.filter((e) => !e.parsed).length).toBeGreaterThan(2);
  });

  it('backs a parse index: a first load parses in parallel, finds the same, and the next load parses nothing', async () => {
    const { loadRepository } = await import('@meshplane/source');
    const files = Object.fromEntries(readItems().map((i) => [i.file, Buffer.from(i.content).toString('utf8')]));
    const repo = makeTempRepo(files);
    try {
      const plain = loadRepository(repo.dir);
      const index = openParseIndex(join(repo.dir, '.meshplane/cache/index'), { minimumParallel: 1 });
      const used = new Set<string>();
      const first = loadRepository(repo.dir, {}, index.reader(used));
      expect(index.stats).toEqual({ hits: 0, misses: Object.keys(files).length });
      expect(first.findings).toEqual(plain.findings);
      expect(first.documents.map((d) => [d.file, d.value])).toEqual(plain.documents.map((d) => [d.file, d.value]));
      index.save('worktree', used);
      const again = openParseIndex(join(repo.dir, '.meshplane/cache/index'), { minimumParallel: 1 });
      again.load('worktree');
      loadRepository(repo.dir, {}, again.reader());
      expect(again.stats).toEqual({ hits: Object.keys(files).length, misses: 0 });
    } finally {
      repo.remove();
    }
  });

  it('stores data exactly, numbers JSON cannot hold included, and names each value by the file it came from', async () => {
    const { loadRepository } = await import('@meshplane/source');
    const files = {
      'catalog/a/numbers.yaml': 'big: .inf\nsmall: -.inf\nnothing: .nan\nzero: -0\nplain: 1.5\n',
      'catalog/a/text.yaml': 'name: "quote \\" and \\u00e9"\nlist: [1, two, null, true]\n',
    };
    const repo = makeTempRepo(files);
    try {
      const plain = loadRepository(repo.dir).documents.map((d) => [d.file, d.value]);
      const dir = join(repo.dir, '.meshplane/cache/index');
      const first = openParseIndex(dir);
      const used = new Set<string>();
      const read = loadRepository(repo.dir, {}, first.reader(used));
      first.save('worktree', used);
      const again = openParseIndex(dir);
      expect(again.load('worktree')).toBe(true);
      const stored = loadRepository(repo.dir, {}, again.reader());
      expect(again.stats.hits).toBe(2);
      const values = stored.documents.map((d) => [d.file, d.value]);
      expect(values).toEqual(plain);
      const numbers = stored.documents.find((d) => d.file.endsWith('numbers.yaml'))?.value as Record<string, number>;
      expect(Object.is(numbers.zero, -0)).toBe(true);
      expect(numbers.big).toBe(Infinity);
      expect(Number.isNaN(numbers.nothing)).toBe(true);
      // Named by reader, blob id and path; a value read without an index has no name.
      expect(identifyParsedValue(stored.documents[0]?.value)).toMatch(/^reader-\S+ \S+ [0-9a-f]{40} catalog\/a\/numbers\.yaml$/);
      expect(identifyParsedValue(read.documents[0]?.value)).toBe(identifyParsedValue(stored.documents[0]?.value));
      expect(identifyParsedValue(loadRepository(repo.dir).documents[0]?.value)).toBeUndefined();
    } finally {
      repo.remove();
    }
  });
});
