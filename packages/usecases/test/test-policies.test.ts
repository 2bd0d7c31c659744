import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runMesh } from '@meshplane/testkit';
import { resolveRepository, testPolicies } from '@meshplane/usecases';

/** Two rules: `big` on lines 3-6, `never` on lines 8-11; the tests below reach one or both. */
const POLICY = `package meshplane.global.demo

deny contains msg if {
	input.x > 1
	msg := "big"
}

deny contains msg if {
	input.y == "never"
	msg := "never"
}
`;

const TEST_BIG = `test_big if {
	"big" in demo.deny with input as {"x": 2}
}
`;
const TEST_NEVER = `test_never if {
	"never" in demo.deny with input as {"y": "never"}
}
`;
const TEST_WRONG = `test_wrong if {
	"nope" in demo.deny with input as {"x": 2}
}
`;

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A catalog repository whose only policy is {@link POLICY}, tested by the given test rules (in that order). */
function repoWithTests(...tests: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'mesh-policy-test-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'catalog'));
  mkdirSync(join(dir, 'policies/global'), { recursive: true });
  writeFileSync(join(dir, 'policies/global/demo.rego'), POLICY);
  const header = 'package meshplane.global.demo_test\n\nimport data.meshplane.global.demo\n\n';
  writeFileSync(join(dir, 'policies/global/demo_test.rego'), header + tests.join('\n'));
  return dir;
}

describe('mesh policy test with a real opa', () => {
  it('covers every line when the tests reach every rule', () => {
    const r = testPolicies(resolveRepository(repoWithTests(TEST_BIG, TEST_NEVER)));
    expect(r).toMatchObject({ passed: 2, failed: [], coverage: 100, coverageOf: 'all tests', ok: true });
    expect(r.files.map((f) => [f.file, f.coverage, f.uncovered])).toEqual([
      ['policies/global/demo.rego', 100, []],
      ['policies/global/demo_test.rego', 100, []],
    ]);
  });

  it('lists the lines no test reached, per file', () => {
    const r = testPolicies(resolveRepository(repoWithTests(TEST_BIG)));
    const policy = r.files.find((f) => f.file === 'policies/global/demo.rego');
    expect(policy).toMatchObject({ coverage: 50, coveredLines: 3, notCoveredLines: 3, uncovered: [{ start: 8, end: 10 }] });
    expect(r.files.find((f) => f.file === 'policies/global/demo_test.rego')?.uncovered).toEqual([]);
  });

  it('still reports coverage when a test fails, measured over the passing tests, and names the failing test and its line', () => {
    const r = testPolicies(resolveRepository(repoWithTests(TEST_BIG, TEST_NEVER, TEST_WRONG)));
    expect(r.failed).toEqual([{ name: 'test_wrong', package: 'data.meshplane.global.demo_test', file: 'policies/global/demo_test.rego', line: 13 }]);
    expect(r).toMatchObject({ passed: 2, coverageOf: 'passing tests', ok: false });
    expect(r.files.find((f) => f.file === 'policies/global/demo.rego')).toMatchObject({ coverage: 100, uncovered: [] });
    // The failing test itself is the only code the passing tests leave unrun.
    expect(r.files.find((f) => f.file === 'policies/global/demo_test.rego')?.uncovered).toEqual([{ start: 13, end: 14 }]);
    expect(r.coverage).toBeGreaterThan(0);
  });

  it('prints like opa and conftest: failures with their location, a line per file under 100 %, and fails under 90 %', () => {
    const failing = runMesh(['policy', 'test', repoWithTests(TEST_BIG, TEST_WRONG)], { timeoutMs: 60_000 });
    expect(failing.stdout).toMatchInlineSnapshot(`
      "policies/global/demo_test.rego:9  FAIL  data.meshplane.global.demo_test.test_wrong

      policies/global/demo.rego       50.0 %  not covered: 8-10
      policies/global/demo_test.rego  50.0 %  not covered: 9-10

      opa test: 1 passed, 1 failed; coverage of the 1 passing test 50.0 %, under the minimum of 90 %.
      "
    `);
    expect(failing.status).toBe(1);
    const uncovered = runMesh(['policy', 'test', repoWithTests(TEST_BIG)], { timeoutMs: 60_000 });
    expect(uncovered.stdout).toMatchInlineSnapshot(`
      "policies/global/demo.rego  50.0 %  not covered: 8-10

      opa test: 1 passed, 0 failed; coverage 62.5 %, under the minimum of 90 %.
      "
    `);
    expect(uncovered.status).toBe(1);
    const clean = runMesh(['policy', 'test', repoWithTests(TEST_BIG, TEST_NEVER)], { timeoutMs: 60_000 });
    expect(clean.stdout).toBe('opa test: 2 passed, 0 failed; coverage 100.0 % (minimum 90 %).\n');
    expect(clean.status).toBe(0);
  });

  it('gives the same data as JSON', () => {
    const r = runMesh(['policy', 'test', repoWithTests(TEST_BIG), '--format', 'json'], { timeoutMs: 60_000 });
    const out = JSON.parse(r.stdout) as { minimum: number; ok: boolean; files: { file: string; uncovered: unknown }[] };
    expect(out).toMatchObject({ minimum: 90, ok: false });
    expect(out.files.find((f) => f.file === 'policies/global/demo.rego')?.uncovered).toEqual([{ start: 8, end: 10 }]);
    expect(r.status).toBe(1);
  });
});
