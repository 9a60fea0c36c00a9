/**
 * One setting for how long every test may wait: `TEST_SLOWNESS` (default 1). Every timeout in the unit and
 * browser tests is a base figure times this factor, so a busy or slow machine (CI on shared cores, a laptop
 * on battery) can be given more room with one variable, `TEST_SLOWNESS=2 npm test`, without editing a test.
 * Waits are for what a fan would see; these are only the upper bounds on how long that may take.
 */

function readSlowness(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 1;
  const factor = Number(value);
  if (!Number.isFinite(factor) || factor < 1) {
    throw new Error(`TEST_SLOWNESS must be a number of at least 1 (the default), not "${value}"`);
  }
  return factor;
}

const TEST_SLOWNESS = readSlowness(process.env.TEST_SLOWNESS);

/** A timeout in milliseconds, scaled by TEST_SLOWNESS. */
function scaled(milliseconds: number): number {
  return Math.round(milliseconds * TEST_SLOWNESS);
}

/** Base upper bounds, before scaling. Generous: a wait ends as soon as what it waits for happens. */
export const TIMEOUTS = {
  /** One browser test, setup included. */
  browserTest: scaled(90_000),
  /** One Playwright `expect` that retries until it holds (appReady, a heading showing, a poll). */
  browserExpect: scaled(15_000),
  /** One unit or component test. */
  unitTest: scaled(20_000),
  /** Testing Library's `findBy…` and `waitFor`. */
  domWait: scaled(5_000),
} as const;
