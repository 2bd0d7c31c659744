import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runOpa } from '@meshplane/policy';
import type { Repository } from '../repository/resolve-repository.js';
import { UsageError } from '../usage-error.js';

/** The minimum share of policy lines the tests must cover. */
export const MIN_POLICY_COVERAGE = 90;

/** What `opa test` found. */
export interface PolicyTestResult {
  passed: number;
  failed: { name: string; file: string; line: number }[];
  coverage: number;
  ok: boolean;
}

/** `mesh policy test`: `opa test` with coverage; fails on a failing test or coverage under {@link MIN_POLICY_COVERAGE} %. */
export function testPolicies(repo: Repository): PolicyTestResult {
  // Only Rego folders: waivers/*.yaml would be loaded as data and collide with each other.
  const dirs = ['policies/lib', 'policies/global', 'policies/domains'].filter((d) => existsSync(join(repo.root, d)));
  if (dirs.length === 0) throw new UsageError('No policies/lib, policies/global or policies/domains folder to test.', 'no-policies');
  const tests = runOpa(['test', '--format', 'json', ...dirs], { cwd: repo.root });
  let results: { name: string; location?: { file: string; row: number }; fail?: boolean; error?: unknown }[];
  try {
    results = JSON.parse(tests.stdout || '[]');
  } catch {
    throw new UsageError(`opa test failed:\n${(tests.stderr + tests.stdout).trim()}`, 'policy-test');
  }
  if (tests.status !== 0 && results.length === 0) throw new UsageError(`opa test failed:\n${(tests.stderr + tests.stdout).trim()}`, 'policy-test');
  const cov = runOpa(['test', '--coverage', '--format', 'json', ...dirs], { cwd: repo.root });
  const coverage = readCoverage(cov.stdout);
  const failed = results.filter((r) => r.fail || r.error).map((r) => ({ name: r.name, file: r.location?.file ?? '', line: r.location?.row ?? 0 }));
  const passed = results.length - failed.length;
  return { passed, failed, coverage, ok: failed.length === 0 && coverage >= MIN_POLICY_COVERAGE && passed > 0 };
}

/** `opa test --coverage` prints JSON, or plain text when a test fails (then coverage does not matter: the run fails). */
function readCoverage(stdout: string): number {
  try {
    return Number((JSON.parse(stdout) as { coverage?: number }).coverage ?? 0);
  } catch {
    return 0;
  }
}
