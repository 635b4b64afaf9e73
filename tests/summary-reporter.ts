import type { Reporter, SerializedError, TestModule, TestSuite } from 'vitest/node';

/**
 * Ends the run with one plain line, "N passed, N failed", that CI can read whatever the runner.
 * A test file that cannot load, a failing beforeAll/afterAll hook and an unhandled error each count
 * as one failure: a run whose browser never launched must not read "0 failed".
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const module of testModules) {
      const suites: (TestModule | TestSuite)[] = [module, ...module.children.allSuites()];
      failed += suites.filter((suite) => suite.errors().length > 0).length;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
}
