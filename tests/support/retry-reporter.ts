import { writeFileSync } from 'node:fs';
import type { Reporter, TestCase } from 'vitest/node';

/**
 * Records every test that needed a retry, so tests/run-all.ts can count and name them beside
 * the totals: a retry may keep a known race from failing the run, but it never hides.
 * The file is named by PARLEY_RETRY_REPORT; without it this reporter does nothing.
 */
export default class RetryReporter implements Reporter {
  private readonly retried: { name: string; passed: boolean; retries: number }[] = [];

  onTestCaseResult(test: TestCase): void {
    const { retryCount } = test.diagnostic() ?? { retryCount: 0 };
    if (retryCount > 0) this.retried.push({ name: test.fullName, passed: test.result().state === 'passed', retries: retryCount });
  }

  onTestRunEnd(): void {
    const file = process.env.PARLEY_RETRY_REPORT;
    if (file) writeFileSync(file, JSON.stringify(this.retried));
  }
}
