import fs from 'node:fs';
import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { NOT_FOUND_HOST } from '../playwright.config';
import type { CharacterPageData } from '../src/content/pages/cast';
import { kindLabel } from '../src/lib/routes';
import { appReady, expect, openWithoutCode, test } from './fixtures';

/**
 * How pages read on a 360 px phone and a 1280 px desktop (issue 18): a compact header, the spoiler offer in
 * the page's flow, and long pages that fold what a fan may not want. Each test attaches a full-page
 * screenshot to the report, named by page and width; the pages issue 18 changed most also carry the
 * screenshot taken before it (docs/screenshots/before-issue-18/), for a reviewer to compare.
 */

const WIDTHS = [
  { name: 'phone', viewport: { width: 360, height: 780 } },
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
] as const;

/** One page of every template, named as its screenshots are. */
const TEMPLATES = [
  { name: 'home', path: '/' },
  { name: 'characters', path: '/characters' },
  { name: 'nick-nelson', path: '/characters/nick-nelson' },
  { name: 'actors', path: '/actors' },
  { name: 'kit-connor', path: '/actors/kit-connor' },
  { name: 'alice-oseman', path: '/people/alice-oseman' },
  { name: 'episodes', path: '/episodes' },
  { name: 's1e4', path: '/episodes/s1e4' },
  { name: 'scenes', path: '/scenes' },
  { name: 'scene-bedroom-after-the-rain', path: '/scenes/s1e4-bedroom-after-the-rain' },
  { name: 'commentary', path: '/commentary' },
  { name: 'statement-favourite-scene', path: '/commentary/oseman-favourite-scene' },
  { name: 'music', path: '/music' },
  { name: 'song-dont-delete-the-kisses', path: '/music/dont-delete-the-kisses' },
  { name: 'places', path: '/places' },
  { name: 'place-arc-de-triomphe', path: '/places/arc-de-triomphe' },
  { name: 'books', path: '/books' },
  { name: 'book-heartstopper-vol-1', path: '/books/heartstopper-vol-1' },
  { name: 'awards', path: '/awards' },
  { name: 'film', path: '/film' },
  { name: 'appearances', path: '/appearances' },
  { name: 'relationships', path: '/relationships' },
  { name: 'search-nick', path: '/search?q=nick' },
  { name: 'my-wiki', path: '/my-wiki' },
  { name: 'open-data', path: '/open-data' },
  { name: 'corrections', path: '/corrections?file=data/characters/nick-nelson.json' },
  { name: '404', path: `${NOT_FOUND_HOST}/no-such-page` },
] as const;

/** The pages that offer the spoiler shield to a newcomer. */
const OFFERED_ON = new Set([
  'nick-nelson',
  's1e4',
  'scene-bedroom-after-the-rain',
  'statement-favourite-scene',
]);

const HEADER_MAX_HEIGHT = 120;
const NICK_MAX_HEIGHT = 4400;

const BEFORE_DIR = path.resolve(import.meta.dirname, '../docs/screenshots/before-issue-18');

async function attachScreenshots(page: Page, testInfo: TestInfo, name: string) {
  const file = testInfo.outputPath(`${name}.jpg`);
  await page.screenshot({ path: file, fullPage: true, type: 'jpeg', quality: 70 });
  await testInfo.attach(`after: ${name}`, { path: file, contentType: 'image/jpeg' });
  const before = path.join(BEFORE_DIR, `${name}.jpg`);
  if (fs.existsSync(before)) {
    await testInfo.attach(`before: ${name}`, { path: before, contentType: 'image/jpeg' });
  }
}

/**
 * The text of `<main>` that something else covers, where it is on screen now: for each line of each text,
 * the element the browser hits at the line's centre must be the text's own element (or inside it).
 */
