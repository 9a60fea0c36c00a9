import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/chromium';
import { writeServiceWorker } from '../scripts/precache';
import { type Host, startStaticHost } from '../scripts/static-host';
import { appReady, axeViolations, expect, test } from './fixtures';

/**
 * Reading offline and installing the wiki, with the service worker allowed (every other suite blocks it,
 * see playwright.config.ts). The browser is taken offline with `context.setOffline`, which the worker's
 * own requests obey too.
 */
test.use({ serviceWorkers: 'allow' });

const root = path.resolve(import.meta.dirname, '..');

/** Whether this page's address is saved for reading offline (in any of the worker's caches). */
function isSaved(page: Page, address: string): Promise<boolean> {
  return page.evaluate(
    async (url) => (await caches.match(new URL(url, location.href).href)) !== undefined,
    address,
  );
}

/**
 * Waits until the page is in the service worker's charge and saved: on a first visit the worker installs
 * after the page is ready, then saves the page it was installed from.
 */
async function savedForOffline(page: Page) {
  await appReady(page);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const here = new URL(page.url()).pathname;
  await expect.poll(() => isSaved(page, here)).toBe(true);
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

test('a page read once, and a page reached from it by a link, can be read again offline after a reload', async ({
  page,
  context,
}) => {
  await page.goto('/characters/nick-nelson');
  await savedForOffline(page);
  await page.getByRole('main').getByRole('link', { name: 'Charlie Spring' }).first().click();
  await expect(heading(page, 'Charlie Spring')).toBeVisible();
  await expect.poll(() => isSaved(page, '/page-data/characters/charlie-spring.json')).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(heading(page, 'Charlie Spring')).toBeVisible();
  await appReady(page);
  // Back by a link to the page first opened by its address: its data comes from the saved page.
  await page.getByRole('main').getByRole('link', { name: 'Nick Nelson' }).first().click();
  await expect(heading(page, 'Nick Nelson')).toBeVisible();
  await page.goto('/characters/nick-nelson');
  await expect(heading(page, 'Nick Nelson')).toBeVisible();
});

test.describe('offline', () => {
  // Its data is asked for once even offline (the worker might have it), and Chromium reports the failure.
  test.use({ expectedConsoleErrors: ['Failed to load resource: net::ERR_FAILED'] });

  test('a page not saved says so offline and links to the pages that were saved', async ({
    page,
    context,
  }) => {
    await page.goto('/characters/nick-nelson');
    await savedForOffline(page);

    await context.setOffline(true);
    await page.goto('/episodes/s2e5');
    await expect(heading(page, 'You’re offline, and this page wasn’t saved')).toBeVisible();
    await expect(page).toHaveURL(/\/episodes\/s2e5$/);
    const offlineView = page.getByRole('region', { name: 'You’re offline, and this page wasn’t saved' });
    await expect(offlineView.getByRole('link', { name: 'Nick Nelson' })).toBeVisible();
    await appReady(page);
    expect(await axeViolations(page)).toEqual([]);
    await offlineView.getByRole('link', { name: 'Nick Nelson' }).click();
    await expect(heading(page, 'Nick Nelson')).toBeVisible();
  });
});

test.describe('failed requests', () => {
  test.use({
    expectedConsoleErrors: [
      'the server responded with a status of 500',
      // The error view's cause, logged by React and by the page boundary.
      'Could not load this page (HTTP 500)',
    ],
  });

  test('a page or page data that fails to load is never saved, and the next good answer is', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await savedForOffline(page);
    let failing = true;
    await context.route(
      /\/page-data\/characters\/nick-nelson\.json$|\/characters\/charlie-spring$/,
      (route) => (failing ? route.fulfill({ status: 500, body: 'Internal Server Error' }) : route.continue()),
    );

    await page.getByRole('main').getByRole('link', { name: 'Nick Nelson' }).first().click();
    await expect(heading(page, 'This page could not load')).toBeVisible();
    const response = await page.goto('/characters/charlie-spring');
    expect(response?.status()).toBe(500);
    expect(await isSaved(page, '/page-data/characters/nick-nelson.json')).toBe(false);
    expect(await isSaved(page, '/characters/charlie-spring')).toBe(false);

    failing = false;
    await page.goto('/characters/charlie-spring');
    await expect(heading(page, 'Charlie Spring')).toBeVisible();
    await expect.poll(() => isSaved(page, '/characters/charlie-spring')).toBe(true);
  });
});

