import { afterEach, describe, expect, it } from 'vitest';
import { readYamlDocument } from '@meshplane/source';
import { buildMeshFiles, buildProduct, makeTempRepo, type TempRepo } from '@meshplane/testkit';
import { describeFindings } from './helpers/fixture-expectations.js';
import { checkRepositoryAt, lineOf, toCrlf, validateText, withBom } from './helpers/check-inputs.js';
import { readGoodProduct } from './helpers/hostile-inputs.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
/** Every other line ends in CRLF, as after a merge from an editor that uses them. */
function alternateLineEndings(text: string): string {
  let n = 0;
  return text.replace(/\n/g, () => (n++ % 2 ? '\r\n' : '\n'));
}

const PRODUCT_PATH = 'catalog/podcast/podcast-listeners/product.yaml';

const variants: { name: string; encode: (text: string) => Uint8Array }[] = [
  { name: 'a byte order mark', encode: (t) => withBom(utf8(t)) },
  { name: 'CRLF line endings', encode: (t) => toCrlf(utf8(t)) },
  { name: 'a byte order mark and CRLF line endings', encode: (t) => withBom(toCrlf(utf8(t))) },
  { name: 'mixed LF and CRLF line endings', encode: (t) => utf8(alternateLineEndings(t)) },
];

let repo: TempRepo | undefined;
afterEach(() => repo?.remove());

describe.each(variants)('a valid file with $name', ({ encode }) => {
  it('is accepted by the reader and the schema', () => {
    expect(validateText(PRODUCT_PATH, encode(readGoodProduct()))).toEqual([]);
  });

  it('is accepted by a whole-mesh check, every file of the mesh encoded that way', () => {
    const files = { ...buildMeshFiles([buildProduct()]), [PRODUCT_PATH]: readGoodProduct() };
    repo = makeTempRepo(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, encode(text)])));
    expect(checkRepositoryAt(repo.dir)).toEqual([]);
  });

  it('keeps the line and column of a later finding: an unknown key on line 9', () => {
    const text = readGoodProduct().replace('  owner: podcast-data', '  ownr: podcast-data');
    const [finding, ...rest] = validateText(PRODUCT_PATH, encode(text));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'schema.unknown-key', line: 9, column: 3, pointer: '/metadata/ownr' });
  });

  it('keeps the line of a graph finding after a block scalar: an input port reading a product that does not exist', () => {
    const after = readGoodProduct().replace(
      'source: { system: podcast-player-service, kind: event-log }',
      'source: { product: podcast.podcast-listenrs, port: daily }',
    );
    repo = makeTempRepo({ ...buildMeshFiles([buildProduct()]), [PRODUCT_PATH]: encode(after) });
    const findings = checkRepositoryAt(repo.dir);
    expect(describeFindings(findings)).toEqual([`graph.dangling-input line ${lineOf(after, 'podcast.podcast-listenrs')}`]);
    expect(findings[0]?.hint).toContain('Did you mean `podcast.podcast-listeners`?');
  });

  it('yields the text people wrote: no carriage return or byte order mark in the values', () => {
    const value = readYamlDocument(PRODUCT_PATH, encode(readGoodProduct())).document?.value as { apiVersion: string; spec: { description: string } };
    expect(value.apiVersion).toBe('meshplane/v1');
    expect(value.spec.description).toBe(
      'Who listened to which podcast episode, one row per listener and episode per day.\nRetractions arrive as new rows with a later processing time.\n',
    );
  });
});

describe('a byte order mark', () => {
  it('does not shift the columns of the first line', () => {
    const text = readGoodProduct()
      .replace(/^#.*\n/, '')
      .replace('apiVersion: meshplane/v1', 'apiVersion: meshplane/v2');
    const [finding] = validateText(PRODUCT_PATH, withBom(utf8(text)));
    expect(finding).toMatchObject({ ruleId: 'schema.invalid-value', line: 1, column: 13 });
  });
});
