import { test as base, expect } from '@playwright/test';

const NOT_FOUND_MESSAGE = 'Failed to load resource: the server responded with a status of 404';

/**
 * Every browser test fails if the page throws or logs an error, whatever the test itself checks. The one
 * expected console line is Chromium's note about a 404 for the address itself (a host serving 404.html) or
 * for a page-data file: that is how the app learns an address names nothing, and shows the 404 page.
 */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
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
        errors.push(`console: ${message.text()}`);
      });
      await use(errors);
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
