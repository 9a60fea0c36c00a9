import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { afterTwoFrames, appReady, axeViolations, expect, holdRequests, test } from './fixtures';

/** Progress as an earlier visit would have saved it, in place before the page's own scripts run. */
async function withSavedProgress(page: Page, watched: string[], shield: 'on' | 'off' | null = null) {
  await page.addInitScript(
    ([state]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('heartstopper-wiki:progress', JSON.stringify({ version: 1, state }));
        sessionStorage.setItem('seeded', 'yes');
      }
    },
    [{ watched, shield }] as const,
  );
}

test('a fan marks how far they have watched and the progress is still there after a reload', async ({
  page,
}) => {
  await page.goto('/episodes/s1e4');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Secret' })).toBeVisible();
  await page.getByRole('button', { name: 'I’ve watched up to S1E4' }).click();
  await expect(page.getByRole('button', { name: /^Watched: S1E4/ })).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await appReady(page);
  await expect(page.getByRole('button', { name: /^Watched: S1E4/ })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My wiki' }).click();
  await expect(page.getByRole('progressbar', { name: 'Season 1: 4 of 8 watched' })).toBeVisible();
  await expect(page.getByText('You have watched up to S1E4')).toBeVisible();
});

test('favourites survive a reload and are listed on My wiki', async ({ page }) => {
  await page.goto('/characters/charlie-spring');
  await appReady(page);
  await page.getByRole('button', { name: 'Favourite: Charlie Spring' }).click();
  await expect(page.getByRole('button', { name: 'Favourite: Charlie Spring' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.goto('/my-wiki');
  await appReady(page);
  const favourites = page.getByRole('region', { name: 'Favourites' });
  await expect(favourites.getByRole('link', { name: 'Charlie Spring' })).toBeVisible();
  await page.reload();
  await appReady(page);
  await expect(favourites.getByRole('link', { name: 'Charlie Spring' })).toBeVisible();
});

test('with the shield on, a shared link to a later episode shows a spoiler warning first, never the synopsis', async ({
  page,
}) => {
  await withSavedProgress(page, ['s1e1', 's1e2', 's1e3', 's1e4']);
  let synopsisPainted = false;
  await page.exposeFunction('reportSynopsis', () => {
    synopsisPainted = true;
  });
  // Watch every frame from the first paint: the prerendered synopsis must never be visible to the fan.
  await page.addInitScript(() => {
    const check = () => {
      const heading = document.getElementById('synopsis-heading');
      if (heading?.checkVisibility({ visibilityProperty: true })) {
        (window as unknown as { reportSynopsis: () => void }).reportSynopsis();
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await page.goto('/episodes/s2e5');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Spoiler warning: S2E5' })).toBeVisible();
  // Two more frames painted with the warning in place, each one checked by the watcher above.
  await afterTwoFrames(page);
  expect(synopsisPainted).toBe(false);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Show this page anyway' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Heat' })).toBeVisible();
});

test('a later relationship on a character page stays hidden until the fan reveals it', async ({ page }) => {
  await withSavedProgress(page, ['s1e1', 's1e2', 's1e3', 's1e4']);
  await page.goto('/characters/nick-nelson');
  await appReady(page);
  const relationships = page.getByRole('region', { name: 'Relationships' });
  const reveal = relationships.getByRole('button', { name: 'Spoiler from S1E8: a relationship. Reveal' });
  await expect(reveal).toBeVisible();
  await expect(relationships.getByText('Partner:')).toHaveCount(0);
  await reveal.click();
  await expect(relationships.getByText('Partner:')).toBeVisible();
});

test('the chosen theme is in place from the first paint of the next visit', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await appReady(page);
  await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('/episodes', { waitUntil: 'commit' });
  await page.waitForSelector('body');
  // Set by the inline boot script before the app's own code has run.
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await expect(page.getByRole('heading', { level: 1, name: 'Episodes' })).toBeVisible();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(29, 23, 25)');
});

test('the browser’s bar takes the chosen theme’s colour, from the first paint of the next visit, and the system’s again when the fan goes back to it', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const barColours = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].map(
        (meta) => `${meta.media}: ${meta.content}`,
      ),
    );
  const systems = ['(prefers-color-scheme: light): #ffffff', '(prefers-color-scheme: dark): #271f22'];
  const allDark = ['(prefers-color-scheme: light): #271f22', '(prefers-color-scheme: dark): #271f22'];
  await page.goto('/');
  await appReady(page);
  expect(await barColours()).toEqual(systems);
  const theme = page.getByRole('group', { name: 'Theme' });
  await theme.getByRole('radio', { name: 'Dark' }).check();
  await expect.poll(barColours).toEqual(allDark);
  await page.goto('/episodes', { waitUntil: 'commit' });
  await page.waitForSelector('body');
  // Set by the inline boot script before the app's own code has run.
  expect(await barColours()).toEqual(allDark);
  await appReady(page);
  await theme.getByRole('radio', { name: 'System' }).check();
  await expect.poll(barColours).toEqual(systems);
});

test('a theme chosen while the code that applies it is still on its way shows as chosen, and applies when it arrives', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const release = await holdRequests(page, '**/assets/fan-actions-*.js');
  await page.goto('/');
  await appReady(page);
  const dark = page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' });
  await dark.check();
  await afterTwoFrames(page);
  await expect(dark).toBeChecked();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
  release();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(dark).toBeChecked();
});

