import { TAGS } from '../playwright.config';
import { appReady, expect, holdRequests, test } from './fixtures';

const box = (page: import('@playwright/test').Page) =>
  page.getByRole('combobox', { name: 'Search the wiki' });

test('a typo in the header search still finds the page, which then highlights the word', {
  tag: TAGS.viewport,
}, async ({ page, isMobile }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: /Heartstopper Wiki/ })).toBeVisible();
  await appReady(page);
  await box(page).click();
  await box(page).pressSequentially('osman');
  const option = page
    .getByRole('listbox', { name: 'Suggestions' })
    .getByRole('option', { name: /Alice Oseman/ });
  await expect(option).toBeVisible();
  await expect(option.locator('mark')).toHaveText('Oseman');
  if (isMobile) await option.tap();
  else await option.click();

  await expect(page).toHaveURL(/\/people\/alice-oseman$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Alice Oseman' })).toBeVisible();
  await expect(page.getByText('Highlighting:')).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => CSS.highlights.get('search-terms')?.size ?? 0))
    .toBeGreaterThan(1);
  await page.getByRole('button', { name: 'Stop highlighting oseman' }).click();
  await expect(page.getByText('Highlighting:')).toBeHidden();
  expect(await page.evaluate(() => CSS.highlights.has('search-terms'))).toBe(false);
});

test('the search box names its “/” and Ctrl+K shortcut only once pressing them works', async ({ page }) => {
  const release = await holdRequests(page, '**/assets/search-shortcut-*.js');
  await page.goto('/episodes');
  await appReady(page);
  await expect(box(page)).not.toHaveAttribute('aria-keyshortcuts', /./);
  await page.keyboard.press('/');
  await expect(box(page)).not.toBeFocused();

  release();
  await expect(box(page)).toHaveAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
});

test('the keyboard alone: “/” to the box, arrows through suggestions, Escape, Enter, and Ctrl+K', async ({
  page,
}) => {
  await page.goto('/episodes');
  await expect(page.getByRole('heading', { level: 1, name: 'Episodes' })).toBeVisible();
  await appReady(page);
  // The shortcut's code is fetched once the page is ready, and the box names the shortcut once it works.
  await expect(box(page)).toHaveAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('nik');
  const options = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option');
  await expect(options.first()).toContainText('Nick Nelson');
  await expect(box(page)).toHaveAttribute('aria-expanded', 'true');

  await page.keyboard.press('ArrowDown');
  await expect(box(page)).toHaveAttribute(
    'aria-activedescendant',
    (await options.first().getAttribute('id')) ?? '',
  );
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/characters\/nick-nelson$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Nick Nelson' })).toBeFocused();

  await page.keyboard.press('ControlOrMeta+k');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('S01E04');
  await expect(options.first()).toContainText('S1E4: Secret');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/episodes\/s1e4$/);
  // The new page takes focus for its heading once it has loaded; type only after that, as a fan would.
  await expect(page.getByRole('heading', { level: 1, name: 'Secret' })).toBeFocused();

  await page.keyboard.press('/');
  await page.keyboard.type('rugby rain');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=rugby\+rain$/);
  await expect(page.getByText(/^\d+ results? for “rugby rain”$/)).toBeVisible();
});

test('the results page keeps its query and filter in the address through back, forward and reload', async ({
  page,
}) => {
  await page.goto('/search?q=rugby');
  await expect(page.getByText(/^\d+ results for “rugby”$/)).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Filter results by kind' })
    .getByRole('link', { name: /^Scenes/ })
    .click();
  await expect(page).toHaveURL(/\/search\?q=rugby&kind=scene$/);
  const field = page.getByRole('searchbox', { name: 'Search terms' });
  await field.fill('rugby rain');
  await expect(page).toHaveURL(/\/search\?q=rugby\+rain&kind=scene$/);
  const scene = page.getByRole('link', { name: 'Rugby match at St John’s' });
  await expect(scene).toBeVisible();

  await page.reload();
  await expect(field).toHaveValue('rugby rain');
  await expect(scene).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/search\?q=rugby$/);
  await expect(field).toHaveValue('rugby');
  await expect(page.getByText(/^\d+ results for “rugby”$/)).toBeVisible();
  await page.goForward();
  await expect(page).toHaveURL(/\/search\?q=rugby\+rain&kind=scene$/);
  await expect(field).toHaveValue('rugby rain');
  await expect(scene).toBeVisible();
});

test('a page’s first load carries no search code or index; focusing the box fetches them', async ({
  page,
}) => {
  const scripts: { url: string; body: Promise<string> }[] = [];
  const indexRequests: string[] = [];
  page.on('response', (response) => {
    const url = response.url();
    if (url.includes('/page-data/search-')) indexRequests.push(url);
    if (url.endsWith('.js')) scripts.push({ url, body: response.text() });
  });
  await page.goto('/characters/nick-nelson');
  await expect(page.getByRole('heading', { level: 1, name: 'Nick Nelson' })).toBeVisible();
  // Focus counts once the box is the app's (a box focused before then is a plain form field), and by then
  // everything the page loads on its own has been asked for.
  await appReady(page);
  await page.waitForLoadState('networkidle');
  const hasEngine = async () => {
    const bodies = await Promise.all(scripts.map((script) => script.body));
    return bodies.some((body) => body.includes('MiniSearch:'));
  };
  expect(indexRequests).toEqual([]);
  expect(await hasEngine()).toBe(false);

  await box(page).focus();
  await expect
    .poll(() => indexRequests.some((url) => url.endsWith('/page-data/search-titles.json')))
    .toBe(true);
  await expect.poll(hasEngine).toBe(true);
});

test('a search box focused before the page is ready asks for its suggestions once it is, without a keystroke', async ({
  page,
}) => {
  const titleRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/page-data/search-titles.json')) titleRequests.push(request.url());
  });
  const release = await holdRequests(page, '**/assets/index-*.js');
  await page.goto('/characters/nick-nelson', { waitUntil: 'domcontentloaded' });
  await box(page).focus();
  release();
  await appReady(page);
  await expect.poll(() => titleRequests.length).toBe(1);
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('nik');
  await expect(page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first()).toContainText(
    'Nick Nelson',
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header box is a plain form that opens the results page', async ({ page }) => {
    await page.goto('/characters/nick-nelson');
    await box(page).fill('space for joy');
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/search\/?\?q=space\+for\+joy$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  });
});
