import type { Page, Request } from '@playwright/test';
import { appReady, expect, holdRequests, test } from './fixtures';

/** The prerendered results for "nick" (src/features/search/prebuilt.ts). */
const NICK_RESULTS = '**/page-data/search-results/nick.json';
/** The app's entry chunk: while it is held, none of the app runs. */
const APP_ENTRY = '**/assets/index-*.js';
/** What works out any other search before the app (src/features/search/early-search.ts). */
const EARLY_RESULTS = '**/assets/early-search-*.js';

const resultsBox = (page: Page) => page.getByRole('searchbox', { name: 'Search terms' });

/** Every request the page makes from now on, by path. */
function requestLog(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request: Request) => {
    paths.push(new URL(request.url()).pathname);
  });
  return paths;
}

const engineRequests = (paths: string[]) =>
  paths.filter((path) => path.endsWith('/search-index.json') || /\/assets\/engine-[^/]+\.js$/.test(path));

/** The app's own search engine, which a page hydrated with its results never needs. */
const appEngineRequests = (paths: string[]) =>
  paths.filter((path) => /\/assets\/engine-[^/]+\.js$/.test(path));

test.describe('before the app’s code has run', () => {
  test.use({ expectedConsoleErrors: [/net::ERR_FAILED/] });

  test('a shared search for a name shows its results, as links', async ({ page }) => {
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto('/search?q=nick');
    await expect(page.getByText(/^\d+ results for “nick”$/)).toBeVisible();
    const characters = page.getByRole('region', { name: /^Characters \(\d+\)$/ });
    await expect(characters.getByRole('link', { name: 'Nick Nelson' })).toHaveAttribute(
      'href',
      '/characters/nick-nelson',
    );
    await expect(resultsBox(page)).toHaveValue('nick');
    await expect(page).toHaveTitle('Search: nick · Heartstopper Wiki');
  });
});

