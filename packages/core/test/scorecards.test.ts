import { describe, expect, it } from 'vitest';
import { diffScorecards, readProductNode, scoreProducts, type CatalogIndex, type DataProduct } from '@meshplane/core';
import { readYamlDocument } from '@meshplane/source';
import { buildProduct, toYaml } from '@meshplane/testkit';

/** A catalog index of the products (every one valid), as the loader builds it. */
function indexOf(...products: DataProduct[]): CatalogIndex {
  const nodes = products.map((p, i) => readProductNode(readYamlDocument(`p${i}.yaml`, toYaml(p)).document!, true)!);
  return { products: nodes, domains: [], teams: [], waivers: [], configs: [], files: new Set() };
}
const card = (index: CatalogIndex, id = 'podcast.podcast-listeners', config?: Parameters<typeof scoreProducts>[1]) =>
  scoreProducts(index, config).find((c) => c.productId === id)!;
const check = (index: CatalogIndex, id: string) => card(index).checks.find((c) => c.id === id)!;

describe('scorecards', () => {
  type Edit = (p: DataProduct) => void;
  const describeAll: Edit = (p) => p.spec.outputPorts[0]!.schema.forEach((c) => void (c.description ??= `The ${c.name}.`));
  const regulatedPii: Edit = (p) => {
    p.spec.outputPorts[0]!.schema[0]!.classification = 'pii';
    p.spec.policies = { ...p.spec.policies, regulations: ['GDPR'] };
  };
  const none: Edit = () => {};
  it.each<[string, Edit, string, boolean, Edit?]>([
    ['a short description is not discoverable', (p) => void (p.spec.description = 'Listeners.'), 'description', false],
    ['no tags', (p) => void (p.metadata.tags = []), 'tags', false],
    ['an undescribed column', (p) => p.spec.outputPorts[0]!.schema.push({ name: 'extra', type: 'string' }), 'columns-described', false, describeAll],
    ['a port without SLOs', (p) => void delete (p.spec.outputPorts[0] as { slos?: unknown }).slos, 'slos', false],
    ['a table without a primary key', (p) => void delete p.spec.outputPorts[0]!.primaryKey, 'primary-keys', false],
    ['an experimental product is not mature', (p) => void (p.metadata.lifecycle = 'experimental'), 'life-cycle', false],
    ['personal data without regulations', (p) => void delete p.spec.policies!.regulations, 'regulations', false, regulatedPii],
  ])('%s', (_name, edit, id, passed, base = none) => {
    // The product before the edit passes the check; the one edit breaks it.
    expect(check(indexOf(buildProduct('podcast.podcast-listeners', base)), id).passed).toBe(!passed);
    const edited = (p: DataProduct): void => {
      base(p);
      edit(p);
    };
    expect(check(indexOf(buildProduct('podcast.podcast-listeners', edited)), id).passed).toBe(passed);
  });

  it('counts the products that read a product as its readers, usage and linkage', () => {
    const reader = (id: string) =>
      buildProduct(id, (p) => p.spec.inputPorts.push({ name: 'listeners', source: { product: 'podcast.podcast-listeners', port: 'daily' }, mode: 'pull' }));
    const ungranted = (id = 'podcast.podcast-listeners') => buildProduct(id, (p) => void delete (p.spec as { access?: unknown }).access);
    const alone = indexOf(ungranted());
    expect(check(alone, 'readers')).toMatchObject({ passed: false, evidence: '0 reading products, 0 granted teams' });
    const read = indexOf(ungranted(), reader('podcast.a'), reader('podcast.b'));
    expect(check(read, 'readers')).toMatchObject({ passed: true, evidence: '2 reading products, 0 granted teams' });
    expect(check(read, 'usage').passed).toBe(true);
    expect(card(read, 'podcast.a').checks.find((c) => c.id === 'linkage')?.passed).toBe(true);
  });

  it('weighs attributes and levels the score as the config says', () => {
    const index = indexOf(buildProduct('podcast.podcast-listeners', (p) => void (p.metadata.tags = [])));
    const plain = card(index);
    const heavy = card(index, 'podcast.podcast-listeners', { weights: { discoverable: 10 } });
    expect(heavy.score).toBeLessThan(plain.score);
    expect(card(index, 'podcast.podcast-listeners', { weights: { discoverable: 0 } }).score).toBeGreaterThan(plain.score);
    expect(
      card(index, 'podcast.podcast-listeners', {
        levels: [
          { name: 'listed', min: 0 },
          { name: 'star', min: 99 },
        ],
      }).level,
    ).toBe('listed');
    expect(card(index, 'podcast.podcast-listeners', { levels: [{ name: 'star', min: 100 }] }).level).toBeUndefined();
  });

  it('shows a pull request what it changes in the scorecard', () => {
    const before = indexOf(buildProduct('podcast.podcast-listeners', (p) => void (p.metadata.tags = [])));
    const after = indexOf(buildProduct());
    const [line] = diffScorecards(scoreProducts(before), scoreProducts(after), ['podcast.podcast-listeners']);
    expect(line).toMatch(/^`podcast\.podcast-listeners`: score [\d.]+ → [\d.]+ \(.+\); discoverable: \d\/4 → \d\/4$/);
    expect(diffScorecards(scoreProducts(after), scoreProducts(after), ['podcast.podcast-listeners'])).toEqual([]);
  });
});