function coveredText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return ['no <main>'];
    const covered: string[] = [];
    // Scrolled out of a scrolling box (a wide table, a tall grid): clipped, which is not covered.
    const clippedAt = (element: Element, x: number, y: number) => {
      for (let box = element.parentElement; box && box !== main; box = box.parentElement) {
        if (getComputedStyle(box).overflow === 'visible') continue;
        const edge = box.getBoundingClientRect();
        if (x < edge.left || x > edge.right || y < edge.top || y > edge.bottom) return true;
      }
      return false;
    };
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const owner = node.parentElement;
      const text = (node.textContent ?? '').trim();
      // Hidden text is not covered: a closed <details>' content keeps boxes the browser does not draw.
      if (!owner || text === '' || owner.closest('.visually-hidden')) continue;
      if (!owner.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        const x = rect.left + rect.width / 2;
        const y = rect.top + rect.height / 2;
        if (rect.width < 2 || x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
        if (clippedAt(owner, x, y)) continue;
        const hit = document.elementFromPoint(x, y);
        if (hit && !(hit === owner || owner.contains(hit) || hit.contains(owner))) {
          covered.push(`“${text.slice(0, 40)}” is under ${hit.tagName.toLowerCase()}.${hit.className}`);
        }
      }
    }
    return covered;
  });
}