test('a prerendered search hydrates without the search engine; typing searches afresh', async ({ page }) => {
  const requests = requestLog(page);
  await page.goto('/search?q=nick');
  await expect(page.getByRole('link', { name: 'Nick Nelson' }).first()).toBeVisible();
  await appReady(page);
  expect(requests.filter((path) => path.endsWith('/search-results/nick.json'))).toHaveLength(1);
  expect(engineRequests(requests)).toEqual([]);

  await resultsBox(page).fill('tara');
  await expect(page).toHaveURL(/\/search\?q=tara$/);
  await expect(page.getByText(/^\d+ results? for “tara”$/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tara Jones' }).first()).toBeVisible();
  expect(engineRequests(requests).length).toBeGreaterThan(0);
});

test('a search that was not prerendered is worked out in the browser', async ({ page }) => {
  const requests = requestLog(page);
  for (const [address, query] of [
    ['/search?q=rugby%20rain', 'rugby rain'],
    ['/search?q=Nick', 'Nick'],
    ['/search?q=nick&kind=character', 'nick'],
  ] as const) {
    await page.goto(address);
    await expect(page.getByText(new RegExp(`^\\d+ results? for “${query}”`))).toBeVisible();
  }
  expect(requests.filter((path) => path.includes('/search-results/'))).toEqual([]);
  expect(engineRequests(requests).length).toBeGreaterThan(0);
});

test('words that were not prerendered show their results before the app, which takes them over unchanged', async ({
  page,
}) => {
  const requests = requestLog(page);
  const release = await holdRequests(page, APP_ENTRY);
  await page.goto('/search?q=rugby%20rain', { waitUntil: 'domcontentloaded' });
  await expect(page.getByText(/^\d+ results? for “rugby rain”$/)).toBeVisible();
  const scenes = page.getByRole('region', { name: /^Scenes \(\d+\)$/ });
  await expect(scenes.getByRole('link').first()).toHaveAttribute('href', /^\/scenes\/[a-z0-9-]+$/);
  await expect(resultsBox(page)).toHaveValue('rugby rain');
  await expect(page).toHaveTitle('Search: rugby rain · Heartstopper Wiki');
  await expect(page.locator('html')).not.toHaveAttribute('data-app', 'ready');
  // The search page itself: once ready, the layout adds its own parts to <main> (the offline update prompt).
  const searchPage = page.getByRole('main').locator('.search-page');
  const early = {
    structure: await searchPage.ariaSnapshot(),
    html: await searchPage.evaluate((element) => element.outerHTML),
  };

  release();
  await appReady(page);
  // Hydrated as they were: the same structure and the same markup, with no hydration error (every test fails
  // on a console error) and without the app's own engine.
  expect(await searchPage.ariaSnapshot()).toBe(early.structure);
  expect(await searchPage.evaluate((element) => element.outerHTML)).toBe(early.html);
  expect(appEngineRequests(requests)).toEqual([]);

  await resultsBox(page).fill('tara');
  await expect(page).toHaveURL(/\/search\?q=tara$/);
  await expect(page.getByRole('link', { name: 'Tara Jones' }).first()).toBeVisible();
});

test('a search with a kind filter also shows its results before the app', async ({ page }) => {
  const release = await holdRequests(page, APP_ENTRY);
  await page.goto('/search?q=rugby&kind=scene', { waitUntil: 'domcontentloaded' });
  await expect(page.getByText(/^\d+ results? for “rugby” in scenes$/)).toBeVisible();
  const filters = page.getByRole('navigation', { name: 'Filter results by kind' });
  await expect(filters.getByRole('link', { name: /^Scenes \(\d+\)$/ })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('region', { name: /^Characters/ })).toBeHidden();
  release();
  await appReady(page);
  await expect(filters.getByRole('link', { name: /^All \(\d+\)$/ })).not.toHaveAttribute('aria-current');
  await expect(page.getByText(/^\d+ results? for “rugby” in scenes$/)).toBeVisible();
});

test('a hostile search shows as text before the app, and nothing in it runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const release = await holdRequests(page, APP_ENTRY);
  const query = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
  await page.goto(`/search?${new URLSearchParams({ q: query })}`, { waitUntil: 'domcontentloaded' });
  const status = page.getByRole('status').filter({ hasText: `for “${query}”` });
  await expect(status).toBeVisible();
  await expect(page.locator('#root img, #root script')).toHaveCount(0);
  release();
  await appReady(page);
  await expect(status).toBeVisible();
  expect(dialogs).toEqual([]);
});

test('words typed before the early results arrive are kept, and searched once the app is ready', async ({
  page,
}) => {
  const release = await holdRequests(page, EARLY_RESULTS);
  await page.goto('/search?q=rugby%20rain', { waitUntil: 'domcontentloaded' });
  await resultsBox(page).fill('tara');
  release();
  await appReady(page);
  await expect(resultsBox(page)).toHaveValue('tara');
  await expect(page).toHaveURL(/\/search\?q=tara$/);
  await expect(page.getByText(/^\d+ results? for “tara”$/)).toBeVisible();
  await expect(page.getByText(/results? for “rugby rain”/)).toBeHidden();
});

test.describe('when the early results fail to load', () => {
  test.use({ expectedConsoleErrors: [/net::ERR_FAILED/] });

  test('the app works the search out itself', async ({ page }) => {
    await page.route(EARLY_RESULTS, (route) => route.abort());
    await page.goto('/search?q=rugby%20rain');
    await expect(page.getByText(/^\d+ results? for “rugby rain”$/)).toBeVisible();
    await appReady(page);
  });
});

test.describe('when the prerendered results fail to load', () => {
  test.use({ expectedConsoleErrors: [/status of 500/] });

  test('the page searches in the browser instead', async ({ page }) => {
    await page.route(NICK_RESULTS, (route) => route.fulfill({ status: 500, body: 'broken' }));
    await page.goto('/search?q=nick');
    await expect(page.getByText(/^\d+ results for “nick”$/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Nick Nelson' }).first()).toBeVisible();
  });
});

test('words typed before the prerendered results arrive are not replaced by them', async ({ page }) => {
  let arrive: () => void = () => {};
  const arrived = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  await page.route(NICK_RESULTS, async (route) => {
    await arrived;
    await route.continue();
  });
  const response = page.waitForResponse((candidate) => candidate.url().endsWith('/search-results/nick.json'));
  await page.goto('/search?q=nick', { waitUntil: 'domcontentloaded' });
  await resultsBox(page).fill('tara');
  arrive();
  await response;
  await appReady(page);
  await expect(resultsBox(page)).toHaveValue('tara');
  await expect(page).toHaveURL(/\/search\?q=tara$/);
  await expect(page.getByText(/^\d+ results? for “tara”$/)).toBeVisible();
  await expect(page.getByText(/results? for “nick”/)).toBeHidden();
});