test.describe('a deploy while a tab is open', () => {
  let site: string;
  let host: Host;

  test.beforeEach(async () => {
    // A copy of the built site on a host of its own, so a deploy can change it under an open tab.
    site = mkdtempSync(path.join(tmpdir(), 'wiki-deploy-'));
    cpSync(path.join(root, 'dist'), site, {
      recursive: true,
      filter: (source) => !source.startsWith(path.join(root, 'dist', 'cards')),
    });
    host = await startStaticHost(site);
  });

  test.afterEach(() => {
    host.stop();
    rmSync(site, { recursive: true, force: true });
  });

  /** A new build: Nick's page reworded, and new code (the offline page changes, so the worker does too). */
  function deploy() {
    for (const file of ['characters/nick-nelson.html', 'characters/nick-nelson/index.html']) {
      const html = readFileSync(path.join(site, file), 'utf8');
      writeFileSync(path.join(site, file), html.replaceAll('good-hearted', 'kind-hearted'));
    }
    const offline = path.join(site, 'offline.html');
    writeFileSync(offline, `${readFileSync(offline, 'utf8')}<!-- the next build -->\n`);
    return writeServiceWorker({ bundle: path.join(root, 'dist-sw', 'sw.js'), distDir: site, basePath: '/' });
  }

  test('the open tab keeps working, offers the latest version, and loads it when asked', async ({
    page,
    context,
  }) => {
    await page.goto(`${host.origin}/`);
    await savedForOffline(page);
    const { version } = deploy();

    // The fan opens the wiki in another tab: the browser finds the new worker, which waits.
    const other = await context.newPage();
    await other.goto(`${host.origin}/episodes`);
    const prompt = page
      .getByRole('main')
      .getByRole('status')
      .filter({ hasText: 'The wiki has been updated.' });
    await expect(prompt.getByRole('button', { name: 'Reload for the latest version' })).toBeVisible();
    expect(await axeViolations(page, '.update-prompt')).toEqual([]);
    await other.close();

    // The old build still works in the open tab, and its pages are as they were.
    await page.getByRole('main').getByRole('link', { name: 'Nick Nelson' }).first().click();
    await expect(heading(page, 'Nick Nelson')).toBeVisible();
    await expect(page.getByText('good-hearted').first()).toBeVisible();

    await prompt.getByRole('button', { name: 'Reload for the latest version' }).click();
    await expect(page.getByText('kind-hearted').first()).toBeVisible();
    await appReady(page);
    await expect(page.getByRole('button', { name: 'Reload for the latest version' })).toHaveCount(0);
    // Only the new build's caches are left: nothing the old worker saved can be served with the new code.
    const names = await page.evaluate(() => caches.keys());
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !name.endsWith(`-${version}`))).toEqual([]);
  });
});

test('the wiki can be installed: its manifest is served as one, and Chromium finds nothing missing', async ({
  request,
  baseURL,
}) => {
  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.headers()['content-type']).toBe('application/manifest+json');
  expect(await manifest.json()).toMatchObject({
    name: 'Heartstopper Wiki',
    display: 'standalone',
    start_url: '/',
  });

  // Chromium never offers to install a site from an incognito profile, which is what a test's own context
  // is: this test opens a profile of its own.
  const profile = mkdtempSync(path.join(tmpdir(), 'wiki-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    baseURL,
    serviceWorkers: 'allow',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await savedForOffline(page);
    const session = await context.newCDPSession(page);
    const { installabilityErrors } = await session.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
