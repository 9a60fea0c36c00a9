// Prints one line, "N passed, N failed", summed over every test runner's JSON report (CI reads it).
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
const missing = [];

const vitestReport = 'reports/vitest.json';
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
} else missing.push('unit tests (vitest)');

const playwrightReport = 'reports/playwright.json';
if (existsSync(playwrightReport)) {
  const { stats } = JSON.parse(readFileSync(playwrightReport, 'utf8'));
  passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  failed += stats?.unexpected ?? 0;
} else missing.push('browser tests (playwright)');

if (missing.length > 0)
  console.log(`test-summary: no report from ${missing.join(', ')} (did an earlier step fail?)`);
console.log(`${passed} passed, ${failed} failed`);
