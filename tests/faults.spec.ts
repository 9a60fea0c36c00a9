import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Route } from '@playwright/test';
import { appReady, expect, test } from './fixtures';

/**
 * Faults a fan meets on a bad connection or across a deploy, injected by intercepting requests: page data
 * that fails, is slow or cannot be reached, and a page's code gone from the host. The page must recover by
 * itself where it can, and otherwise say what happened and offer a way on.
 */

const NICK_DATA = '**/page-data/characters/nick-nelson.json';

/** The built file of the character page's own code (its route chunk), from Vite's manifest. */
function characterChunk(): string {
  const manifestPath = path.resolve(import.meta.dirname, '../dist/.vite/manifest.json');
  const manifest: Record<string, { file: string }> = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const chunk = manifest['src/app/routes/character.tsx'];
  if (!chunk)
    throw new Error('dist/.vite/manifest.json has no character route chunk: run npm run build:site');
  return `**/${chunk.file}`;
}

/**
 * The characters index, reached by a client-side navigation from the home page once the app is ready (a
 * link clicked before hydration is an ordinary link and loads a whole new page, which is not the in-app
 * navigation these faults are injected into).
 */
async function openCharacters(page: Page) {
  await page.goto('/');
  await appReady(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Characters' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Characters' })).toBeVisible();
}

async function clickNick(page: Page) {
  await page.getByRole('main').getByRole('link', { name: 'Nick Nelson' }).first().click();
}

const nickHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Nick Nelson' });
const errorView = (page: Page) => page.getByRole('heading', { level: 1, name: 'This page could not load' });

/** Fails a request the way a flaky connection or a struggling host does, alternating the two. */
async function fail(route: Route, attempt: number) {
  if (attempt % 2 === 1) await route.fulfill({ status: 503, body: 'Service Unavailable' });
  else await route.abort('connectionreset');
}

test.describe('when page data fails', () => {
  test.use({
    expectedConsoleErrors: [
      'the server responded with a status of 503',
      'net::ERR_CONNECTION_RESET',
      // The error view's cause, logged by React and by the page boundary.
      'Could not load this page (HTTP 503)',
      'Failed to fetch',
    ],
  });

  test('two failed loads of a page are retried with backoff and the page appears by itself', async ({
    page,
  }) => {
    let faults = 0;
    await openCharacters(page);
    await page.route(NICK_DATA, async (route) => {
      if (faults < 2) {
        faults += 1;
        await fail(route, faults);
      } else {
        await route.continue();
      }
    });
    await clickNick(page);
    await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
    // Retries after 1 s and 2 s: the third attempt succeeds.
    await expect(nickHeading(page)).toBeVisible();
    await expect(errorView(page)).toHaveCount(0);
    expect(faults).toBe(2);
  });

  test('a page whose data keeps failing shows the error view, and Try again loads it once the host answers', async ({
    page,
  }) => {
    let faults = 0;
    let blocked = true;
    await openCharacters(page);
    await page.route(NICK_DATA, async (route) => {
      if (blocked) {
        faults += 1;
        await fail(route, faults);
      } else {
        await route.continue();
      }
    });
    await clickNick(page);
    await expect(errorView(page)).toBeVisible();
    // One load and its two retries, then it stops asking until the fan does.
    expect(faults).toBe(3);
    await expect(page.getByRole('link', { name: 'go to the home page' })).toBeVisible();
    blocked = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(nickHeading(page)).toBeVisible();
    await expect(page).toHaveURL(/\/characters\/nick-nelson$/);
    expect(faults).toBe(3);
  });
});

test('a slow page shows that it is loading, then its content', async ({ page }) => {
  let delayed = 0;
  let answer = () => {};
  const answered = new Promise<void>((resolve) => {
    answer = resolve;
  });
  await openCharacters(page);
  // The host holds the data until the test has seen the page waiting for it.
  await page.route(NICK_DATA, async (route) => {
    delayed += 1;
    await answered;
    await route.continue();
  });
  await clickNick(page);
  const loading = page.getByRole('status').filter({ hasText: 'Loading…' });
  await expect(loading).toBeVisible();
  await expect(nickHeading(page)).toHaveCount(0);
  answer();
  await expect(nickHeading(page)).toBeVisible();
  await expect(loading).toHaveCount(0);
  expect(delayed).toBe(1);
});

