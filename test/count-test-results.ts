import type { TestModule, TestRunEndReason, TestSuite } from 'vitest/node';

/** The counts of the plain summary line. */
export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
}

/** Whether a file or suite failed on its own: an error of its own (an import, a hook) and no failed test inside. */
function isFailedWithoutFailedTest(entity: TestModule | TestSuite): boolean {
  if (entity.errors().length === 0) return false;
  return ![...entity.children.allTests('failed')].length;
}

/**
 * Counts a run's tests for the summary line. A file or suite that failed without a failed test (its import threw, a
 * `beforeAll` threw so its tests were skipped) counts as one failed; so does every unhandled error; and a run Vitest
 * ended as failed counts at least one (a global setup that throws ends the run before any file is collected).
 */
export function countTestResults(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>, reason: TestRunEndReason): TestCounts {
  const counts: TestCounts = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
  for (const m of modules) {
    for (const t of m.children.allTests()) {
      const state = t.result().state;
      if (state === 'passed') counts.passed++;
      else if (state === 'failed') counts.failed++;
      else counts.skipped++;
    }
    for (const entity of [m, ...m.children.allSuites()]) if (isFailedWithoutFailedTest(entity)) counts.failed++;
  }
  if (reason === 'failed' && counts.failed === 0) counts.failed = 1;
  return counts;
}
