import { dehydrate, QueryClient } from '@tanstack/react-query';
import { pageDataUrl, pageQuery } from '../content/queries';
import {
  type CacheKind,
  cacheName,
  isCacheOfOtherBuild,
  pageDataInSavedPage,
  pageKeyOfDataPath,
  pagePathOfKey,
  pageQueryKey,
  readingCacheKind,
} from './offline-caches';
import { PAGE_STATE_ID, serializePageState } from './page-state';

test('a new build deletes the caches of every other build of the wiki, and nobody else’s', () => {
  const version = '3f9c2a1b7d04';
  const names = [
    cacheName('precache', version, '/'),
    cacheName('pages', version, '/'),
    cacheName('data', '0123456789ab', '/'),
    cacheName('assets', '0123456789ab', '/'),
    'workbox-precache-v2-http://wiki.test/',
    'another-sites-cache',
  ];
  expect(names.filter((name) => isCacheOfOtherBuild(name, version, '/'))).toEqual([
    'heartstopper-wiki-data-0123456789ab',
    'heartstopper-wiki-assets-0123456789ab',
  ]);
});

test('two copies of the wiki on one domain, at the root and in a folder, keep their caches apart', () => {
  const site = { base: '/', version: '3f9c2a1b7d04' };
  const preview = { base: '/preview/', version: '0123456789ab' };
  const nested = { base: '/preview/next/', version: 'abcdef012345' };
  const copies = [site, preview, nested];
  const kinds = ['precache', 'pages', 'data', 'assets'] as const;
  const namesOf = (copy: { base: string; version: string }) =>
    kinds.map((kind) => cacheName(kind, copy.version, copy.base));
  const names = copies.flatMap(namesOf);
  expect(new Set(names).size).toBe(names.length);
  // A copy's next build deletes all four of its own caches and none of another copy's; its current build
  // deletes none.
  for (const copy of copies) {
    expect(names.filter((name) => isCacheOfOtherBuild(name, 'fedcba987654', copy.base))).toEqual(
      namesOf(copy),
    );
    expect(names.filter((name) => isCacheOfOtherBuild(name, copy.version, copy.base))).toEqual([]);
  }
  expect(names.filter((name) => readingCacheKind(name, '/preview/') !== undefined)).toEqual([
    'heartstopper-wiki@/preview/-pages-0123456789ab',
    'heartstopper-wiki@/preview/-data-0123456789ab',
  ]);
});

test('only the caches of pages and page data hold what a fan has read', () => {
  const kinds: CacheKind[] = ['precache', 'pages', 'data', 'assets'];
  expect(kinds.map((kind) => readingCacheKind(cacheName(kind, 'abc', '/'), '/'))).toEqual([
    undefined,
    'pages',
    'data',
    undefined,
  ]);
});

test('the worker reads a page-data address as the app writes it, under any base path', () => {
  for (const key of ['home', 'characters/nick-nelson', 'search-results/nick', 'search-titles']) {
    expect(pageKeyOfDataPath(pageDataUrl(key), '/')).toBe(key);
    expect(pageQueryKey(key)).toEqual(pageQuery(key).queryKey);
  }
  expect(pageKeyOfDataPath('/wiki/page-data/episodes/s1e4.json', '/wiki/')).toBe('episodes/s1e4');
  expect(pageKeyOfDataPath('/wiki/page-data/episodes/s1e4.json', '/')).toBeUndefined();
  expect(pageKeyOfDataPath('/assets/index.js', '/')).toBeUndefined();
  expect(pageKeyOfDataPath('/page-data/%E0%A4%A.json', '/')).toBeUndefined();
  expect(pagePathOfKey('home')).toBe('/');
  expect(pagePathOfKey('characters/nick-nelson')).toBe('/characters/nick-nelson');
});

/** A prerendered page's HTML, as scripts/prerender.ts writes its page state. */
function savedPage(queries: { key: string; data: unknown }[]): string {
  const client = new QueryClient();
  for (const query of queries) client.setQueryData(pageQueryKey(query.key), query.data);
  const state = serializePageState({ path: '/random', state: dehydrate(client) });
  return `<!doctype html><html><body><div id="root"></div><script type="application/json" id="${PAGE_STATE_ID}">${state}</script></body></html>`;
}

test('a page saved as HTML answers for its own data, and for no other page’s', () => {
  const html = savedPage([
    { key: 'random', data: { kind: 'random', meta: { title: 'Random page </script> · Heartstopper Wiki' } } },
    { key: 'search-titles', data: { kind: 'search-titles', documents: [] } },
  ]);
  expect(pageDataInSavedPage(html, 'random')).toEqual({
    kind: 'random',
    meta: { title: 'Random page </script> · Heartstopper Wiki' },
  });
  expect(pageDataInSavedPage(html, 'search-titles')).toEqual({ kind: 'search-titles', documents: [] });
  expect(pageDataInSavedPage(html, 'characters/nick-nelson')).toBeUndefined();
  expect(pageDataInSavedPage('<!doctype html><p>No page state here</p>', 'random')).toBeUndefined();
  expect(
    pageDataInSavedPage(`<script type="application/json" id="${PAGE_STATE_ID}">{"path":</script>`, 'random'),
  ).toBeUndefined();
});
