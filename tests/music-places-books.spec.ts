import type { Page } from '@playwright/test';
import { appReady, expect, test } from './fixtures';

/** Progress as an earlier visit would have saved it, in place before the first page's own scripts run. */
async function withProgress(page: Page, watched: string[], read: number | null) {
  await page.addInitScript(
    ([state]) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem('heartstopper-wiki:progress', JSON.stringify({ version: 1, state }));
      sessionStorage.setItem('seeded', 'yes');
    },
    [{ watched, shield: 'on', read }] as const,
  );
}

test('the S2E8 page names the song that closes the season and who sings it', async ({ page }) => {
  await page.goto('/episodes/s2e8');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const music = page.getByRole('region', { name: 'Music in this episode' });
  const closing = music.getByRole('listitem').filter({ hasText: 'ur so pretty' });
  await expect(closing.getByRole('link', { name: 'ur so pretty' })).toHaveAttribute(
    'href',
    '/music/ur-so-pretty',
  );
  await expect(closing).toContainText('Wasia Project');
  await expect(closing).toContainText('Closes the season');
});

test('the S3E2 page says where its Menorca scenes were really filmed', async ({ page }) => {
  await page.goto('/episodes/s3e2');
  const places = page.getByRole('region', { name: 'Places' });
  await expect(places.getByRole('link', { name: 'Menorca', exact: true })).toBeVisible();
  await expect(places.getByRole('link', { name: 'Church of Santanyí' })).toBeVisible();
  await expect(places.getByRole('link', { name: 'Cala Llombards' })).toBeVisible();
  await expect(places).toContainText(/Church of Santanyí, as [^;]*Menorca/);
});

test('the S1E1 page says which volume of the graphic novel it adapts', async ({ page }) => {
  await page.goto('/episodes/s1e1');
  const adapted = page.getByRole('term').filter({ hasText: 'Adapted from' });
  await expect(adapted).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Volume 1' })).toBeVisible();
  await page.getByRole('link', { name: 'Heartstopper: Volume 1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Heartstopper: Volume 1' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'On screen' }).getByRole('link', { name: /S1E1/ }),
  ).toBeVisible();
});

test('a song and a filming location are found by search', async ({ page }) => {
  await page.goto('/search?q=ur%20so%20pretty');
  await expect(page.getByRole('link', { name: 'ur so pretty' }).first()).toBeVisible();
  await page.goto('/search?q=santanyi');
  await expect(page.getByRole('link', { name: 'Church of Santanyí' }).first()).toBeVisible();
});

test('a fan who has watched up to S1E4 and read up to volume 2 sees no song, place, award or book detail from later', async ({
  page,
}) => {
  await withProgress(page, ['s1e1', 's1e2', 's1e3', 's1e4'], 2);

  await page.goto('/music');
  await appReady(page);
  await expect(page.getByRole('link', { name: 'Want Me' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'ur so pretty' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Spoiler from S2E8: a song. Reveal' }).first()).toBeVisible();

  await page.goto('/places');
  await appReady(page);
  await expect(page.getByRole('link', { name: 'Truham Grammar School' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Church of Santanyí' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Eiffel Tower' })).toHaveCount(0);

  await page.goto('/awards');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Awards' })).toBeVisible();
  await expect(page.getByText('Outstanding Young Teen Series')).toHaveCount(0);
  await expect(
    page.getByRole('button', { name: /^Spoiler from S3E8: an award nomination/ }).first(),
  ).toBeVisible();

  // Volume 2 is adapted up to S1E8, past this fan's progress on screen, but they have read it.
  await page.goto('/books/heartstopper-vol-2');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Heartstopper: Volume 2' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'On screen' })).toBeVisible();

  await page.goto('/books/heartstopper-vol-3');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Spoiler warning: S2E8' })).toBeVisible();
  await expect(page.getByText(/Paris/)).toHaveCount(0);
});

test('a fan says on My wiki how far they have read, and a volume they have read is no longer held back', async ({
  page,
}) => {
  await withProgress(page, ['s1e1'], null);
  await page.goto('/books/heartstopper-vol-2');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1, name: /^Spoiler warning/ })).toBeVisible();
  await page.goto('/my-wiki');
  await appReady(page);
  await page
    .getByLabel('I’ve read the graphic novels up to')
    .selectOption({ label: 'Heartstopper: Volume 2' });
  await page.goto('/books/heartstopper-vol-2');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Heartstopper: Volume 2' })).toBeVisible();
  await page.goto('/books/heartstopper-vol-3');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1, name: /^Spoiler warning/ })).toBeVisible();
});
