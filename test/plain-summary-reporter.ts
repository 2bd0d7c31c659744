import type { Reporter, SerializedError, TestModule, TestRunEndReason, Vitest } from 'vitest/node';
import { countTestResults } from './count-test-results.js';

/**
 * Prints `vitest: N passed, N failed, N skipped` as the run's last line: the plain summary CI reads. Vitest's own
 * summary is not a format CI knows, and it does not count a file that failed to load (an import or a `beforeAll` that
 * threw) as failed.
 */
export default class PlainSummaryReporter implements Reporter {
  private line = '';

  onInit(vitest: Vitest): void {
    // Printed when Vitest closes, not at the end of the run: a global setup that throws is printed after the run ends.
    vitest.onClose(() => {
      if (this.line) process.stdout.write(this.line);
    });
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<SerializedError>, reason: TestRunEndReason): void {
    const { passed, failed, skipped } = countTestResults(modules, errors, reason);
    this.line = `vitest: ${passed} passed, ${failed} failed, ${skipped} skipped\n`;
  }
}
