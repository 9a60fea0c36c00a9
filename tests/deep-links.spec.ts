import { TAGS } from '../playwright.config';
import { ENTRY_KINDS } from '../src/lib/routes';
import { appReady, expect, test } from './fixtures';
import { headingOf, sitePages } from './site';

const pages = sitePages();
// Every kind of entry page in the registry (music, places and books too, which otherwise fell into the list
// of index and tool pages and made that one test open a hundred pages).
const kinds = ENTRY_KINDS;
// Up to ten addresses of every kind, spread across the dataset (all of a kind when it has fewer).
const sample = kinds.flatMap((kind) => {
  const ofKind = pages.filter((page) => page.data.kind === kind);
  const step = Math.max(1, Math.floor(ofKind.length / 10));
  return ofKind.filter((_, index) => index % step === 0).slice(0, 10);
});
// The random page sends the fan straight on elsewhere, fetching the page list to choose from: it has a test
// of its own (tests/my-wiki.spec.ts).
const indexes = pages.filter(
  (page) => !kinds.some((kind) => kind === page.data.kind) && page.data.kind !== 'random',
);

test('the sample covers ten deep links of every kind that has ten', () => {
  for (const kind of kinds) {
    const count = sample.filter((page) => page.data.kind === kind).length;
    expect(count).toBe(Math.min(10, pages.filter((page) => page.data.kind === kind).length));
  }
});

// One tab per kind, each address opened in it afresh as a shared link would be (a full page load), each its
// own step in the report.
const groups = [
  ...kinds.map((kind) => ({
    name: `${kind} pages`,
    entries: sample.filter((page) => page.data.kind === kind),
  })),
  { name: 'index and tool pages', entries: indexes },
];

for (const { name, entries } of groups) {
  test(`opening ${entries.length} ${name} directly shows each one’s content and title without fetching its data again`, async ({
    page,
  }) => {
    const dataRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/page-data/')) dataRequests.push(request.url());
    });
    for (const { path, data } of entries) {
      await test.step(path, async () => {
        dataRequests.length = 0;
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1, name: headingOf(data) })).toBeVisible();
        await expect(page).toHaveTitle(data.meta.title);
        // Once the app is ready it has hydrated and mounted the page, when a refetch would be asked for.
        await appReady(page);
        expect(dataRequests, path).toEqual([]);
      });
    }
  });
}

test('the favourite scene anchor lands in view and stays after a reload', {
  tag: TAGS.viewport,
}, async ({ page }) => {
  await page.goto('/episodes/s1e4#s1e4-bedroom-after-the-rain');
  await expect(page.locator('#s1e4-bedroom-after-the-rain')).toBeInViewport();
  await page.reload();
  await expect(page.locator('#s1e4-bedroom-after-the-rain')).toBeInViewport();
});

test('an in-app link to a scene anchor scrolls to and highlights the scene', {
  tag: TAGS.viewport,
}, async ({ page }) => {
  await page.goto('/characters/charlie-spring');
  const appearances = page.getByRole('region', { name: 'Appearances by episode' });
  await appearances.getByText(/scenes, episode by episode/).click();
  await appearances.getByRole('link', { name: 'Rugby match at St John’s' }).click();
  const scene = page.locator('#s1e4-rugby-match-st-johns');
  await expect(scene).toBeInViewport();
  await expect(scene).toHaveClass(/is-targeted/);
});

test('reload and back/forward keep the page a fan is on', async ({ page }) => {
  await page.goto('/episodes/s2e1');
  await page.getByRole('link', { name: 'S2E2: Family →' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Family' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Family' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Out' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Family' })).toBeVisible();
  await expect(page).toHaveURL(/\/episodes\/s2e2$/);
});

test('an alternate name opens the canonical page', async ({ page }) => {
  await page.goto('/characters/nicholas-nelson');
  await expect(page).toHaveURL(/\/characters\/nick-nelson\/?$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Nick Nelson' })).toBeVisible();
});

test('copying a scene link puts its anchored address on the clipboard and says so', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/episodes/s1e4');
  await appReady(page);
  await page.getByRole('button', { name: 'Copy link to the scene “Rugby match at St John’s”' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/episodes\/s1e4#s1e4-rugby-match-st-johns$/);
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('a deep-linked page still shows its content and working links', async ({ page }) => {
    await page.goto('/episodes/s1e4');
    await expect(page.getByRole('heading', { level: 1, name: 'Secret' })).toBeVisible();
    await expect(page.getByText(/Charlie/).first()).toBeVisible();
    await page
      .getByRole('region', { name: 'Characters appearing' })
      .getByRole('link', { name: 'Nick Nelson' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nick Nelson' })).toBeVisible();
  });
});
