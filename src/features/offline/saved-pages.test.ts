import { savedCaches, savedHtml, savedJson } from '../../test/fake-caches';
import { readSavedPages } from './saved-pages';

const ORIGIN = 'http://wiki.test';

test('lists the pages saved as HTML and as page data, once each, in alphabetical order of their titles', async () => {
  const caches = savedCaches({
    'heartstopper-wiki-pages-abc123': {
      [`${ORIGIN}/characters/nick-nelson`]: savedHtml('Nick Nelson · Heartstopper Wiki'),
      [`${ORIGIN}/`]: savedHtml(
        'Heartstopper Wiki: episodes, characters, scenes and the creator’s own words',
      ),
    },
    'heartstopper-wiki-data-abc123': {
      [`${ORIGIN}/page-data/episodes/s1e4.json`]: savedJson({
        meta: { title: 'S1E4: Secret · Heartstopper Wiki' },
      }),
      [`${ORIGIN}/page-data/characters/nick-nelson.json`]: savedJson({
        meta: { title: 'Nick Nelson · Heartstopper Wiki' },
      }),
    },
  });
  expect(await readSavedPages(caches, '/')).toEqual([
    { path: '/', title: 'Heartstopper Wiki: episodes, characters, scenes and the creator’s own words' },
    { path: '/characters/nick-nelson', title: 'Nick Nelson' },
    { path: '/episodes/s1e4', title: 'S1E4: Secret' },
  ]);
});

test('a page saved under another spelling of its address is listed at its canonical address', async () => {
  const caches = savedCaches({
    'heartstopper-wiki-pages-abc123': {
      [`${ORIGIN}/characters/nick-nelson.html`]: savedHtml('Nick Nelson &amp; friends · Heartstopper Wiki'),
    },
  });
  expect(await readSavedPages(caches, '/')).toEqual([
    { path: '/characters/nick-nelson', title: 'Nick Nelson & friends' },
  ]);
});

test('leaves out the search data, the code and the offline page, which are not pages to read', async () => {
  const caches = savedCaches({
    'heartstopper-wiki-precache-abc123': { [`${ORIGIN}/offline.html`]: savedHtml('Heartstopper Wiki') },
    'heartstopper-wiki-assets-abc123': { [`${ORIGIN}/assets/index-abc.js`]: new Response('') },
    'heartstopper-wiki-data-abc123': {
      [`${ORIGIN}/page-data/search-titles.json`]: savedJson({ kind: 'search-titles', documents: [] }),
      [`${ORIGIN}/page-data/search-results/nick.json`]: savedJson({ title: 'Search: nick' }),
    },
    'another-sites-cache': { [`${ORIGIN}/characters/nick-nelson`]: savedHtml('Not ours') },
  });
  expect(await readSavedPages(caches, '/')).toEqual([]);
});

test('under a base path, pages are listed by their address within the wiki, and no other copy’s are', async () => {
  const caches = savedCaches({
    'heartstopper-wiki@/wiki/-pages-abc123': {
      [`${ORIGIN}/wiki`]: savedHtml('Heartstopper Wiki'),
      [`${ORIGIN}/wiki/scenes/s1e1-first-hi`]: savedHtml('First hi · Heartstopper Wiki'),
    },
    'heartstopper-wiki@/wiki/-data-abc123': {
      [`${ORIGIN}/wiki/page-data/characters/charlie-spring.json`]: savedJson({
        meta: { title: 'Charlie Spring · Heartstopper Wiki' },
      }),
    },
    'heartstopper-wiki-pages-def456': {
      [`${ORIGIN}/characters/nick-nelson`]: savedHtml('Nick Nelson · Heartstopper Wiki'),
    },
  });
  expect(await readSavedPages(caches, '/wiki/')).toEqual([
    { path: '/characters/charlie-spring', title: 'Charlie Spring' },
    { path: '/scenes/s1e1-first-hi', title: 'First hi' },
    { path: '/', title: 'Heartstopper Wiki' },
  ]);
  expect(await readSavedPages(caches, '/')).toEqual([
    { path: '/characters/nick-nelson', title: 'Nick Nelson' },
  ]);
});

test('a saved file that cannot be read is left out, and the rest are listed', async () => {
  const caches = savedCaches({
    'heartstopper-wiki-data-abc123': {
      [`${ORIGIN}/page-data/characters/nick-nelson.json`]: new Response('{"meta":'),
      [`${ORIGIN}/page-data/characters/charlie-spring.json`]: savedJson({
        meta: { title: 'Charlie Spring · Heartstopper Wiki' },
      }),
    },
  });
  expect(await readSavedPages(caches, '/')).toEqual([
    { path: '/characters/charlie-spring', title: 'Charlie Spring' },
  ]);
});
