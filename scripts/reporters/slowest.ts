/** The slowest tests of a run, printed at the end of each runner's output so a slow test is seen early. */

export type TimedTest = { name: string; milliseconds: number };

const SLOWEST_COUNT = 10;

export function slowestReport(runner: string, tests: readonly TimedTest[]): string {
  const slowest = [...tests].sort((a, b) => b.milliseconds - a.milliseconds).slice(0, SLOWEST_COUNT);
  if (slowest.length === 0) return `${runner}: no test ran, so none was slow`;
  const lines = slowest.map(
    ({ name, milliseconds }, index) =>
      `${String(index + 1).padStart(3)}. ${(milliseconds / 1000).toFixed(2).padStart(7)} s  ${name}`,
  );
  return [`${runner}: the ${slowest.length} slowest tests`, ...lines].join('\n');
}
