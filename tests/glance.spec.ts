import type { Page, TestInfo } from '@playwright/test';
import { TAGS } from '../playwright.config';
import { appReady, axeViolations, expect, test } from './fixtures';

/**
 * The two "at a glance" pages, the appearance grid and the relationship map, in a phone-sized and a
 * desktop-sized window. Each project runs its own size: the phone project 360 x 800, the desktop 1280 x 800.
 * Tests about the layout run in both (tagged `@viewport`); the others once, at the desktop size.
 */
const PHONE = { width: 360, height: 800 };
const DESKTOP = { width: 1280, height: 800 };

const PAGES = [
  { name: 'appearance grid', path: '/appearances', heading: 'Appearance grid' },
  { name: 'relationship map', path: '/relationships', heading: 'Relationship map' },
] as const;

function sizeOf(testInfo: TestInfo) {
  return testInfo.project.name === 'phone' ? PHONE : DESKTOP;
}

/** Opens a page at this project's size and waits until it is hydrated and nothing on it is loading. */
async function open(page: Page, testInfo: TestInfo, path: string, heading: string) {
  await page.setViewportSize(sizeOf(testInfo));
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await appReady(page);
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
}

for (const { name, path, heading } of PAGES) {
  test(`the ${name} renders with every part in view`, { tag: TAGS.viewport }, async ({ page }, testInfo) => {
    await open(page, testInfo, path, heading);
    const { width } = sizeOf(testInfo);
    // Nothing in the page's content runs off the side: only the grid or map region scrolls sideways.
    const overflowing = await page.evaluate(
      (limit) =>
        [...document.querySelectorAll('main *')]
          .filter((element) => !element.closest('.glance-scroll'))
          .filter((element) => element.getBoundingClientRect().right > limit + 0.5)
          .map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`),
      width,
    );
    expect(overflowing).toEqual([]);
    const region = page.getByRole('region', { name: heading });
    await expect(region).toBeVisible();
    await testInfo.attach(`${name} ${width}px`, {
      body: await page.screenshot({ fullPage: true }),
      contentType: 'image/png',
    });
  });

  test(
    `the ${name} has no WCAG 2.1 AA or best-practice violations in the light and dark themes`,
    { tag: TAGS.viewport },
    async ({ page }, testInfo) => {
      await open(page, testInfo, path, heading);
      // One load, checked in each theme in turn: the theme follows the system's, switched in place.
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const report = await axeViolations(page);
        expect.soft(report, `${colorScheme}\n${report.join('\n')}`).toEqual([]);
      }
    },
  );
}

test(
  'the grid keeps its names and episode headers in view while it scrolls',
  {
    tag: TAGS.viewport,
  },
  async ({ page }, testInfo) => {
    await open(page, testInfo, '/appearances', 'Appearance grid');
    const region = page.getByRole('region', { name: 'Appearance grid' });
    const scrolls = await region.evaluate((element) => element.scrollWidth > element.clientWidth);
    test.skip(!scrolls, 'the whole grid fits this window, so there is nothing to scroll');

    await region.scrollIntoViewIfNeeded();
    await region.evaluate((element) => {
      element.scrollLeft = element.scrollWidth;
      element.scrollTop = element.scrollHeight / 2;
    });
    const box = await region.boundingBox();
    if (!box) throw new Error('the grid region has no box');
    const inside = async (label: string, cell: ReturnType<Page['getByRole']>) => {
      const cellBox = await cell.boundingBox();
      expect(cellBox, `${label} has no box`).not.toBeNull();
      if (!cellBox) return;
      expect(cellBox.x, `${label} left edge`).toBeGreaterThanOrEqual(box.x - 1);
      expect(cellBox.x + cellBox.width, `${label} right edge`).toBeLessThanOrEqual(box.x + box.width + 1);
      expect(cellBox.y, `${label} top edge`).toBeGreaterThanOrEqual(box.y - 1);
      expect(cellBox.y + cellBox.height, `${label} bottom edge`).toBeLessThanOrEqual(box.y + box.height + 1);
    };
    // Scrolled to the far right and halfway down: the corner, a name and the last episode's header still show.
    await inside('the corner header', region.getByRole('columnheader', { name: 'Character' }));
    await inside('the S3E8 header', region.getByRole('columnheader', { name: 'S3E8', exact: true }));
    // And the sticky parts are really on top of the cells that scrolled under them: what is drawn at the
    // left edge is a character's name, and what is drawn along the top is an episode's header.
    const drawnAt = (x: number, y: number) =>
      page.evaluate(
        ({ x, y }) => {
          const cell = document.elementFromPoint(x, y)?.closest('th, td');
          return cell
            ? `${cell.tagName.toLowerCase()} ${cell.getAttribute('scope') ?? ''}`.trim()
            : 'nothing';
        },
        { x, y },
      );
    expect(await drawnAt(box.x + 12, box.y + box.height * 0.6)).toBe('th row');
    const episodeRow = await region.getByRole('columnheader', { name: 'S3E8', exact: true }).boundingBox();
    if (!episodeRow) throw new Error('no S3E8 header box');
    expect(await drawnAt(box.x + box.width * 0.7, episodeRow.y + episodeRow.height / 2)).toBe('th col');
    const nameAtLeft = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('th')?.textContent ?? '',
      { x: box.x + 12, y: box.y + box.height * 0.6 },
    );
    await inside(
      `the name ${nameAtLeft}`,
      region.getByRole('rowheader', { name: nameAtLeft.replace(/\s*\d+\s*episodes?$/, '') }).first(),
    );
    await testInfo.attach(`appearance grid scrolled ${sizeOf(testInfo).width}px`, {
      body: await page.screenshot(),
      contentType: 'image/png',
    });
  },
);

test('the grid cell for Charlie Spring in S1E4 opens his first scene in the episode', async ({
  page,
}, testInfo) => {
  await open(page, testInfo, '/appearances', 'Appearance grid');
  const cell = page.getByRole('link', { name: /^Charlie Spring in S1E4: Secret/ });
  await cell.scrollIntoViewIfNeeded();
  await cell.click();
  await expect(page).toHaveURL(/\/episodes\/s1e4#s1e4-bedroom-after-the-rain$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Secret' })).toBeVisible();
  await expect(page.locator('#s1e4-bedroom-after-the-rain')).toBeInViewport();
});

test('selecting a character on the map opens their page, by mouse and by keyboard', async ({
  page,
}, testInfo) => {
  await open(page, testInfo, '/relationships', 'Relationship map');
  const map = page.getByRole('region', { name: 'Relationship map' });
  const nick = map.getByRole('link', { name: 'Nick Nelson' });
  await nick.scrollIntoViewIfNeeded();
  await nick.click();
  await expect(page).toHaveURL(/\/characters\/nick-nelson$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Nick Nelson' })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Relationship map' })).toBeVisible();
  const charlie = page
    .getByRole('region', { name: 'Relationship map' })
    .getByRole('link', { name: 'Charlie Spring' });
  // Reached by keyboard, so the browser shows focus as it would to a keyboard user.
  await charlie.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(charlie).toBeFocused();
  // The focused node shows a ring in the focus colour.
  const ring = await charlie.evaluate((element) => {
    const circle = element.querySelector('.relationship-map__ring');
    return circle ? getComputedStyle(circle).stroke : '';
  });
  expect(ring).not.toMatch(/^(none|transparent|rgba\(0, 0, 0, 0\))$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/characters\/charlie-spring$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Charlie Spring' })).toBeVisible();
});

/** Saved watch progress up to S1E4, as the wiki itself stores it, in place before the page loads. */
async function watchedUpToS1E4(page: Page) {
  await page.addInitScript(() => {
    const watched = ['s1e1', 's1e2', 's1e3', 's1e4'];
    window.localStorage.setItem(
      'heartstopper-wiki:progress',
      JSON.stringify({ version: 1, state: { watched, shield: null } }),
    );
  });
}

for (const { name, path, heading } of PAGES) {
  test(`with the spoiler shield at S1E4 the ${name} hides what comes later and stays accessible`, async ({
    page,
  }, testInfo) => {
    await watchedUpToS1E4(page);
    await open(page, testInfo, path, heading);
    await expect(page.getByText(/hidden by your spoiler shield/).first()).toBeVisible();
    if (path === '/appearances') {
      await expect(page.getByRole('rowheader', { name: /David Nelson/ })).toHaveCount(0);
      await expect(page.getByRole('link', { name: /^Charlie Spring in S1E4/ })).toHaveCount(1);
      await expect(page.getByRole('link', { name: /^Charlie Spring in S1E5/ })).toHaveCount(0);
    } else {
      const map = page.getByRole('region', { name: 'Relationship map' });
      await expect(map.getByRole('link', { name: 'Sahar Zahid' })).toHaveCount(0);
      await expect(map.getByRole('link', { name: 'Isaac Henderson' })).toHaveCount(1);
      await expect(page.locator('line[data-pair="charlie-spring+nick-nelson"]')).toHaveCount(0);
    }
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
    await testInfo.attach(`${name} shielded at S1E4 ${sizeOf(testInfo).width}px`, {
      body: await page.screenshot({ fullPage: true }),
      contentType: 'image/png',
    });
    await page.getByRole('button', { name: 'Show them anyway' }).click();
    await expect(page.getByRole('button', { name: 'Hide spoilers again' })).toBeFocused();
    await expect(page.getByText(/hidden by your spoiler shield/)).toHaveCount(0);
  });
}
