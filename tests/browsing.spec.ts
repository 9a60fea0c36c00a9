import { NOT_FOUND_HOST, TAGS } from '../playwright.config';
import { expect, test } from './fixtures';

test('a fan browses from the home page to an episode and on to a character and their actor', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: /Heartstopper Wiki/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Episodes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Episodes' })).toBeVisible();
  await page.getByRole('link', { name: 'S1E4: Secret' }).click();
  await expect(page).toHaveURL(/\/episodes\/s1e4$/);
  await expect(page).toHaveTitle('S1E4: Secret · Heartstopper Wiki');
  await page
    .getByRole('region', { name: 'Characters appearing' })
    .getByRole('link', { name: 'Charlie Spring' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Charlie Spring' })).toBeFocused();
  await page
    .getByRole('complementary', { name: 'At a glance' })
    .getByRole('link', { name: 'Joe Locke' })
    .click();
  await expect(page).toHaveURL(/\/actors\/joe-locke$/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Charlie Spring' })).toBeVisible();
});

test('a deep link to a scene anchor lands on that scene', async ({ page }) => {
  await page.goto('/episodes/s1e4#s1e4-rugby-match-st-johns');
  const scene = page.locator('#s1e4-rugby-match-st-johns');
  await expect(scene).toBeInViewport();
  await expect(scene).toHaveClass(/is-targeted/);
});

test('case and trailing-slash variants of an address redirect to the canonical one', async ({ page }) => {
  await page.goto(`${NOT_FOUND_HOST}/Episodes/S1E4/`);
  await expect(page).toHaveURL(/\/episodes\/s1e4$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Secret' })).toBeVisible();
});

test('an unknown address shows a helpful 404 page', async ({ page }) => {
  await page.goto(`${NOT_FOUND_HOST}/characters/no-such-person`);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'All characters' })).toBeVisible();
  await expect(page).toHaveTitle(/Page not found/);
});

test('links are real links that open in a new tab', async ({ page, context }) => {
  await page.goto('/characters');
  const link = page.getByRole('link', { name: 'Nick Nelson' }).first();
  await expect(link).toHaveAttribute('href', '/characters/nick-nelson');
  const [newPage] = await Promise.all([
    context.waitForEvent('page'),
    link.click({ modifiers: ['ControlOrMeta'] }),
  ]);
  await newPage.waitForLoadState();
  await expect(newPage.getByRole('heading', { level: 1, name: 'Nick Nelson' })).toBeVisible();
});

test('scroll position is restored when going back', async ({ page }) => {
  await page.goto('/scenes');
  await page.getByRole('link', { name: 'S3E8: Apart' }).scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(500);
  await page.getByRole('link', { name: 'S3E8: Apart' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Apart' })).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Scenes' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(before);
});

test.describe('on a 360 px wide phone', { tag: TAGS.viewport }, () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('no page scrolls sideways', async ({ page }) => {
    for (const address of [
      '/',
      '/characters',
      '/characters/nick-nelson',
      '/actors/kit-connor',
      '/episodes',
      '/episodes/s1e4',
      '/scenes/s1e4-bedroom-after-the-rain',
      '/commentary',
      '/commentary/oseman-favourite-scene',
      '/search?q=nick',
      '/appearances',
      '/relationships',
      '/my-wiki',
      `${NOT_FOUND_HOST}/no-such-page`,
    ]) {
      await page.goto(address);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, address).toBe(0);
    }
  });
});
