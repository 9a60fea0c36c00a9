import path from 'node:path';
import { FEED_PATH, type FeedEntry, feedEntries } from '../src/content/feed';
import { loadDataset } from '../src/content/load';
import { createPageDataBuilder } from '../src/content/page-data';
import { createRepository } from '../src/content/repository';
import { atomFeed } from './atom';

const ATOM = 'http://www.w3.org/2005/Atom';
const SITE = 'https://fans.example.org/wiki/';
const urlOf = (appPath: string) => `${SITE}${appPath.replace(/^\//, '')}`;

const repo = createRepository(loadDataset(path.resolve(import.meta.dirname, '../data')));
const pages = createPageDataBuilder(repo);

/** Parses XML as a strict XML parser does: a document that is not well-formed throws. */
function parseXml(text: string): Document {
  const document = new DOMParser().parseFromString(text, 'application/xml');
  const error = document.getElementsByTagNameNS('*', 'parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return document;
}

const child = (element: Element, name: string) =>
  [...element.children].find((node) => node.namespaceURI === ATOM && node.localName === name);
const text = (element: Element, name: string) => child(element, name)?.textContent ?? '';

/** RFC 3339 date-time (section 5.6). */
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

const feed = parseXml(atomFeed(feedEntries(repo), urlOf)).documentElement;
const entries = [...feed.children].filter((node) => node.localName === 'entry');

test('the feed is well-formed Atom, naming itself and the wiki', () => {
  expect(feed.localName).toBe('feed');
  expect(feed.namespaceURI).toBe(ATOM);
  expect(text(feed, 'id')).toBe(urlOf(FEED_PATH));
  expect(text(feed, 'title')).toBe('Heartstopper Wiki: what’s new');
  const links = [...feed.children].filter((node) => node.localName === 'link');
  expect(links.map((link) => [link.getAttribute('rel'), link.getAttribute('href')])).toEqual([
    ['self', urlOf(FEED_PATH)],
    ['alternate', SITE],
  ]);
  expect(text(feed, 'rights')).toContain('CC BY-SA 4.0');
  expect(child(feed, 'author')?.textContent).toContain('Heartstopper Wiki contributors');
  expect(entries.length).toBeGreaterThan(10);
});

test('every entry has a unique id, RFC 3339 dates and a link to its page on the site', () => {
  const ids = new Set<string>();
  for (const entry of entries) {
    const id = text(entry, 'id');
    expect(id.startsWith(SITE), id).toBe(true);
    ids.add(id);
    const published = text(entry, 'published');
    const updated = text(entry, 'updated');
    expect(updated, id).toMatch(RFC_3339);
    expect(published, id).toMatch(RFC_3339);
    expect(Number.isNaN(Date.parse(updated)), id).toBe(false);
    expect(published <= updated, id).toBe(true);
    expect(text(entry, 'title'), id).not.toBe('');
    expect(text(entry, 'summary'), id).not.toBe('');

    const href = child(entry, 'link')?.getAttribute('href') ?? '';
    expect(href.startsWith(SITE), id).toBe(true);
    // The address is a page of the wiki, the one the build writes.
    const key = href.slice(SITE.length).split('#')[0] ?? '';
    const data = pages.page(key === '' ? 'home' : key);
    expect(data && 'meta' in data, `${id} links to ${href}`).toBe(true);
  }
  expect(ids.size).toBe(entries.length);
});

test('the feed is as new as its newest entry, and its entries run newest first', () => {
  const days = entries.map((entry) => text(entry, 'updated'));
  expect(text(feed, 'updated')).toBe(days[0]);
  expect(days).toEqual([...days].sort().reverse());
});

test('every date in the feed is one the data records', () => {
  const byPath = new Map(entries.map((entry) => [text(entry, 'id').slice(SITE.length - 1), entry]));
  for (const episode of repo.episodes()) {
    const entry = byPath.get(`/episodes/${episode.id}`);
    if (entry) expect(text(entry, 'updated')).toBe(`${episode.released}T00:00:00Z`);
  }
  for (const item of repo.commentary()) {
    const entry = byPath.get(`/commentary/${item.id}`);
    if (!entry) continue;
    const day = text(entry, 'updated').slice(0, 10);
    const cited = item.sources.flatMap((id) => {
      const source = repo.getSource(id);
      return [source?.published, source?.event?.date];
    });
    expect([item.date, ...cited], item.id).toContain(day);
    expect(day.startsWith(item.date), item.id).toBe(true);
  }
});

test('text from the data cannot break the feed: markup is escaped and characters XML forbids are dropped', () => {
  const tricky: FeedEntry = {
    id: '/commentary/tricky',
    kind: 'statement',
    title: 'Nick & Charlie <3 "quoted" \u0001',
    summary: 'A ]]> and a </summary> and an emoji 🍂 and a lone \uD800 surrogate.',
    path: '/commentary/tricky',
    updated: '2024-10-03',
    published: '2024-10-03',
  };
  const entry = parseXml(atomFeed([tricky], urlOf)).getElementsByTagNameNS(ATOM, 'entry')[0];
  if (!entry) throw new Error('no entry');
  expect(text(entry, 'title')).toBe('Nick & Charlie <3 "quoted" ');
  expect(text(entry, 'summary')).toBe('A ]]> and a </summary> and an emoji 🍂 and a lone  surrogate.');
});
