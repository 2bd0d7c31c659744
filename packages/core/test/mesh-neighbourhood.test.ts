import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkCatalog, findNeighbourhood, type CatalogCheck, type SourceDocument, type TableOptions } from '@meshplane/core';
import { loadFilesSource, readYamlDocument } from '@meshplane/source';
import { generateMesh } from '@meshplane/testkit';

const TODAY = '2026-12-01';
const GENERATED = generateMesh({ products: 24, seed: 7, today: TODAY });

type Files = Map<string, string>;
type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- YAML edited in place
/** An edit of a catalog: `n` picks what it edits. Returns what it did, or undefined when it had nothing to edit. */
type Edit = (files: Files, n: number) => string | undefined;

const pick = <T>(list: readonly T[], n: number): T | undefined => list[n % Math.max(1, list.length)];
const named = (files: Files, pattern: RegExp): string[] => [...files.keys()].filter((p) => pattern.test(p)).sort();
const PRODUCTS = /\/product\.yaml$/;
const TEAMS = /^catalog\/teams\//;
const AGREEMENTS = /\/agreements\/[^/]+\.yaml$/;
const idOf = (files: Files, path: string): string => (parse(files.get(path) ?? '') as Doc).metadata.id as string;

/** Parses one file, lets `f` change it (returning the new value, to say what it did), writes it back. */
function edit(files: Files, pattern: RegExp, n: number, f: (doc: Doc) => unknown): string | undefined {
  const path = pick(named(files, pattern), n);
  if (!path) return undefined;
  const doc = parse(files.get(path) as string) as Doc;
  const what = f(doc);
  files.set(path, stringify(doc));
  return `set ${JSON.stringify(what) ?? 'nothing'} in ${path}`;
}

/** Every kind of key the mesh table tracks, changed or removed, and changes to what a file reads. */
const EDITS: Edit[] = [
  (files, n) => {
    const path = pick([...files.keys()].sort(), n);
    return path && files.delete(path) ? `deleted ${path}` : undefined;
  },
  (files, n) => {
    const teams = [...named(files, TEAMS).map((p) => p.replace(/^.*\/|\.yaml$/g, '')), 'nobody'];
    return edit(files, PRODUCTS, n, (d) => (d.metadata.owner = pick(teams, n >> 3)));
  },
  (files, n) => edit(files, PRODUCTS, n, (d) => (d.spec.outputPorts[0].name = 'renamed')),
  (files, n) => edit(files, PRODUCTS, n, (d) => d.spec.outputPorts[0].schema.pop()?.name),
  (files, n) => {
    const ids = [...named(files, PRODUCTS).map((p) => idOf(files, p)), 'ghost.product'];
    const source = { product: pick(ids, n >> 3), port: 'main' };
    return edit(files, PRODUCTS, n, (d) => (d.spec.inputPorts = [...(d.spec.inputPorts ?? []), { name: 'added', source, mode: 'pull' }]));
  },
  (files, n) => edit(files, PRODUCTS, n, (d) => (d.spec.inputPorts = [])),
  (files, n) => edit(files, PRODUCTS, n, (d) => (d.metadata.domain = pick(['player', 'listener', 'ghost'], n >> 3))),
  (files, n) => {
    const ids = [...named(files, PRODUCTS).map((p) => idOf(files, p)), 'ghost.product'];
    return edit(files, PRODUCTS, n, (d) => (d.metadata.successor = pick(ids, n >> 3)));
  },
  (files, n) => {
    const path = pick(named(files, PRODUCTS), n);
    if (!path) return undefined;
    files.set(path.replace(/\/product\.yaml$/, '-copy/product.yaml'), files.get(path) as string);
    return `copied ${path}`;
  },
  (files, n) => edit(files, AGREEMENTS, n, (d) => (d.spec.end = '2026-01-01')),
  (files, n) => edit(files, AGREEMENTS, n, (d) => (d.spec.consumer.team = pick(['analytics-1', 'analytics-2', 'player-data', 'nobody'], n >> 3))),
  (files, n) => {
    const ids = [...named(files, PRODUCTS).map((p) => idOf(files, p)), 'ghost.product'];
    return edit(files, AGREEMENTS, n, (d) => (d.spec.consumer.product = pick(ids, n >> 3)));
  },
  (files, n) => edit(files, AGREEMENTS, n, (d) => (d.spec.provider.ports = [{ name: 'main', columns: ['event_date', 'nothing'] }])),
  (files, n) => edit(files, TEAMS, n, (d) => (d.metadata.name = 'renamed-team')),
  (files, n) => edit(files, /\/domain\.yaml$/, n, (d) => (d.spec.owner = 'nobody')),
];

