import type { Page } from '@playwright/test';
import { NOT_FOUND_HOST, TAGS } from '../playwright.config';
import { appReady, axeViolations, expect, test } from './fixtures';

/**
 * One address of every kind of page; the 404 page comes from the host that serves 404.html. Narrow screens
 * get a one-row header (every page) and boxes with labels above values (the pages with an infobox), so home
 * and those pages are checked in the phone project too; the rest of every page has the same layout at any
 * width, checked once.
 */
const PAGES = [
  { kind: 'home', path: '/', tag: TAGS.viewport },
  { kind: 'characters index', path: '/characters' },
  { kind: 'actors index', path: '/actors' },
  { kind: 'episodes index', path: '/episodes' },
  { kind: 'scenes index', path: '/scenes' },
  { kind: 'commentary index', path: '/commentary' },
  { kind: 'character', path: '/characters/nick-nelson', tag: TAGS.viewport },
  { kind: 'actor', path: '/actors/joe-locke', tag: TAGS.viewport },
  { kind: 'person', path: '/people/alice-oseman', tag: TAGS.viewport },
  { kind: 'episode', path: '/episodes/s1e4' },
  { kind: 'scene', path: '/scenes/s1e4-bedroom-after-the-rain' },
  { kind: 'commentary item', path: '/commentary/oseman-favourite-scene' },
  { kind: 'search results (prerendered)', path: '/search?q=nick' },
  { kind: 'search results (worked out in the browser)', path: '/search?q=rugby%20rain' },
  { kind: 'My wiki', path: '/my-wiki' },
  { kind: 'Open data', path: '/open-data' },
  { kind: 'Suggest a correction', path: '/corrections?file=data/characters/nick-nelson.json' },
  { kind: '404', path: `${NOT_FOUND_HOST}/no-such-page` },
] as const;

const THEMES = ['light', 'dark'] as const;

/** Waits for the page a fan would judge: its heading shown, the app hydrated and nothing left loading. */
async function settle(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await appReady(page);
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
}

for (const page of PAGES) {
  const { kind, path } = page;
  // One load of the page, checked in each theme in turn: the theme follows the system's, switched in place.
  test(`the ${kind} page has no WCAG 2.1 AA or best-practice violations in the light and dark themes`, {
    tag: 'tag' in page ? page.tag : [],
  }, async ({ page }) => {
    for (const colorScheme of THEMES) {
      await page.emulateMedia({ colorScheme });
      if (colorScheme === THEMES[0]) {
        await page.goto(path);
        await settle(page);
      }
      const report = await axeViolations(page);
      expect.soft(report, `${path} (${colorScheme})\n${report.join('\n')}`).toEqual([]);
    }
  });
}

/** What has keyboard focus now: a readable name, its place in document order, and whether it shows focus. */
function focusState(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body)
      return { name: 'body', order: -1, visibleFocus: false, inMain: false };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const label =
      element.getAttribute('aria-label') ??
      (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${label || element.getAttribute('placeholder') || ''}"`;
    return {
      name,
      order: [...document.querySelectorAll('*')].indexOf(element),
      visibleFocus: outline || shadow,
      inMain: element.closest('main') !== null,
    };
  });
}

test.describe('keyboard only', () => {
  test('the skip link comes first, shows when focused and jumps to the main content', async ({ page }) => {
    await page.goto('/episodes/s1e4');
    await settle(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    expect((await focusState(page)).visibleFocus).toBe(true);
    await page.keyboard.press('Enter');
    // The next Tab continues from the main content, past the header and its navigation.
    await page.keyboard.press('Tab');
    const after = await focusState(page);
    expect(after.inMain, `after the skip link, Tab went to ${after.name}`).toBe(true);
    await expect(page.getByRole('heading', { level: 1, name: 'Secret' })).toBeVisible();
  });

  test('Tab reaches the search box and every main navigation link, each visibly focused', async ({
    page,
  }) => {
    await page.goto('/episodes/s1e4');
    await settle(page);
    const searchBox = page.getByRole('banner').getByLabel('Search the wiki', { exact: true });
    await expect(searchBox).toHaveCount(1);
    const reached: string[] = [];
    const unmarked: string[] = [];
    let searchReached = false;
    for (let stop = 0; stop < 12; stop += 1) {
      await page.keyboard.press('Tab');
      const state = await focusState(page);
      reached.push(state.name);
      if (!state.visibleFocus) unmarked.push(state.name);
      if (await searchBox.evaluate((element) => element === document.activeElement)) searchReached = true;
    }
    expect(searchReached, `search box not reached in:\n${reached.join('\n')}`).toBe(true);
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const label of ['Characters', 'Episodes', 'Scenes', 'Commentary', 'Cast & crew']) {
      await expect(nav.getByRole('link', { name: label })).toHaveCount(1);
      expect(
        reached.some((name) => name === `a "${label}"`),
        `${label} not reached in:\n${reached.join('\n')}`,
      ).toBe(true);
    }
    expect(unmarked, 'focus not visible on').toEqual([]);
  });

  test('Tab never traps focus: it moves onward through the page and Shift+Tab retraces it', async ({
    page,
  }) => {
    await page.goto('/commentary/oseman-favourite-scene');
    await settle(page);
    const forward: { name: string; order: number }[] = [];
    for (let stop = 0; stop < 40; stop += 1) {
      await page.keyboard.press('Tab');
      const { name, order } = await focusState(page);
      forward.push({ name, order });
    }
    // Each Tab moves on in document order, except where focus leaves the end of the page and starts over.
    let wraps = 0;
    for (let index = 1; index < forward.length; index += 1) {
      const previous = forward[index - 1];
      const current = forward[index];
      if (!previous || !current) continue;
      if (current.order <= previous.order) wraps += 1;
    }
    expect(wraps, forward.map((stop) => stop.name).join('\n')).toBeLessThanOrEqual(2);
    expect(new Set(forward.map((stop) => stop.name)).size).toBeGreaterThan(10);

    // Shift+Tab retraces the last few stops in reverse.
    const back: string[] = [];
    for (let stop = 0; stop < 5; stop += 1) {
      await page.keyboard.press('Shift+Tab');
      back.push((await focusState(page)).name);
    }
    const expected = forward
      .slice(-6, -1)
      .reverse()
      .map((stop) => stop.name);
    expect(back).toEqual(expected);
  });
});
