import { describe, expect, it } from 'vitest';
import { READER_LIMITS } from '@meshplane/source';
import { describeFindings } from './helpers/fixture-expectations.js';
import { lineOf, validateText } from './helpers/check-inputs.js';
import {
  billionLaughs,
  nestBlockMappings,
  nestBlockSequences,
  nestFlowBehindTag,
  nestFlowMappings,
  nestFlowSequences,
  padProductTo,
  readGoodProduct,
} from './helpers/hostile-inputs.js';

/** Validates generated input, failing when it takes longer than `ms` (a hang shows as a slow test, not a stall). */
function validateWithin(ms: number, input: string | Uint8Array): string[] {
  const started = performance.now();
  const findings = validateText('catalog/podcast/podcast-listeners/product.yaml', input);
  expect(performance.now() - started).toBeLessThan(ms);
  return describeFindings(findings);
}

describe('generated hostile inputs are refused with one finding on line 1, quickly', () => {
  it.each<{ what: string; make: () => string | Uint8Array; ruleId: string }>([
    { what: 'a 10 MB file', make: () => padProductTo(10 * 1000 * 1000), ruleId: 'yaml.too-large' },
    { what: 'a file one byte over the 1 MiB limit', make: () => padProductTo(READER_LIMITS.maxBytes + 1), ruleId: 'yaml.too-large' },
    { what: 'flow sequences nested 10 000 deep', make: () => nestFlowSequences(10_000), ruleId: 'yaml.too-deep' },
    { what: 'flow mappings nested 10 000 deep', make: () => nestFlowMappings(10_000), ruleId: 'yaml.too-deep' },
    { what: 'a million opening brackets', make: () => '['.repeat(1_000_000), ruleId: 'yaml.too-deep' },
    { what: 'block sequences nested 10 000 deep', make: () => nestBlockSequences(10_000), ruleId: 'yaml.too-deep' },
    { what: 'block mappings nested 1 400 deep (the deepest that fits in 1 MiB)', make: () => nestBlockMappings(1_400), ruleId: 'yaml.too-deep' },
    { what: 'flow nesting 10 000 deep behind a tag', make: () => nestFlowBehindTag(10_000), ruleId: 'yaml.too-deep' },
    { what: 'flow nesting 65 deep, one past the limit', make: () => nestFlowSequences(READER_LIMITS.maxDepth + 1), ruleId: 'yaml.too-deep' },
    { what: 'block mappings 65 deep, one past the limit', make: () => nestBlockMappings(READER_LIMITS.maxDepth + 1), ruleId: 'yaml.too-deep' },
    { what: 'an empty file', make: () => '', ruleId: 'yaml.empty' },
    { what: 'a file of blank lines', make: () => '\n  \n\n', ruleId: 'yaml.empty' },
    { what: 'a file holding only a byte order mark', make: () => Uint8Array.from([0xef, 0xbb, 0xbf]), ruleId: 'yaml.empty' },
    { what: 'a lone document marker (an empty document, not an empty file)', make: () => '---\n', ruleId: 'yaml.not-a-mapping' },
    { what: 'a UTF-16 file', make: () => Buffer.from('\ufeffapiVersion: meshplane/v1\nkind: Team\n', 'utf16le'), ruleId: 'file.encoding' },
    { what: 'a PNG named .yaml', make: () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), ruleId: 'file.encoding' },
  ])('$what → $ruleId', ({ make, ruleId }) => {
    expect(validateWithin(3_000, make())).toEqual([`${ruleId} line 1`]);
  });

  it('names the size and the limit of a file that is too large', () => {
    const [finding] = validateText('big.yaml', padProductTo(10 * 1000 * 1000));
    expect(finding?.message).toContain('9.5 MiB, over the 1.0 MiB limit');
    expect(finding?.hint).toContain('Split it up');
  });

  it('names the depth limit of a file nested too deep', () => {
    const [finding] = validateText('deep.yaml', nestFlowSequences(10_000));
    expect(finding?.message).toContain(`more than ${READER_LIMITS.maxDepth} levels deep`);
    expect(finding?.hint).toContain('flatten');
  });
});

describe('inputs exactly at the limits are read', () => {
  it('reads a valid file of exactly 1 MiB', () => {
    expect(validateWithin(3_000, padProductTo(READER_LIMITS.maxBytes))).toEqual([]);
  });

  it.each([
    ['flow sequences', nestFlowSequences(READER_LIMITS.maxDepth)],
    ['block mappings', nestBlockMappings(READER_LIMITS.maxDepth)],
  ])('reads %s nested exactly 64 deep (and then checks what they hold)', (_what, text) => {
    expect(validateWithin(3_000, text)).not.toContain('yaml.too-deep line 1');
    expect(validateWithin(3_000, text)).toHaveLength(1);
  });
});

describe('the billion laughs', () => {
  const text = billionLaughs(9);

  it('is refused without expanding a single alias: one finding per line of aliases, saying how many', () => {
    const started = performance.now();
    const findings = validateText('lol.yaml', text);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(findings).toHaveLength(8);
    expect(findings[0]?.message).toBe('9 YAML aliases (`*name`) on this line: aliases are not allowed.');
    expect(new Set(findings.map((f) => f.ruleId))).toEqual(new Set(['yaml.alias']));
    expect(describeFindings(findings)).toEqual([4, 5, 6, 7, 8, 9, 10, 11].map((n) => `yaml.alias line ${n}`).sort());
    expect(findings[0]?.hint).toContain('Write the value out in full');
  });

  it('is refused even where the schema would not look (aliases are a reader rule)', () => {
    const product = readGoodProduct().replace('  tags: [podcast, listeners, daily]', '  tags: &t [podcast]\n  subdomain: *t');
    expect(describeFindings(validateText('p.yaml', product))).toEqual([`yaml.alias line ${lineOf(product, 'subdomain: *t')}`]);
  });
});

describe('a scalar starting a document', () => {
  it('is reported as not a mapping, with what the file is', () => {
    const [finding] = validateText('p.yaml', '42\n');
    expect(finding?.ruleId).toBe('yaml.not-a-mapping');
    expect(finding?.message).toContain('a single number');
  });
});
