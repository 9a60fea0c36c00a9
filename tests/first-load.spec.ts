import { expect, test } from './fixtures';

/**
 * What a page needs before it is ready is its first load and nothing more: `npm run size` budgets exactly the
 * scripts a page's HTML lists (#app-scripts), so a chunk fetched before ready on top of those would be
 * weight the budget never sees, and a round trip between the page appearing and its controls working.
 */

type Loaded = { scripts: string[]; listed: string[] };

/** Every script the page asked for before `<html data-app="ready">`, and the ones its HTML lists. */
async function scriptsBeforeReady(page: import('@playwright/test').Page, path: string): Promise<Loaded> {
  await page.addInitScript(() => {
    // Runs before <html> exists: watch the document for the mark, on the page's own clock.
    new MutationObserver((_changes, observer) => {
      if (document.documentElement?.dataset.app !== 'ready') return;
      (window as unknown as { readyAt: number }).readyAt = performance.now();
      observer.disconnect();
    }).observe(document, { attributes: true, subtree: true });
  });
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  // Every request started before ready has finished, so the browser has timed it.
  await page.waitForLoadState('networkidle');
  return page.evaluate(() => {
    const readyAt = (window as unknown as { readyAt: number }).readyAt;
    const list = document.getElementById('app-scripts')?.textContent ?? '{"entry":"","preload":[]}';
    const { entry, preload }: { entry: string; preload: string[] } = JSON.parse(list);
    const scripts = performance
      .getEntriesByType('resource')
      .filter((timing) => timing.startTime <= readyAt && new URL(timing.name).pathname.endsWith('.js'))
      .map((timing) => new URL(timing.name).pathname);
    return { scripts, listed: [entry, ...preload] };
  });
}

for (const path of ['/', '/episodes/s1e4', '/characters/nick-nelson', '/my-wiki']) {
  test(`${path} asks for no script before it is ready beyond the first load its HTML lists`, async ({
    page,
  }) => {
    const { scripts, listed } = await scriptsBeforeReady(page, path);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((script) => !listed.includes(script))).toEqual([]);
  });
}

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
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
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
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(
    page.getByText(/Your saved watch progress could not be read, so it has been reset/),
  ).toBeVisible();
});
