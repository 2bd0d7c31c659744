import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runOpa } from '@meshplane/policy';
import type { Repository } from '../repository/resolve-repository.js';
import { UsageError } from '../usage-error.js';
import { readOpaCoverage, type PolicyFileCoverage } from './read-opa-coverage.js';

export type { LineRange, PolicyFileCoverage } from './read-opa-coverage.js';

/** The minimum share of policy lines the tests must cover. */
export const MIN_POLICY_COVERAGE = 90;

/** A Rego test that failed, or stopped on an error. */
export interface PolicyTestFailure {
  /** The test rule, such as `test_missing_description`. */
  name: string;
  /** Its package, such as `data.meshplane.global.docs_test`. */
  package: string;
  file: string;
  line: number;
  /** The evaluation error, when the test did not fail but could not run. */
  error?: string;
}

/** What `opa test` found. */
export interface PolicyTestResult {
  passed: number;
  failed: PolicyTestFailure[];
  /** Percent of the Rego lines the tests ran. */
  coverage: number;
  /** `all tests`, or `passing tests` when failing ones had to be left out of the coverage run (opa reports none then). */
  coverageOf: 'all tests' | 'passing tests';
  /** Every Rego file, sorted by path, with the lines no test reached. */
  files: PolicyFileCoverage[];
  minimum: number;
  ok: boolean;
}

interface OpaTestResult {
  name: string;
  package?: string;
  location?: { file: string; row: number };
  fail?: boolean;
  error?: { message?: string } | string;
}

/**
 * `mesh policy test`: `opa test` with coverage per file; fails on a failing test or coverage under
 * {@link MIN_POLICY_COVERAGE} %. When a test fails, coverage is measured over the tests that pass.
 */
export function testPolicies(repo: Repository): PolicyTestResult {
  // Only Rego folders: waivers/*.yaml would be loaded as data and collide with each other.
  const dirs = ['policies/lib', 'policies/global', 'policies/domains'].filter((d) => existsSync(join(repo.root, d)));
  if (dirs.length === 0) throw new UsageError('No policies/lib, policies/global or policies/domains folder to test.', 'no-policies');
  const results = readTestResults(runOpa(['test', '--format', 'json', ...dirs], { cwd: repo.root }));
  const failed = results.filter((r) => r.fail || r.error).map(toFailure);
  const passing = results.filter((r) => !r.fail && !r.error);
  // opa prints no coverage once a test fails, so the coverage run keeps to the tests that pass.
  const only = failed.length > 0 ? ['--run', `^(${passing.map((r) => escapeRegex(`${r.package ?? ''}.${r.name}`)).join('|')})$`] : [];
  const run = runOpa(['test', '--coverage', '--format', 'json', ...only, ...dirs], { cwd: repo.root });
  const cov = readOpaCoverage(run.stdout);
  if (!cov) throw new UsageError(`opa test --coverage failed:\n${(run.stderr + run.stdout).trim()}`, 'policy-test');
  return {
    passed: passing.length,
    failed,
    coverage: cov.coverage,
    coverageOf: failed.length > 0 ? 'passing tests' : 'all tests',
    files: cov.files,
    minimum: MIN_POLICY_COVERAGE,
    ok: failed.length === 0 && cov.coverage >= MIN_POLICY_COVERAGE && passing.length > 0,
  };
}

function readTestResults(tests: { stdout: string; stderr: string; status: number }): OpaTestResult[] {
  let results: OpaTestResult[];
  try {
    results = JSON.parse(tests.stdout || '[]') as OpaTestResult[];
  } catch {
    results = [];
  }
  // A compile error prints no results at all: that is a fault of the policies, not a failing test.
  if (!Array.isArray(results) || (tests.status !== 0 && results.length === 0)) {
    throw new UsageError(`opa test failed:\n${(tests.stderr + tests.stdout).trim()}`, 'policy-test');
  }
  return results;
}

function toFailure(r: OpaTestResult): PolicyTestFailure {
  const error = typeof r.error === 'string' ? r.error : r.error?.message;
  return {
    name: r.name.replace(/#\d+$/, ''),
    package: r.package ?? '',
    file: r.location?.file ?? '',
    line: r.location?.row ?? 0,
    ...(error ? { error } : {}),
  };
}

/** Go's RE2 syntax, which `opa test --run` uses: the name's metacharacters escaped. */
function escapeRegex(s: string): string {
  return s.replace(/#\d+$/, '').replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}
