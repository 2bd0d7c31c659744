import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { READER_LIMITS, readYamlDocument, readYamlQuickly } from '@meshplane/source';
import { REPO_ROOT } from '@meshplane/testkit';
import { billionLaughs, floodAliases, nestBlockMappings, nestFlowBehindTag, nestFlowSequences, readGoodProduct } from './helpers/hostile-inputs.js';

const FIXTURES = join(REPO_ROOT, 'packages/source/test/fixtures');

/** Both readers on one input: the same findings, the same data, and (asked later) the same lines. */
function expectSameReading(file: string, input: string | Uint8Array, pointers: string[] = []): void {
  const full = readYamlDocument(file, input);
  const quick = readYamlDocument(file, input, { positions: false });
  expect(quick.findings, file).toEqual(full.findings);
  expect(quick.document === undefined, file).toBe(full.document === undefined);
  expect(quick.document?.value, file).toEqual(full.document?.value);
  for (const p of pointers) {
    expect(quick.document?.locate(p), `${file} ${p}`).toEqual(full.document?.locate(p));
    expect(quick.document?.locate(p, 'key'), `${file} ${p} key`).toEqual(full.document?.locate(p, 'key'));
  }
}

function listYamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Every JSON pointer of a value (at most `limit`), for asking both documents where each one is. */
function listPointers(value: unknown, limit = 200): string[] {
  const out: string[] = [];
  const walk = (v: unknown, at: string): void => {
    if (out.length >= limit) return;
    out.push(at);
    if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${at}/${k.replaceAll('~', '~0').replaceAll('/', '~1')}`);
  };
  walk(value, '');
  return [...out, '/no/such/key'];
}

/** Texts js-yaml reads differently from `yaml` (found by this test): the quick reader must leave them to the safe one. */
const KNOWN_DIFFERENCES: [string, string][] = [
  ['bare carriage returns', 'kind: Team\rspec: {a: 1}\r'],
  ['a key longer than 1024 characters', `kind: Team\n${'k'.repeat(1100)}: 1\n`],
  ['an exponent that overflows', 'kind: Team\nspec: {a: 1e400, b: -2E+999}\n'],
  ['a directive', '%YAML 1.2\n---\nkind: Team\n'],
];

describe('the reader without positions (the hot path of a check)', () => {
  it('reads most manifests with js-yaml, and leaves what it reads differently to the safe reader', () => {
    const texts = [...listYamlFiles(join(REPO_ROOT, 'catalog')), ...listYamlFiles(join(FIXTURES, 'good'))].map((f) => readFileSync(f, 'utf8'));
    const quick = texts.filter((t) => readYamlQuickly(t.replace(/^\uFEFF/, '')) !== undefined);
    expect(quick.length / texts.length).toBeGreaterThan(0.9);
    for (const [what, text] of KNOWN_DIFFERENCES) expect(readYamlQuickly(text), what).toBeUndefined();
  });

  it('reads every fixture, good and bad, exactly as the reader with positions', () => {
    let files = 0;
    for (const dir of ['good', 'bad']) {
      for (const name of readdirSync(join(FIXTURES, dir)).filter((n) => /\.ya?ml$/.test(n))) {
        const bytes = readFileSync(join(FIXTURES, dir, name));
        const value = readYamlDocument(name, bytes).document?.value;
        expectSameReading(`${dir}/${name}`, bytes, listPointers(value));
        files++;
      }
    }
    expect(files).toBeGreaterThan(50);
  });

  it('refuses the hostile inputs with the same findings', () => {
    const inputs: [string, string][] = [
      ['laughs', billionLaughs()],
      ['aliases', floodAliases(10_000)],
      ['deep flow', nestFlowSequences(READER_LIMITS.maxDepth + 1)],
      ['deep block', nestBlockMappings(READER_LIMITS.maxDepth + 1)],
      ['deep at the limit', nestBlockMappings(READER_LIMITS.maxDepth - 1)],
      ['tagged', nestFlowBehindTag(100)],
      ['brackets', ']'.repeat(10_000)],
      ['two documents', `${readGoodProduct()}---\nkind: Team\n`],
      // What js-yaml and `yaml` read differently: each must go the safe way.
      ...KNOWN_DIFFERENCES,
    ];
    for (const [what, text] of inputs) expectSameReading(what, text);
  });

  it('agrees on generated documents and on generated damage to a good manifest', () => {
    const good = readGoodProduct();
    const damage = fc.constantFrom(
      '&a ',
      '*a ',
      '!tag ',
      '!!str ',
      '<<: ',
      ': ',
      '- ',
      '"',
      "'",
      '[',
      '{',
      '\t',
      '\n',
      '  ',
      '#',
      'owner: x\n',
      '---\n',
      '\u0000',
      '\r',
      ' 1e999',
      '%',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(good.length), damage), { maxLength: 4 }), (edits) => {
        let text = good;
        for (const [at, piece] of edits) text = text.slice(0, at) + piece + text.slice(at);
        const value = readYamlDocument('product.yaml', text).document?.value;
        expectSameReading('product.yaml', text, listPointers(value, 40));
      }),
      { numRuns: 300, seed: 7 },
    );
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.boolean(), (value, flow) => {
        const text = stringify({ kind: 'DataProduct', spec: value }, { collectionStyle: flow ? 'flow' : 'block' });
        expectSameReading('generated.yaml', text, listPointers(readYamlDocument('generated.yaml', text).document?.value, 40));
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
