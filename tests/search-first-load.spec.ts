import type { Page, Request } from '@playwright/test';
import { appReady, expect, test } from './fixtures';

/** The prerendered results for "nick" (src/features/search/prebuilt.ts). */
const NICK_RESULTS = '**/page-data/search-results/nick.json';

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
