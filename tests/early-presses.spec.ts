import type { Page } from '@playwright/test';
import { appReady, expect, holdRequests, openWithoutCode, test } from './fixtures';

/**
 * A prerendered page shows its buttons before its code has arrived and the fan's saved state is read. A
 * press in that moment is held by the boot script (scripts/boot-script.ts) and made once the page is ready:
 * never lost, never applied to state that has not been read yet.
 */

/**
 * Holds the app's code (the entry chunk, whose hydration makes the page ready) until the returned function is
 * called, so a press made before that lands in the gap before ready.
 */
const holdAppCode = (page: Page) => holdRequests(page, '**/assets/index-*.js');

test('pressing “Watched” before the page is ready is held, shown as busy, then made once it is', async ({
  page,
}) => {
  const release = await holdAppCode(page);
  await page.goto('/episodes/s1e4', { waitUntil: 'domcontentloaded' });
  const watched = page.getByRole('button', { name: 'Watched: S1E4 Secret' });
  await watched.click();
  await expect(watched).toHaveAttribute('aria-busy', 'true');
  await expect(watched).toHaveAttribute('aria-pressed', 'false');

  release();
  await appReady(page);
  await expect(watched).toHaveAttribute('aria-pressed', 'true');
  await expect(watched).not.toHaveAttribute('aria-busy');

  // Made for real: saved like any other press.
  await page.reload();
  await appReady(page);
  await expect(page.getByRole('button', { name: 'Watched: S1E4 Secret' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('two presses of “Favourite” before ready are one held press, not a toggle on and off', async ({
  page,
}) => {
  const release = await holdAppCode(page);
  await page.goto('/characters/nick-nelson', { waitUntil: 'domcontentloaded' });
  const favourite = page.getByRole('button', { name: 'Favourite: Nick Nelson' });
  await favourite.click();
  await favourite.click();
  await expect(favourite).toHaveAttribute('aria-busy', 'true');
  release();
  await appReady(page);
  await expect(favourite).toHaveAttribute('aria-pressed', 'true');
});

test('ticking an episode before the page is ready is held, shown as busy, then made and saved once it is', async ({
  page,
}) => {
  const release = await holdAppCode(page);
  await page.goto('/my-wiki', { waitUntil: 'domcontentloaded' });
  // Clicked through its label, as most fans would.
  const meet = page.getByRole('checkbox', { name: 'S1E1: Meet' });
  await page.getByText('S1E1: Meet').click();
  await expect(meet).toHaveAttribute('aria-busy', 'true');
  await expect(meet).not.toBeChecked();

  release();
  await appReady(page);
  await expect(meet).toBeChecked();
  await expect(meet).not.toHaveAttribute('aria-busy');
  await expect(page.getByText('Season 1: 1 of 8 watched')).toBeVisible();

  await page.reload();
  await appReady(page);
  await expect(page.getByRole('checkbox', { name: 'S1E1: Meet' })).toBeChecked();
});

test('a search typed before the page is ready still submits at once: form buttons are never held', async ({
  page,
}) => {
  await openWithoutCode(page, '/episodes/s1e4');
  await page.getByRole('combobox', { name: 'Search the wiki' }).fill('nick');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  // A plain static host answers /search from its folder, /search/.
  await expect(page).toHaveURL(/\/search\/?\?q=nick$/);
});
