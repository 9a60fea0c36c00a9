import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';

const NOT_FOUND_MESSAGE = 'Failed to load resource: the server responded with a status of 404';

type Options = {
  /**
   * Console errors a test provokes on purpose, by injecting a fault (a failed fetch, a missing chunk), as
   * substrings or patterns of the message: `test.use({ expectedConsoleErrors: [/status of 500/] })`. Every
   * other console error, and every uncaught error, still fails the test. Empty unless a test sets it.
   */
  expectedConsoleErrors: (string | RegExp)[];
};

/**
 * Every browser test fails if the page throws or logs an error, whatever the test itself checks. The one
 * expected console line is Chromium's note about a 404 for the address itself (a host serving 404.html) or
 * for a page-data file: that is how the app learns an address names nothing, and shows the 404 page.
 */
export const test = base.extend<Options & { pageErrors: string[] }>({
  expectedConsoleErrors: [[], { option: true }],
  pageErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      let expectedNotFound = 0;
      page.on('response', (response) => {
        const isPageData = new URL(response.url()).pathname.includes('/page-data/');
        const isDocument = response.request().resourceType() === 'document';
        if (response.status() === 404 && (isPageData || isDocument)) {
          expectedNotFound += 1;
        }
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (message.text().startsWith(NOT_FOUND_MESSAGE) && expectedNotFound > 0) {
          expectedNotFound -= 1;
          return;
        }
        const text = message.text();
        const expected = expectedConsoleErrors.some((pattern) =>
          typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text),
        );
        if (expected) return;
        errors.push(`console: ${text}`);
      });
      await use(errors);
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Waits until the page is hydrated and the fan's saved state applied (the layout marks <html> then). A
 * prerendered page shows its controls before its code has loaded; a test that clicks them must wait, as a
 * fan's click in that moment would do nothing.
 *
 * On a prerendered page, the boot script asks for the app's code once the page has painted; the app hydrates,
 * reads the saved state and marks the page (a fan whose saved state is damaged waits one round trip more, for
 * the code that repairs it). On an idle machine that is under a second after the first paint; on a busy one,
 * several. The wait ends the moment the mark
 * appears; its upper bound is the expect timeout in playwright.config.ts, scaled by TEST_SLOWNESS.
 */
export async function appReady(page: import('@playwright/test').Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
}

/**
 * Holds every request for a file matching `url` (a glob) until the returned function is called, as a slow
 * connection would: what the page does without that file, and then with it, can both be checked. A script
 * held while the page loads can hold its load event too (the boot script may ask for the app's code before
 * it), so a test navigates with `waitUntil: 'domcontentloaded'` and then waits for what a fan would see.
 */
export async function holdRequests(page: import('@playwright/test').Page, url: string): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(url, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/**
 * Opens `address` with the app's code never arriving: what shows is the prerendered page and the inline boot
 * script alone. Waits for the HTML, not the load event, which a script that never arrives holds for ever (see
 * holdRequests). The code stays away for the rest of the test, reloads included.
 */
export async function openWithoutCode(page: import('@playwright/test').Page, address: string): Promise<void> {
  await page.route('**/assets/*.js', () => {});
  await page.goto(address, { waitUntil: 'domcontentloaded' });
}

/**
 * Resolves once the page has rendered two more frames: whatever a frame-by-frame watcher checks, or an
 * input event the browser has queued, has been handled by then. For checking that something did NOT happen.
 */
export async function afterTwoFrames(page: import('@playwright/test').Page): Promise<void> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/**
 * The rules axe finds broken on the page (or inside `include`): WCAG 2.1 A/AA and axe's best practices
 * (unique landmarks, one main, heading order and the like), one readable entry per rule with the elements
 * that break it, so a failing test says what to fix. Empty when the page passes.
 */
export async function axeViolations(
  page: import('@playwright/test').Page,
  include?: string,
): Promise<string[]> {
  // Legacy mode runs axe in the page itself instead of gathering results in a second, blank page: half the
  // time per check (about 1.3 s instead of 2.9 s here). It would fail on a cross-origin frame; the wiki has
  // none, and loads nothing from other hosts.
  const builder = new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .setLegacyMode(true);
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n${violation.nodes
        .map(
          (node) =>
            `    ${node.target.join(' ')}${node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
        )
        .join('\n')}`,
  );
}
