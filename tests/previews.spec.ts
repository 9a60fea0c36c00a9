import type { Page } from '@playwright/test';
import { TAGS } from '../playwright.config';
import { afterTwoFrames, axeViolations, expect, test } from './fixtures';

// Hover and keyboard previews are for a pointer and a keyboard: those tests run in the desktop project. A
// long press needs a touch screen: that test is tagged to run in the phone project.

/** Opens a page and waits until the previews (loaded once the page is idle) listen for the fan. */
async function open(page: Page, path: string, heading: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.locator('html[data-link-previews="ready"]')).toHaveCount(1);
}

/** Counts the requests for one page's data file from now on. */
function countRequests(page: Page, key: string): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith(`/page-data/${key}.json`)) count += 1;
  });
  return () => count;
}

/** The sum of layout shifts since the page loaded (the Layout Instability API). */
async function watchLayoutShift(page: Page) {
  await page.evaluate(() => {
    const record = window as unknown as { shiftTotal: number };
    record.shiftTotal = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number }[])
        record.shiftTotal += entry.value;
    }).observe({ type: 'layout-shift', buffered: false });
  });
  return () => page.evaluate(() => (window as unknown as { shiftTotal: number }).shiftTotal);
}

test('hovering a character link shows a card next to it and moves nothing on the page', async ({ page }) => {
  await page.clock.install();
  await open(page, '/episodes/s1e1', 'Meet');
  const link = page.getByRole('region', { name: 'Characters appearing' }).getByRole('link', {
    name: 'Charlie Spring',
  });
  await link.scrollIntoViewIfNeeded();
  const shifts = await watchLayoutShift(page);
  const heading = page.getByRole('heading', { level: 1 });
  const main = page.locator('#main');
  const before = { heading: await heading.boundingBox(), main: await main.boundingBox() };

  await link.hover();
  const card = page.getByRole('tooltip');
  await expect(card).toContainText('Truham student');
  await expect(card).toContainText('Played by Joe Locke');
  await expect(link).toHaveAttribute('aria-describedby', (await card.getAttribute('id')) ?? '');

  const linkBox = await link.boundingBox();
  const cardBox = await card.boundingBox();
  if (!linkBox || !cardBox) throw new Error('the link and the card should both have a box');
  // Right under the link (or right above it, near the bottom of the window), inside the viewport.
  const gapBelow = cardBox.y - (linkBox.y + linkBox.height);
  const gapAbove = linkBox.y - (cardBox.y + cardBox.height);
  expect(Math.min(Math.abs(gapBelow), Math.abs(gapAbove))).toBeLessThanOrEqual(16);
  expect(Math.abs(cardBox.x - linkBox.x)).toBeLessThanOrEqual(cardBox.width);
  const viewport = page.viewportSize();
  expect(cardBox.x).toBeGreaterThanOrEqual(0);
  expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(viewport?.width ?? 0);

  expect(await heading.boundingBox()).toEqual(before.heading);
  expect(await main.boundingBox()).toEqual(before.main);
  expect(await shifts()).toBe(0);

  // The pointer may cross onto the card; leaving both closes it.
  await card.hover();
  // Twice the grace a card gets when the pointer leaves its link, run at once on the page's clock.
  await page.clock.runFor(400);
  await expect(card).toBeVisible();
  await page.mouse.move(1, 1);
  await expect(card).toBeHidden();
  await expect(link).not.toHaveAttribute('aria-describedby');
});

test('a previewed page opens without requesting its data again', async ({ page }) => {
  await open(page, '/episodes/s1e1', 'Meet');
  const requests = countRequests(page, 'characters/nick-nelson');
  const link = page.getByRole('region', { name: 'Characters appearing' }).getByRole('link', {
    name: 'Nick Nelson',
  });
  await link.hover();
  await expect(page.getByRole('tooltip')).toContainText('Played by Kit Connor');
  expect(requests()).toBe(1);

  await link.click();
  await expect(page).toHaveURL(/\/characters\/nick-nelson$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Nick Nelson' })).toBeVisible();
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  expect(requests()).toBe(1);
});

test('keyboard focus previews a scene link, and Escape closes the card', async ({ page }) => {
  await open(page, '/episodes/s1e4', 'Secret');
  const link = page.getByRole('region', { name: 'Scenes' }).getByRole('link', {
    name: 'Bedroom after the rain',
  });
  await link.focus();
  const card = page.getByRole('tooltip');
  await expect(card).toContainText('S1E4: Secret · Cold open');
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(link).toBeFocused();
});

test('the card has no WCAG AA or best-practice violations in either theme and does not fade with reduced motion', async ({
  page,
}) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await open(page, '/episodes/s1e4', 'Secret');
    await page.getByRole('link', { name: 'S1E5: Friend →' }).hover();
    const card = page.getByRole('tooltip');
    await expect(card).toContainText('released 22 April 2022');
    expect(await card.evaluate((element) => getComputedStyle(element).animationName)).toBe('none');
    expect(await axeViolations(page, '[role="tooltip"]'), colorScheme).toEqual([]);
  }
});

test('on a touch screen, a long press on a link opens its card instead of the page', {
  tag: TAGS.touch,
}, async ({ page }) => {
  await open(page, '/episodes/s1e1', 'Meet');
  const link = page.getByRole('region', { name: 'Characters appearing' }).getByRole('link', {
    name: 'Charlie Spring',
  });
  await link.scrollIntoViewIfNeeded();
  const box = await link.boundingBox();
  if (!box) throw new Error('the link should have a box');
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };

  // A real press and hold, through Chromium's input pipeline (Playwright's touchscreen can only tap).
  const cdp = await page.context().newCDPSession(page);
  // The fan's finger stays down for 0.8 s: the length of the press is the input itself, not a wait.
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await new Promise((resolve) => setTimeout(resolve, 800));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });

  const card = page.getByRole('tooltip');
  await expect(card).toContainText('Truham student');
  // Chromium follows the held touch with a click on the link, which must not open the page: two frames
  // later that click has been handled.
  await afterTwoFrames(page);
  await expect(page).toHaveURL(/\/episodes\/s1e1$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Meet' })).toBeVisible();

  // A tap elsewhere closes the card; a plain tap on the link still follows it.
  const elsewhere = await page.getByRole('heading', { name: 'Characters appearing' }).boundingBox();
  if (!elsewhere) throw new Error('the section heading should have a box');
  await page.touchscreen.tap(elsewhere.x + 10, elsewhere.y + elsewhere.height / 2);
  await expect(card).toHaveCount(0);
  await link.tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Charlie Spring' })).toBeVisible();
});
