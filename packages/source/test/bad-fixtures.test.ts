import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '@meshplane/core';
import { BAD_DIR, describeFindings, GOOD_PRODUCT, listBadFixtures, readFixtureCase } from './helpers/fixture-expectations.js';
import { toCrlf, validateFile, validateText, withBom } from './helpers/check-inputs.js';

// One test per committed broken file: the file's own header says which rule fires on which line.
const cases = listBadFixtures().map(readFixtureCase);

describe('the bad-input corpus', () => {
  it('holds at least 30 broken files covering the reader, the schemas and the product rules', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    const families = new Set(cases.flatMap((c) => c.expected.map((e) => e.split('.')[0])));
    expect([...families].sort()).toEqual(['file', 'product', 'schema', 'yaml']);
  });

  it('names only rules that exist', () => {
    const unknown = cases.flatMap((c) => c.expected.map((e) => e.split(' ')[0] as string)).filter((r) => !(r in BUILTIN_RULES));
    expect(unknown).toEqual([]);
  });

  it('starts from a valid product: the model file has no findings', () => {
    expect(validateText('product.yaml', readFileSync(GOOD_PRODUCT))).toEqual([]);
  });
});

describe.each(cases)('$name', ({ name, expected, says }) => {
  it(`reports ${expected.join(', ')}`, { timeout: 5_000 }, () => {
    const findings = validateFile(BAD_DIR, name);
    expect(describeFindings(findings)).toEqual(expected);
    expect(findings.every((f) => f.file === name && f.severity === 'error')).toBe(true);
  });

  it(`says what to do: "${says}"`, () => {
    const findings = validateFile(BAD_DIR, name);
    expect(findings.filter((f) => !f.hint)).toEqual([]);
    expect(findings.map((f) => `${f.message} ${f.hint ?? ''}`).join('\n')).toContain(says);
  });

  it('reports the same lines with CRLF line endings and a byte order mark', () => {
    const bytes = readFileSync(join(BAD_DIR, name));
    expect(describeFindings(validateText(name, toCrlf(bytes)))).toEqual(expected);
    expect(describeFindings(validateText(name, withBom(bytes)))).toEqual(expected);
    expect(describeFindings(validateText(name, withBom(toCrlf(bytes))))).toEqual(expected);
  });
});
