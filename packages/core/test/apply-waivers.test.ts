import { describe, expect, it } from 'vitest';
import { applyWaivers, addDays, readNamedEntry, type Finding, type PolicyRule } from '@meshplane/core';
import { readYamlDocument } from '@meshplane/source';
import { toYaml } from '@meshplane/testkit';

const rule: PolicyRule = {
  id: 'global.privacy.locality',
  title: 'Locality',
  description: 'x',
  severity: 'deny',
  file: 'policies/global/privacy.rego',
  line: 10,
  scope: 'global',
  meshWide: false,
  ref: 'data.meshplane.global.privacy.deny',
};
const violation: Finding = {
  ruleId: rule.id,
  severity: 'error',
  message: 'No locality declared.',
  file: 'catalog/podcast/a/product.yaml',
  line: 4,
  productId: 'podcast.a',
};

function waiver(spec: Partial<{ rule: string; product: string; expires: string }>) {
  const file = 'policies/waivers/a-locality.yaml';
  const text = toYaml({
    apiVersion: 'meshplane/v1',
    kind: 'Waiver',
    metadata: { name: 'a-locality' },
    spec: {
      rule: rule.id,
      product: 'podcast.a',
      reason: 'Migration to the EU region in Q1.',
      approvedBy: '@daff/data-governance',
      expires: '2027-01-31',
      ...spec,
    },
  });
  const doc = readYamlDocument(file, text).document;
  if (!doc) throw new Error('fixture did not parse');
  return readNamedEntry(doc, true, 'Waiver')!;
}

const apply = (w: ReturnType<typeof waiver>, now = '2026-11-22') => applyWaivers([violation], [w], [rule.id], now);

describe('applyWaivers', () => {
  it('turns the waived deny into a notice that says by whom and until when', () => {
    expect(apply(waiver({}))).toEqual([
      {
        ...violation,
        severity: 'notice',
        message: 'Waived until 2027-01-31 by policies/waivers/a-locality.yaml (approved by @daff/data-governance): No locality declared.',
      },
    ]);
  });

  it('does not waive once expired, and reports the expired waiver on its expiry line', () => {
    const out = apply(waiver({ expires: '2026-11-21' }));
    expect(out[0]).toEqual(violation);
    expect(out[1]).toMatchObject({ ruleId: 'waiver.expired', severity: 'error', file: 'policies/waivers/a-locality.yaml', line: 10, pointer: '/spec/expires' });
  });

  it('still waives on its last day', () => {
    expect(apply(waiver({ expires: '2026-11-22' }))[0]?.severity).toBe('notice');
  });

  it('warns when the waiver expires within 14 days', () => {
    const out = apply(waiver({ expires: addDays('2026-11-22', 14) }));
    expect(out.map((f) => [f.ruleId, f.severity])).toEqual([
      [rule.id, 'notice'],
      ['waiver.expiring', 'warning'],
    ]);
  });

  it('warns about a waiver that matches nothing', () => {
    const out = apply(waiver({ product: 'podcast.b' }));
    expect(out.map((f) => [f.ruleId, f.severity])).toEqual([
      [rule.id, 'error'],
      ['waiver.unused', 'warning'],
    ]);
  });

  it('refuses a waiver for a rule that does not exist', () => {
    const out = apply(waiver({ rule: 'global.privacy.locallity' }));
    expect(out[1]).toMatchObject({ ruleId: 'waiver.unknown-rule', severity: 'error', pointer: '/spec/rule' });
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
  });
});
