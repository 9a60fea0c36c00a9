import { appReady, expect, test } from './fixtures';

/**
 * A page counts as ready (`<html data-app="ready">`) without the code that saves the fan's state: what the
 * first load reads is enough, unless the saved state needs repair.
 */

test('a fan’s saved state is in place before the code that saves it has loaded', async ({ page }) => {
  await page.addInitScript(() => {
    if (localStorage.getItem('heartstopper-wiki:progress') !== null) return;
    localStorage.setItem(
      'heartstopper-wiki:progress',
      JSON.stringify({
        version: 1,
        state: { watched: ['s1e1', 's1e2', 's1e3', 's1e4'], shield: 'off', read: null },
      }),
    );
    localStorage.setItem(
      'heartstopper-wiki:favourites',
      JSON.stringify({ version: 1, state: [{ kind: 'episode', id: 's1e4', label: 'S1E4: Secret' }] }),
    );
  });
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/assets/fan-actions-*.js', async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('/episodes/s1e4');
  await appReady(page);
  await expect(page.getByRole('button', { name: 'Watched: S1E4 Secret' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('button', { name: 'Favourite: S1E4: Secret' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // A press now waits for that code, then counts and is saved.
  await page.getByRole('button', { name: 'Watched: S1E4 Secret' }).click();
  release();
  await expect(page.getByRole('button', { name: 'Watched: S1E4 Secret' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect
    .poll(() =>
      page.evaluate(
        () => JSON.parse(localStorage.getItem('heartstopper-wiki:progress') ?? '{}').state?.watched,
      ),
    )
    .toEqual(['s1e1', 's1e2', 's1e3']);
});

test('a fan whose saved state is damaged waits for the code that repairs it, and is told', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', 'yes');
    localStorage.setItem('heartstopper-wiki:progress', '{"version":1,"state":{"watched":["s1e1"');
  });
  await page.goto('/episodes/s1e4');
  await appReady(page);
  await expect(
    page.getByText(/Your saved watch progress could not be read, so it has been reset/),
  ).toBeVisible();
});

const PAINTED_PAGES = [
  ['home page', '/'],
  ['character page', '/characters/nick-nelson'],
  ['episode page', '/episodes/s1e4'],
  ['scene page', '/scenes/s1e4-bedroom-after-the-rain'],
] as const;

// The boot script loads a page's code once the browser reports its first contentful paint (decision 0019).
// Lighthouse counts any script the page has finished fetching and running before that paint into its
// estimate of the paint, so code that started a frame too early cost content pages 1.7 s of estimated LCP.
for (const [label, address] of PAINTED_PAGES) {
  test(`the ${label} asks for its code only once its first content has been painted`, async ({ page }) => {
    await page.goto(address);
    await appReady(page);
    const { painted, requested } = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      const entry = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find(
        (resource) => resource.initiatorType === 'script' && /\/assets\/index-[^/]+\.js$/.test(resource.name),
      );
      return { painted: paint?.startTime ?? null, requested: entry?.startTime ?? null };
    });
    expect(painted, 'the browser reported a first contentful paint').not.toBeNull();
    expect(requested, 'the page asked for its entry script').not.toBeNull();
    expect(requested).toBeGreaterThanOrEqual(painted ?? Number.POSITIVE_INFINITY);
  });
}

// `npm run size` weighs what a page's first load lists (decision 0017): the entry script and the modules the
// boot script preloads. Everything else (the fan layer, the theme switch, offline reading, previews, the
// search shortcut) waits until the page is ready, so that the budget counts all a fan downloads before the
// controls work.
for (const [label, address] of PAINTED_PAGES) {
  test(`the ${label} becomes ready with only the code its first load lists`, async ({ page }) => {
    await page.addInitScript(() => {
      new MutationObserver((_records, observer) => {
        if (document.documentElement?.dataset.app !== 'ready') return;
        observer.disconnect();
        document.documentElement.dataset.readyAt = String(performance.now());
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app'] });
    });
    await page.goto(address);
    await appReady(page);
    const { listed, beforeReady } = await page.evaluate(() => {
      const readyAt = Number(document.documentElement.dataset.readyAt);
      const scripts: { entry: string; preload: string[] } = JSON.parse(
        document.getElementById('app-scripts')?.textContent ?? '{"entry":"","preload":[]}',
      );
      const path = (url: string) => new URL(url, location.href).pathname;
      return {
        listed: [scripts.entry, ...scripts.preload].map(path),
        beforeReady: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((resource) => resource.startTime < readyAt && /\.js$/.test(path(resource.name)))
          .map((resource) => path(resource.name)),
      };
    });
    expect(listed[0], 'the page lists its entry script').toMatch(/\/assets\/index-[^/]+\.js$/);
    expect(beforeReady, 'the page asked for its entry script before it was ready').toContain(listed[0]);
    expect(beforeReady.filter((file) => !listed.includes(file))).toEqual([]);
  });
}