const CHECK = { root: '.', toolVersion: 'test', today: TODAY };
/** Each file read once for all runs (by path and content), as a parse index would. */
const parsed = new Map<string, ReturnType<typeof readYamlDocument>>();
const readOnce = (file: string, content: Uint8Array): ReturnType<typeof readYamlDocument> => {
  const key = `${file}\n${Buffer.from(content).toString()}`;
  const known = parsed.get(key) ?? readYamlDocument(file, content);
  parsed.set(key, known);
  return known;
};
const load = (files: Files) =>
  loadFilesSource(
    [...files].map(([path, text]) => ({ path, mode: '100644', content: Buffer.from(text) })),
    readOnce,
  );
/** A document's bytes, as a parse index names them: its path and content. */
const identify = (doc: SourceDocument): string => `${doc.file}\n${JSON.stringify(doc.value)}`;
const check = (files: Files, table?: TableOptions): CatalogCheck => checkCatalog(load(files), { ...CHECK, ...(table ? { table } : {}) });

function applyEdits(from: Files, edits: readonly [number, number][]): { files: Files; done: string[] } {
  const files = new Map(from);
  const done = edits.flatMap(([e, n]) => (EDITS[e % EDITS.length] as Edit)(files, n) ?? []);
  return { files, done };
}

const editsArb = (min: number, max: number) => fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: min, maxLength: max });

describe('mesh checks over a change and its neighbourhood (the mesh table)', () => {
  it('find exactly what a whole check finds, on random edits of a base that may have findings of its own', () => {
    fc.assert(
      fc.property(editsArb(0, 2), editsArb(1, 4), (baseEdits, headEdits) => {
        const base = applyEdits(GENERATED, baseEdits);
        const head = applyEdits(base.files, headEdits);
        const checkedBase = check(base.files, { tabulate: true });
        if (!checkedBase.table) throw new Error('no table');
        const whole = check(head.files);
        const near = check(head.files, { previous: { index: checkedBase.index, table: checkedBase.table }, identify });
        expect(near.report, `base: ${base.done.join('; ')}; head: ${head.done.join('; ')}`).toEqual(whole.report);
      }),
      { numRuns: 120, seed: 20261207 },
    );
  });

  it('touches only a changed file that changes nothing others read, and with it the readers of what it changes', () => {
    const base = check(GENERATED, { tabulate: true });
    if (!base.table) throw new Error('no table');
    const previous = { index: base.index, table: base.table };
    const path = named(GENERATED, PRODUCTS).find((p) => [...GENERATED.values()].some((t) => t.includes(`product: ${idOf(GENERATED, p)}\n`)));
    if (!path) throw new Error('no product is read');
    const id = idOf(GENERATED, path);
    const head = new Map(GENERATED);
    head.set(path, (head.get(path) as string).replace('Synthetic', 'Revised synthetic'));
    const described = findNeighbourhood(previous, check(head).index, identify);
    expect(described).toEqual({ files: new Set([path]), cycles: false });
    // Its output port renamed: the products that read it and the agreements that share it are checked too.
    head.set(path, (head.get(path) as string).replace('- name: main', '- name: renamed'));
    const readers = [...head].filter(([, text]) => text.includes(`product: ${id}\n`)).map(([p]) => p);
    expect(readers.length).toBeGreaterThan(0);
    const renamed = findNeighbourhood(previous, check(head).index, identify);
    expect([...(renamed?.files ?? [])].sort()).toEqual([path, ...readers].sort());
  });

  it('checks a reader again when the owner team of what it reads comes back (read through that product)', () => {
    // A product read by one of another team: the base lacks the provider's team (so the read is not judged) and the
    // agreements that cover it; the pull request brings the team back, and the read needs an agreement again.
    const products = named(GENERATED, PRODUCTS).map((path) => ({ path, doc: parse(GENERATED.get(path) as string) as Doc }));
    const byId = new Map(products.map((p) => [p.doc.metadata.id as string, p]));
    const pair = products
      .flatMap((reader) => ((reader.doc.spec.inputPorts ?? []) as Doc[]).map((i) => ({ reader, provider: byId.get(i.source?.product as string) })))
      .find((x) => x.provider && x.provider.doc.metadata.owner !== x.reader.doc.metadata.owner);
    if (!pair?.provider) throw new Error("no product reads another team's");
    const team = `catalog/teams/${String(pair.provider.doc.metadata.owner)}.yaml`;
    const folder = pair.provider.path.replace(/product\.yaml$/, 'agreements/');
    const base = new Map(GENERATED);
    base.delete(team);
    for (const path of named(base, AGREEMENTS)) if (path.startsWith(folder)) base.delete(path);
    const head = new Map(base).set(team, GENERATED.get(team) as string);
    const checkedBase = check(base, { tabulate: true });
    if (!checkedBase.table) throw new Error('no table');
    const whole = check(head);
    expect(whole.report.findings.filter((f) => f.file === pair.reader.path).map((f) => f.ruleId)).toContain('agreement.missing');
    const near = check(head, { previous: { index: checkedBase.index, table: checkedBase.table }, identify });
    expect(near.report).toEqual(whole.report);
  });
});
