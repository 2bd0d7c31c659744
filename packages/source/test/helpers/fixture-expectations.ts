import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The committed corpus of broken files; each states in its first comment lines what a check must report. */
export const BAD_DIR: string = fileURLToPath(new URL('../fixtures/bad/', import.meta.url));

/** A valid product: the model every bad fixture breaks in one place. */
export const GOOD_PRODUCT: string = fileURLToPath(new URL('../fixtures/good/product.yaml', import.meta.url));

/** What one fixture says a check reports: findings as `<rule id> line <n>`, and words its message or hint contains. */
export interface FixtureCase {
  name: string;
  /** Distinct `<rule id> line <n>` pairs, sorted: exactly what the check must report, no more, no less. */
  expected: string[];
  /** Words that must appear in the message or hint of one of the expected findings. */
  says: string;
}

const EXPECT = /^# expect: ([a-z]+\.[a-z-]+) line (\d+)\s*$/;
const SAYS = /^# says: (.+?)\s*$/;

/** The `.yaml` fixtures of the bad corpus, by file name. */
export function listBadFixtures(): string[] {
  return readdirSync(BAD_DIR)
    .filter((n) => n.endsWith('.yaml'))
    .sort();
}

/**
 * Reads a fixture's header: the leading `#` lines. Read as latin1 so that a fixture of broken UTF-8 can still state
 * what is wrong with it. Throws when a fixture does not say what it expects, so an unlabelled fixture fails loudly.
 */
export function readFixtureCase(name: string): FixtureCase {
  const lines = readFileSync(join(BAD_DIR, name), 'latin1')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  const header = lines.slice(
    0,
    lines.findIndex((l) => !l.startsWith('#')),
  );
  const expected = header.flatMap((l) => {
    const m = EXPECT.exec(l);
    return m ? [`${m[1]} line ${m[2]}`] : [];
  });
  const says = header.map((l) => SAYS.exec(l)?.[1]).find((s) => s !== undefined);
  if (expected.length === 0 || says === undefined) throw new Error(`${name} must start with "# expect: <rule> line <n>" and "# says: <words>" lines.`);
  return { name, expected: [...new Set(expected)].sort(), says };
}

/** Findings as the distinct `<rule id> line <n>` pairs a fixture header lists, sorted. */
export function describeFindings(findings: readonly { ruleId: string; line?: number }[]): string[] {
  return [...new Set(findings.map((f) => `${f.ruleId} line ${f.line ?? '?'}`))].sort();
}
