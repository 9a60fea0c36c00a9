import type { Locator } from '@playwright/test';
import { appReady, expect, test } from './fixtures';

// The print stylesheet (src/print.css), in Chromium's print media.

/** What the browser draws after an element (its `::after` content), as computed. */
const contentAfter = (locator: Locator) =>
  locator.evaluate((element) => getComputedStyle(element, '::after').content);

test.describe('printing', () => {
  test('a printed page has no navigation, search or controls, and writes out where its links lead', async ({
    page,
  }) => {
    await page.goto('/episodes/s1e4');
    await appReady(page);
    const main = page.getByRole('main');
    const controls = [
      page.getByRole('navigation', { name: 'Main' }),
      page.getByRole('navigation', { name: 'Episodes' }),
      page.getByRole('combobox').first(),
      page.getByRole('complementary', { name: 'Spoiler shield' }),
      main.getByRole('button', { name: /^Watched/ }),
      main.getByRole('button', { name: /^Favourite/ }).first(),
      main.getByRole('button', { name: /^Copy link/ }).first(),
      main.getByRole('button', { name: 'Share this page' }),
      main.getByRole('link', { name: 'Suggest a correction' }),
      page.getByRole('contentinfo').getByRole('link', { name: 'Random page' }),
    ];
    for (const control of controls) await expect(control).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    for (const control of controls) await expect(control).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(main.getByText(/^(Last updated|Data as of) /)).toBeVisible();

    // A source's address in full, and a page of this wiki's with the site's address (SITE_URL at build).
    const source = page.getByRole('region', { name: 'Sources' }).getByRole('link').first();
    expect(await contentAfter(source)).toBe(`" (${await source.getAttribute('href')})"`);
    const origin = new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').origin;
    const director = main.getByRole('link', { name: 'Euros Lyn' }).first();
    expect(await contentAfter(director)).toBe(`" (${origin}${await director.getAttribute('href')})"`);

    // Scenes and statements are never split across two sheets.
    for (const item of [main.locator('.scene-item').first(), main.locator('.commentary-card').first()]) {
      expect(await item.evaluate((element) => getComputedStyle(element).breakInside)).toBe('avoid');
    }

    // A folded statement prints open (Chromium's ::details-content), its summary still shown.
    const fold = main.locator('details.fold:not([open])').first();
    const folded = fold.locator('.commentary-card');
    await expect(fold.locator('summary')).toBeVisible();
    await expect(folded).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await expect(folded).toBeHidden();
  });

  test('a page prints to PDF', async ({ page }) => {
    await page.goto('/characters/nick-nelson');
    await appReady(page);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});
