import { describe, expect, it } from 'vitest';
import { classifyAgainstBase, decideVerdict, describeExistingErrors, keyFinding, type BlockOn, type Finding } from '@meshplane/core';

const finding = (patch: Partial<Finding> = {}): Finding => ({
  ruleId: 'global.access.grant-expired',
  severity: 'error',
  message: 'The grant expired.',
  file: 'catalog/a/x/product.yaml',
  line: 10,
  pointer: '/spec/access/consumers/0',
  productId: 'a.x',
  ...patch,
});
const touched = (products: string[] = [], files: string[] = []) => ({ products: new Set(products), files: new Set(files) });

describe('classifyAgainstBase', () => {
  it('marks a finding the base has too as existing, any other as introduced, and lists what the change resolved', () => {
    const old = finding();
    const gone = finding({ ruleId: 'global.docs.description', productId: 'a.y', file: 'catalog/a/y/product.yaml' });
    const added = finding({ productId: 'b.z', file: 'catalog/b/z/product.yaml' });
    const r = classifyAgainstBase([{ ...old, line: 12 }, added], [old, gone], touched(), 'touched');
    expect(r.findings.map((f) => [f.productId, f.baseline, f.blocks])).toEqual([
      ['a.x', 'existing', false],
      ['b.z', 'introduced', undefined],
    ]);
    expect(r.resolved).toEqual([gone]);
  });

  it.each<[BlockOn, string[], boolean]>([
    ['touched', [], true],
    ['touched', ['a.x'], false],
    ['introduced', ['a.x'], true],
    ['all', [], false],
  ])('blockOn %s, touching %j: an existing error lets the check pass = %s', (blockOn, products, passes) => {
    const r = classifyAgainstBase([finding()], [finding()], touched(products), blockOn);
    expect(decideVerdict({ findings: r.findings })).toBe(passes ? 'pass' : 'fail');
  });

  it('counts an existing error as touched when its file changed, even without a product', () => {
    const f = finding({ productId: undefined, file: 'catalog/teams/t.yaml', ruleId: 'schema.unknown-key' });
    expect(classifyAgainstBase([f], [f], touched([], ['catalog/teams/t.yaml']), 'touched').findings[0]?.blocks).toBeUndefined();
  });

  it('matches findings one for one: a second copy of an existing finding is introduced', () => {
    const r = classifyAgainstBase([finding(), finding()], [finding()], touched(), 'touched');
    expect(r.findings.map((f) => f.baseline)).toEqual(['existing', 'introduced']);
    expect(decideVerdict({ findings: r.findings })).toBe('fail');
  });

  it('keys by rule, product (or file) and pointer, not by line or message', () => {
    expect(keyFinding(finding({ line: 1, message: 'a' }))).toBe(keyFinding(finding({ line: 99, message: 'b' })));
    expect(keyFinding(finding())).not.toBe(keyFinding(finding({ pointer: '/spec/access/consumers/1' })));
    expect(keyFinding(finding({ productId: undefined }))).not.toBe(keyFinding(finding()));
  });

  it('says how many existing errors do not block, in how many products', () => {
    const r = classifyAgainstBase(
      [finding(), finding({ productId: 'a.y', pointer: '/x' })],
      [finding(), finding({ productId: 'a.y', pointer: '/x' })],
      touched(),
      'touched',
    );
    expect(describeExistingErrors({ findings: r.findings, baseline: { blockOn: 'touched', resolved: [] } })).toBe(
      '2 existing errors in 2 products, none touched by this change: they do not block (review.blockOn: touched).',
    );
    expect(describeExistingErrors({ findings: [finding()] })).toBeUndefined();
  });
});
