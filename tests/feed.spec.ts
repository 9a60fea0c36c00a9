import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const ATOM = 'http://www.w3.org/2005/Atom';

/** Parses XML with the browser's own strict parser: what a feed reader would make of it. */
async function parseFeed(page: Page, xml: string) {
  return page.evaluate(
    ({ text, atom }) => {
      const document = new DOMParser().parseFromString(text, 'application/xml');
      const root = document.documentElement;
      return {
        wellFormed: document.getElementsByTagName('parsererror').length === 0,
        root: root.localName,
        namespace: root.namespaceURI,
        links: [...document.getElementsByTagNameNS(atom, 'entry')].map(
          (entry) =>
            [...entry.children]
              .find((child) => child.localName === 'link' && child.getAttribute('rel') === 'alternate')
              ?.getAttribute('href') ?? '',
        ),
      };
    },
    { text: xml, atom: ATOM },
  );
}

test('every page names the feed in its head, and the feed it names is well-formed Atom', async ({
  page,
  request,
}) => {
  const feeds = new Set<string>();
  for (const address of ['/', '/episodes/s1e4', '/characters/nick-nelson', '/open-data']) {
    await page.goto(address);
    const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(link).toHaveCount(1);
    await expect(link).toHaveAttribute('title', /Heartstopper Wiki/);
    feeds.add(new URL((await link.getAttribute('href')) ?? '', page.url()).href);
  }
  expect([...feeds]).toHaveLength(1);
  const [feedUrl = ''] = feeds;

  const response = await request.get(feedUrl);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/xml/);
  const feed = await parseFeed(page, await response.text());
  expect(feed).toMatchObject({ wellFormed: true, root: 'feed', namespace: ATOM });
  expect(feed.links.length).toBeGreaterThan(10);

  // Every entry leads to a page of the wiki (the feed's addresses are on SITE_URL; here, on this server).
  const pagePaths = new Set(feed.links.map((href) => new URL(href).pathname));
  for (const pathname of pagePaths) {
    const entryPage = await request.get(pathname);
    expect(entryPage.status(), pathname).toBe(200);
    expect(await entryPage.text(), pathname).toContain('<h1');
  }
});
