import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { slowestReport, type TimedTest } from './slowest';

/** Playwright reporter: after the run, the ten slowest browser tests with their project and file. */
export default class SlowestTests implements Reporter {
  private readonly tests: TimedTest[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === 'skipped') return;
    const [, project, ...titles] = test.titlePath();
    this.tests.push({ name: `[${project}] ${titles.join(' › ')}`, milliseconds: result.duration });
  }

  onEnd(): void {
    console.log(`\n${slowestReport('playwright', this.tests)}\n`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