test('an episode ticked while the code that saves it is still on its way stays ticked, and counts once it arrives', async ({
  page,
}) => {
  const release = await holdRequests(page, '**/assets/fan-actions-*.js');
  await page.goto('/my-wiki');
  await appReady(page);
  const meet = page.getByRole('checkbox', { name: 'S1E1: Meet' });
  await meet.check();
  await afterTwoFrames(page);
  await expect(meet).toBeChecked();
  release();
  await expect(page.getByText('Season 1: 1 of 8 watched')).toBeVisible();
  await expect(meet).toBeChecked();
});

test('exporting My wiki to a file and importing it back restores progress and favourites', async ({
  page,
}, testInfo) => {
  await page.goto('/scenes/s1e4-bedroom-after-the-rain');
  await appReady(page);
  const star = page.getByRole('button', { name: /^Favourite: / }).first();
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/my-wiki');
  await appReady(page);
  await page.getByRole('checkbox', { name: 'S1E1: Meet' }).check();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to a file' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^heartstopper-wiki-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('export.json');
  await download.saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8'));
  expect(exported.progress.watched).toEqual(['s1e1']);

  await page.getByRole('button', { name: 'Clear my progress' }).click();
  await page.getByRole('button', { name: /^Remove / }).click();
  await expect(page.getByText('No favourites yet.', { exact: false })).toBeVisible();

  await page.getByLabel('Import from a file').setInputFiles(file);
  await expect(page.getByText('Imported 1 favourites and 1 watched episodes.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'S1E1: Meet' })).toBeChecked();
  await page.reload();
  await appReady(page);
  await expect(page.getByRole('checkbox', { name: 'S1E1: Meet' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Favourites' }).getByRole('link')).toHaveCount(1);
});

test('a file that is not a My wiki export is refused and nothing changes', async ({ page }) => {
  await page.goto('/my-wiki');
  await appReady(page);
  await page.getByRole('checkbox', { name: 'S1E2: Crush' }).check();
  await page.getByLabel('Import from a file').setInputFiles({
    name: 'holiday.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"photos": 12}'),
  });
  await expect(
    page.getByText(/^Nothing was imported\. This file is not a Heartstopper Wiki export/),
  ).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'S1E2: Crush' })).toBeChecked();
});

test('the random page link lands on a real page of the wiki', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.getByRole('link', { name: 'Random page' }).click();
  await expect(page).not.toHaveURL(/\/random$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Random page');
});

// Damaged saved state in a real browser: the prerendered page must still hydrate cleanly (the fixture fails
// the test on any console error, hydration mismatches included) and the fan must be told what happened.
const DAMAGED_STORAGE = [
  { name: 'corrupt JSON', key: 'heartstopper-wiki:progress', value: '{"version":1,"state":{"watched":[' },
  { name: 'a wrong shape', key: 'heartstopper-wiki:favourites', value: '{"version":1,"state":{"a":1}}' },
  { name: 'a newer version', key: 'heartstopper-wiki:progress', value: '{"version":9,"state":{}}' },
  {
    name: 'a theme that does not exist',
    key: 'heartstopper-wiki:theme',
    value: '{"version":1,"state":"neon"}',
  },
];

for (const { name, key, value } of DAMAGED_STORAGE) {
  test(`saved state damaged by ${name} leaves the page hydrated and working, with a notice`, async ({
    page,
  }) => {
    await page.addInitScript(([storageKey, storageValue]) => localStorage.setItem(storageKey, storageValue), [
      key,
      value,
    ] as const);
    await page.goto('/episodes/s1e4');
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Secret' })).toBeVisible();
    await expect(page.getByRole('status', { name: 'Notices about your saved data' })).toContainText(
      /could not be read|newer version/,
    );
    await page.getByRole('link', { name: 'Charlie Spring' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Charlie Spring' })).toBeVisible();
  });
}

test('storage that throws on every read and write leaves the wiki working for the visit', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const refuse = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Storage.prototype.getItem = refuse;
    Storage.prototype.setItem = refuse;
  });
  await page.goto('/episodes/s1e4');
  await appReady(page);
  await expect(page.getByText(/not letting the wiki save anything/)).toBeVisible();
  await page.getByRole('button', { name: 'I’ve watched up to S1E4' }).click();
  await expect(page.getByRole('button', { name: /^Watched: S1E4/ })).toHaveAttribute('aria-pressed', 'true');
});
