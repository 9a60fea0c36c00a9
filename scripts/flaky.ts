/**
 * `npm run test:flaky`: the flake finder. Runs the browser suite three times over (`--repeat-each=3`) on one
 * worker while another process keeps one core busy, as a shared CI machine would, and lists every test that
 * did not pass every time. A test listed here is a bug, in the product or in the test: fix it, never retry
 * it. Extra arguments go to Playwright (`npm run test:flaky -- tests/search.spec.ts`).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const REPORT = 'reports/flaky.json';
const REPEATS = 3;

type Result = { status: string };
type Spec = {
  title: string;
  file: string;
  line: number;
  tests: { projectName: string; results: Result[] }[];
};
type Suite = { title: string; specs?: Spec[]; suites?: Suite[] };

/** Every run of every test in the report, keyed by project, file and title. */
function runsOf(suites: Suite[], parents: string[] = [], runs = new Map<string, string[]>()) {
  for (const suite of suites) {
    const titles = suite.title ? [...parents, suite.title] : parents;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const key = `[${test.projectName}] ${spec.file}:${spec.line} › ${[...titles.slice(1), spec.title].join(' › ')}`;
        runs.set(key, [...(runs.get(key) ?? []), ...test.results.map((result) => result.status)]);
      }
    }
    runsOf(suite.suites ?? [], titles, runs);
  }
  return runs;
}

// One core kept busy for the whole run: a tight loop in its own process, stopped however this one ends.
const hog: ChildProcess = spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' });
const stopHog = () => hog.kill('SIGKILL');
process.on('exit', stopHog);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopHog();
    process.exit(130);
  });
}

console.log(`test:flaky: every browser test ${REPEATS} times, on one worker, with one core kept busy`);
// The config's own reporters: the list, the JSON report (written to REPORT here) and the slowest tests. A
// --reporter flag would replace them all, the JSON report included.
const run = spawnSync(
  'npx',
  ['playwright', 'test', `--repeat-each=${REPEATS}`, '--workers=1', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, PLAYWRIGHT_JSON: REPORT } },
);
stopHog();

const report: { suites: Suite[] } = JSON.parse(readFileSync(REPORT, 'utf8'));
const runs = runsOf(report.suites);
const flaky = [...runs].filter(([, statuses]) =>
  statuses.some((status) => status !== 'passed' && status !== 'skipped'),
);
console.log(`\ntest:flaky: ${runs.size} tests, ${[...runs.values()].flat().length} runs`);
if (flaky.length === 0) {
  console.log('test:flaky: 0 flaky tests (every test passed every time)');
} else {
  console.log(`test:flaky: ${flaky.length} tests did not pass every time:`);
  for (const [name, statuses] of flaky) {
    const passed = statuses.filter((status) => status === 'passed').length;
    console.log(`  ${passed}/${statuses.length} passed  ${name}  (${statuses.join(', ')})`);
  }
}
process.exitCode = flaky.length > 0 || run.status !== 0 ? 1 : 0;