test.describe('when a page’s code is gone from the host (a deploy while the tab was open)', () => {
  test.use({
    expectedConsoleErrors: [
      // The chunk's 404, and the failed import as React and the page boundary log it.
      'the server responded with a status of 404',
      'Failed to fetch dynamically imported module',
      // After the reload the failure happens while the prerendered page hydrates: React gives up hydrating
      // the page's part (error #422) and renders it afresh, which shows the error view.
      /^Hydration recovered from an error Error: Minified React error #422/,
    ],
  });

  /**
   * Counts full page loads (the page's own document requests: a reload's heading is prerendered, so it can
   * be seen before that load's `load` event fires), and the page boundary's log lines, across reloads.
   */
  function watch(page: Page) {
    const counts = { loads: 0, boundaryLogs: 0 };
    page.on('request', (request) => {
      // A redirect's second leg (the host adds the slash to a folder's address) is the same load.
      const load = request.isNavigationRequest() && request.frame() === page.mainFrame();
      if (load && !request.redirectedFrom()) counts.loads += 1;
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().startsWith('[Heartstopper Wiki] A page failed'))
        counts.boundaryLogs += 1;
    });
    return counts;
  }

  test('the page reloads once by itself and then works', async ({ page }) => {
    let faults = 0;
    const counts = watch(page);
    await openCharacters(page);
    await page.route(characterChunk(), async (route) => {
      if (faults === 0) {
        faults += 1;
        await route.fulfill({ status: 404, body: 'Not Found' });
      } else {
        await route.continue();
      }
    });
    await clickNick(page);
    await expect(nickHeading(page)).toBeVisible();
    await expect(page).toHaveURL(/\/characters\/nick-nelson$/);
    const navigation = await page.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type,
    );
    expect(navigation).toBe('reload');
    await expect(page.getByRole('button', { name: 'Share this page' })).toBeEnabled();
    expect(counts.loads).toBe(2);
    expect(faults).toBe(1);
    expect(counts.boundaryLogs).toBe(1);
  });

  test('code that still fails after the reload shows the friendly error, with no second reload', async ({
    page,
  }) => {
    let faults = 0;
    const counts = watch(page);
    await openCharacters(page);
    await page.route(characterChunk(), async (route) => {
      faults += 1;
      await route.fulfill({ status: 404, body: 'Not Found' });
    });
    await clickNick(page);
    await expect(errorView(page)).toBeVisible();
    await expect(page).toHaveURL(/\/characters\/nick-nelson$/);
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'go to the home page' })).toBeVisible();
    // The guard remembers its one reload of this address, which is why it showed the error view instead.
    expect(
      await page.evaluate(() =>
        sessionStorage.getItem('heartstopper-wiki:stale-chunk-reload:/characters/nick-nelson'),
      ),
    ).not.toBeNull();
    expect(counts.loads).toBe(2);
    expect(faults).toBeGreaterThanOrEqual(2);
    expect(counts.boundaryLogs).toBe(2);

    // The home link still works: home's code is part of every page.
    await page.getByRole('link', { name: 'go to the home page' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Heartstopper Wiki/ })).toBeVisible();
    expect(counts.loads).toBe(2);
  });

  test('Try again after a second failure reloads the page, which works once the code is back', async ({
    page,
  }) => {
    let blocked = true;
    let faults = 0;
    const counts = watch(page);
    await openCharacters(page);
    await page.route(characterChunk(), async (route) => {
      if (blocked) {
        faults += 1;
        await route.fulfill({ status: 404, body: 'Not Found' });
      } else {
        await route.continue();
      }
    });
    await clickNick(page);
    await expect(errorView(page)).toBeVisible();
    blocked = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(nickHeading(page)).toBeVisible();
    expect(counts.loads).toBe(3);
    expect(faults).toBeGreaterThanOrEqual(2);
  });
});

test.describe('when the connection drops mid-visit', () => {
  test.use({
    expectedConsoleErrors: ['net::ERR_INTERNET_DISCONNECTED', 'Failed to fetch dynamically imported module'],
  });

  test('a page opened offline says so and waits, never blank and never an error, and appears once back online', async ({
    page,
    context,
  }) => {
    let offlineRequests = 0;
    await page.clock.install();
    await page.goto('/characters/nick-nelson');
    await appReady(page);
    const charlie = page
      .getByRole('region', { name: 'Relationships' })
      .getByRole('link', { name: 'Charlie Spring' });
    await context.setOffline(true);
    page.on('requestfailed', (request) => {
      if (request.url().endsWith('/page-data/characters/charlie-spring.json')) offlineRequests += 1;
    });
    await charlie.click();
    await expect(page).toHaveURL(/\/characters\/charlie-spring$/);
    const waiting = page
      .getByRole('main')
      .getByRole('status')
      .filter({ hasText: 'You are offline. This page will load by itself when the connection returns.' });
    await expect(waiting).toBeVisible();
    // Four seconds of the page's clock, longer than the retries (1 s, 2 s) would take, run at once: the
    // page still says why it is waiting, and has not given up.
    await page.clock.runFor(4_000);
    await expect(waiting).toBeVisible();
    await expect(errorView(page)).toHaveCount(0);
    await context.setOffline(false);
    await expect(page.getByRole('heading', { level: 1, name: 'Charlie Spring' })).toBeVisible();
    // The data was not asked for in vain while offline: it waited for the connection.
    expect(offlineRequests).toBe(0);
  });

  test('a page whose code cannot be fetched offline shows the error view without reloading, and Try again works online', async ({
    page,
    context,
  }) => {
    let loads = 0;
    page.on('load', () => {
      loads += 1;
    });
    await page.goto('/characters/nick-nelson');
    await appReady(page);
    const firstEpisode = page
      .getByRole('complementary', { name: 'At a glance' })
      .getByRole('link', { name: /^S1E1/ });
    await context.setOffline(true);
    // An episode page's code has not been needed yet on this visit, so it is fetched now, and fails.
    await firstEpisode.click();
    await expect(errorView(page)).toBeVisible();
    // Offline, a reload would only show the browser's own offline page: the guard did not reload.
    expect(loads).toBe(1);
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Meet' })).toBeVisible();
    await expect(page).toHaveURL(/\/episodes\/s1e1$/);
    expect(loads).toBe(2);
  });
});
