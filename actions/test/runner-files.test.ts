import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ActionInputError, readBooleanInput, readDayInput, readInput } from '../src/runner/read-input.js';
import { fitSummary, writeOutputs } from '../src/runner/write-command-files.js';
import { parseOutputs } from './run-action-entry.js';

describe('readInput', () => {
  it.each([
    ['INPUT_PATH', 'path', '  catalog-repo  ', 'catalog-repo'],
    ['INPUT_FAIL-ON-ERROR', 'fail-on-error', 'false', 'false'],
    ['INPUT_SITE_URL', 'site url', 'https://x', 'https://x'],
    ['INPUT_PATH', 'path', '', '.'],
  ])('reads %s for input %s', (variable, name, value, expected) => {
    expect(readInput({ [variable]: value }, name, '.')).toBe(expected);
  });

  it.each([
    ['true', true],
    ['False', false],
    ['', true],
  ])('reads %j as a boolean', (value, expected) => {
    expect(readBooleanInput({ INPUT_FLAG: value }, 'flag', true)).toBe(expected);
  });

  it('refuses a boolean it cannot read, and a day that is not one', () => {
    expect(() => readBooleanInput({ INPUT_FLAG: 'yes' }, 'flag', true)).toThrow(ActionInputError);
    expect(() => readDayInput({ INPUT_TODAY: '2026-13-45' }, 'today', new Date())).toThrow('Input `today` takes a date as YYYY-MM-DD, not `2026-13-45`.');
    expect(readDayInput({}, 'today', new Date('2026-11-22T23:59:00Z'))).toBe('2026-11-22');
  });
});

describe('writeOutputs', () => {
  it('writes values that hold newlines and delimiter-like lines without forging other outputs', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'meshplane-out-')), 'output');
    writeFileSync(file, '');
    const hostile = 'line one\nEOF\nconclusion<<EOF\nsuccess\nEOF';
    writeOutputs({ GITHUB_OUTPUT: file }, { summary: hostile, conclusion: 'failure', errors: 3 });
    expect(parseOutputs(readFileSync(file, 'utf8'))).toEqual({ summary: hostile, conclusion: 'failure', errors: '3' });
  });

  it('writes nothing outside a runner', () => {
    expect(() => writeOutputs({}, { a: 1 })).not.toThrow();
  });
});

describe('fitSummary', () => {
  it('keeps a summary that fits', () => {
    expect(fitSummary('### ok\n', 'see the report', 100)).toBe('### ok\n');
  });

  it("cuts a summary over GitHub's limit at a line and says where the rest is", () => {
    const long = Array.from({ length: 50 }, (_, i) => `- finding ${i} — é`).join('\n');
    const fitted = fitSummary(long, 'The full report is in the file the `report-path` output names.', 400);
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(400);
    expect(fitted).toMatch(
      /- finding \d+ — é\n\n> The summary was cut at GitHub's size limit\. The full report is in the file the `report-path` output names\.\n$/,
    );
  });
});