for (const { name: widthName, viewport } of WIDTHS) {
  test.describe(`at ${viewport.width} px wide`, () => {
    test.use({ viewport });

    for (const template of TEMPLATES) {
      const shot = `${template.name}-${viewport.width}`;
      test(`the ${template.name} page has a header at most ${HEADER_MAX_HEIGHT} px tall and no text of the page covered`, async ({
        page,
      }, testInfo) => {
        await page.goto(template.path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await appReady(page);

        const header = await page.locator('.site-header').boundingBox();
        expect(header?.height, `header height on the ${widthName}`).toBeLessThanOrEqual(HEADER_MAX_HEIGHT);

        const offer = page.getByRole('complementary', { name: 'Spoiler shield' });
        if (OFFERED_ON.has(template.name)) {
          await expect(offer).toBeVisible();
          expect(await offer.evaluate((element) => getComputedStyle(element).position)).toBe('static');
        } else {
          await expect(offer).toHaveCount(0);
        }

        // At the top, halfway down and at the foot: whatever is fixed in place would cover something.
        for (const [where, share] of [
          ['top', 0],
          ['middle', 0.5],
          ['foot', 1],
        ] as const) {
          await page.evaluate(
            (fraction) =>
              window.scrollTo(0, fraction * (document.documentElement.scrollHeight - innerHeight)),
            share,
          );
          expect(await coveredText(page), `covered at the ${where} of the page`).toEqual([]);
        }

        await attachScreenshots(page, testInfo, shot);
      });
    }

    test('the header’s title is painted where it stays, even before the search box beside it has arrived', async ({
      page,
    }) => {
      // A slow phone may paint a page it has only partly parsed: the header's title, without the search box
      // that comes after it in the page. Nothing may move when the rest arrives. No code is needed for that.
      await openWithoutCode(page, '/episodes/s1e4');
      const title = page.getByRole('link', { name: 'Heartstopper Wiki' });
      const complete = await title.boundingBox();
      // The header as it was before the parser reached the search box.
      await page.getByRole('search', { name: 'Site search' }).evaluate((search) => search.remove());
      await expect(page.getByRole('combobox', { name: 'Search the wiki' })).toHaveCount(0);
      expect(await title.boundingBox()).toEqual(complete);
    });
  });
}

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('tapping the search box widens it over the title, and it still searches', async ({ page }) => {
    await page.goto('/episodes/s1e4');
    await appReady(page);
    const box = page.getByRole('combobox', { name: 'Search the wiki' });
    const before = await box.boundingBox();
    await box.click();
    await expect.poll(async () => (await box.boundingBox())?.width ?? 0).toBeGreaterThan(200);
    expect(before?.width ?? 0).toBeLessThan(200);
    await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeVisible();
    await box.fill('rugby rain');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=rugby(\+|%20)rain$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  });

  test('the navigation is one row that scrolls sideways, and its last link is reachable', async ({
    page,
  }) => {
    await page.goto('/');
    await appReady(page);
    const nav = page.getByRole('navigation', { name: 'Main' });
    const row = nav.getByRole('list');
    const { scrollWidth, clientWidth, height } = await row.evaluate((element) => ({
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
      height: element.getBoundingClientRect().height,
    }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    expect(height).toBeLessThan(50);
    await nav.getByRole('link', { name: 'My wiki' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My wiki' })).toBeVisible();
  });

  test('the spoiler offer sits under the heading, moves nothing when the app arrives, and is gone once answered', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const record = window as unknown as { shiftTotal: number };
      record.shiftTotal = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number }[])
          record.shiftTotal += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/episodes/s1e4');
    await appReady(page);
    const offer = page.getByRole('complementary', { name: 'Spoiler shield' });
    await expect(offer).toBeVisible();
    const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
    const offerBox = await offer.boundingBox();
    expect(offerBox?.y ?? 0).toBeGreaterThanOrEqual((heading?.y ?? 0) + (heading?.height ?? 0));
    // In the flow of the page, pushing what follows down rather than lying over it.
    const next = await offer.evaluate((element) => element.nextElementSibling?.getBoundingClientRect().top);
    expect(next ?? 0).toBeGreaterThanOrEqual((offerBox?.y ?? 0) + (offerBox?.height ?? 0));
    expect(await page.evaluate(() => (window as unknown as { shiftTotal: number }).shiftTotal)).toBe(0);

    await offer.getByRole('button', { name: 'No thanks' }).click();
    await expect(offer).toHaveCount(0);
    await page.reload();
    await appReady(page);
    await expect(page.getByRole('complementary', { name: 'Spoiler shield' })).toHaveCount(0);
  });

  test('before the app’s code arrives, a newcomer already sees the offer and a fan who answered never does', async ({
    page,
  }) => {
    await openWithoutCode(page, '/characters/nick-nelson');
    const offer = page.getByRole('complementary', { name: 'Spoiler shield' });
    await expect(offer).toBeVisible();

    await page.evaluate(() =>
      localStorage.setItem(
        'heartstopper-wiki:progress',
        JSON.stringify({ version: 1, state: { watched: [], shield: 'off', read: null } }),
      ),
    );
    await page.reload({ waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('heading', { level: 1, name: 'Nick Nelson' })).toBeVisible();
    await expect(offer).toBeHidden();
  });
});

test.describe('at 1280 px wide', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test(`Nick Nelson’s page is at most ${NICK_MAX_HEIGHT} px tall, and every fact it lists opens from it`, async ({
    page,
    request,
  }) => {
    const data: CharacterPageData = await (
      await request.get('/page-data/characters/nick-nelson.json')
    ).json();
    await page.goto('/characters/nick-nelson');
    await appReady(page);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(NICK_MAX_HEIGHT);

    const main = page.getByRole('main');
    // Appearances: a chip per episode, and the scenes one tap away.
    const appearances = main.getByRole('region', { name: 'Appearances by episode' });
    for (const appearance of data.appearances) {
      await expect(
        appearances.getByRole('link', { name: appearance.episode.label, exact: true }),
      ).toBeVisible();
    }
    const scenes = data.appearances.flatMap((appearance) => appearance.scenes);
    await appearances.getByText(/scenes, episode by episode/).click();
    for (const scene of scenes) {
      await expect(appearances.locator(`a[href="${scene.href}"]`)).toBeVisible();
    }

    // Commentary: the first few in full, the rest one line each, all opened by one button.
    const commentary = main.getByRole('region', { name: 'Commentary' });
    await commentary.getByRole('button', { name: 'Open them all' }).click();
    for (const card of data.commentary) {
      await expect(commentary.locator(`a[href="${card.href}"]`).first()).toBeVisible();
      const words = card.quote ? `“${card.quote[0]}”` : card.summary;
      await expect(commentary.getByText(words ?? '', { exact: true }).first()).toBeVisible();
    }

    // What links here: grouped by kind with a count, the rest of a long group one tap away.
    const backlinks = main.getByRole('region', { name: 'What links here' });
    for (const kind of new Set(data.backlinks.map((backlink) => backlink.kind))) {
      const count = data.backlinks.filter((backlink) => backlink.kind === kind).length;
      await expect(backlinks.getByRole('heading', { name: `${kindLabel(kind)} (${count})` })).toBeVisible();
    }
    const more = backlinks.getByText(/^\d+ more$/);
    for (const summary of await more.all()) await summary.click();
    for (const backlink of data.backlinks) {
      await expect(backlinks.locator(`a[href="${backlink.href}"]`).first()).toBeVisible();
    }
  });
});
