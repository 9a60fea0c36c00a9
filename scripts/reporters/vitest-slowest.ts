import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';
import { slowestReport, type TimedTest } from './slowest';

/** Vitest reporter: after the run, the ten slowest unit and component tests with their files. */
export default class SlowestTests implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const tests: TimedTest[] = [];
    for (const testModule of testModules) {
      const file = path.relative(process.cwd(), testModule.moduleId);
      for (const testCase of testModule.children.allTests()) {
        const duration = testCase.diagnostic()?.duration;
        if (duration !== undefined)
          tests.push({ name: `${file} › ${testCase.fullName}`, milliseconds: duration });
      }
    }
    console.log(`\n${slowestReport('vitest', tests)}\n`);
  }
}
