import { shippedSearch } from '../../test/search-engines';
import { PREBUILT_QUERY, prebuiltFileName, prebuiltQueries } from './prebuilt';
import { searchResults } from './results';

// The title documents the site ships (page data): the very list the build prerenders result pages from.
const { documents, fullText } = shippedSearch();
const titles = documents.titles;
const queries = prebuiltQueries(titles);
const prerendered = new Set(queries);

/** Lower-case ASCII letters and digits, one space apart: what this test calls a plain query. */
const PLAIN = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
/** A name as a fan types it: lower case, without accents. */
const lower = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase().replace(/\s+/g, ' ');
/** The words of a name, the parts of a double-barrelled one included. */
const wordsOf = (text: string) => lower(text).split(/[\s-]+/);

const named = titles.filter(
  (document) => document.kind === 'character' || document.kind === 'actor' || document.kind === 'person',
);
const coded = titles.filter((document) => document.kind === 'episode' || document.kind === 'season');
const missing = (expected: string[]) => expected.filter((query) => !prerendered.has(query));

test('every character, actor and person is prerendered by full name, in lower case without accents', () => {
  const names = named.map((document) => lower(document.title)).filter((name) => PLAIN.test(name));
  // Nearly every name in the wiki is plain letters once accents are dropped; a double-barrelled one is not.
  expect(names.length).toBeGreaterThan(named.length * 0.9);
  expect(names).toEqual(
    expect.arrayContaining([
      'nick nelson',
      'charlie spring',
      'alice oseman',
      'kit connor',
      'stephane nelson',
    ]),
  );
  expect(missing(names)).toEqual([]);
  // Lower case only: a fan's "Nick Nelson" is the same search, and one file serves both.
  expect(queries.filter((query) => query !== query.toLowerCase())).toEqual([]);
});

test('aliases are prerendered too, including the plain spelling of an accented name', () => {
  const aliases = named.flatMap((document) => document.names.map(lower)).filter((name) => PLAIN.test(name));
  expect(aliases).toEqual(expect.arrayContaining(['nicholas nelson', 'aunt diane', 'stephane nelson']));
  expect(missing(aliases)).toEqual([]);
  expect(named.map((document) => document.title)).toContain('Stéphane Nelson');
});

test('first names and surnames of three letters or more are prerendered on their own, each part of a double-barrelled one too', () => {
  const words = named
    .flatMap((document) => wordsOf(document.title))
    .filter((word) => word.length >= 3 && PLAIN.test(word));
  expect(words).toEqual(
    expect.arrayContaining(['nick', 'charlie', 'oseman', 'tao', 'connor', 'stephane', 'hyde', 'corrin']),
  );
  expect(missing(words)).toEqual([]);
});

test('two-letter words of names are not prerendered on their own: "xu" of Tao Xu is a prefix of little', () => {
  const wholeNames = new Set(named.flatMap((document) => [document.title, ...document.names].map(lower)));
  const short = named
    .flatMap((document) => wordsOf(document.title))
    .filter((word) => word.length < 3 && !wholeNames.has(word));
  expect(short).toEqual(expect.arrayContaining(['xu', 'mr', 'de']));
  expect(short.filter((word) => prerendered.has(word))).toEqual([]);
  // The names they belong to still are.
  expect(queries).toEqual(expect.arrayContaining(['tao xu', 'yan xu', 'mr ajayi']));
});

test('every episode code and season code is prerendered', () => {
  const codes = coded.flatMap((document) => document.codes.map(lower));
  const episodes = titles.filter((document) => document.kind === 'episode').length;
  const seasons = titles.filter((document) => document.kind === 'season').length;
  expect(codes).toHaveLength(episodes + seasons);
  expect(codes).toEqual(expect.arrayContaining(['s1e1', 's1e4', 's3e8', 's1', 's3']));
  expect(missing(codes)).toEqual([]);
});

test('scene and commentary titles are left to the engine, not prerendered', () => {
  const other = titles.filter((document) => document.kind === 'scene' || document.kind === 'commentary');
  const candidates = other.map((document) => lower(document.title)).filter((title) => PLAIN.test(title));
  // Enough of them are plain words that this would catch them being prerendered.
  expect(candidates.length).toBeGreaterThan(10);
  expect(candidates.filter((title) => prerendered.has(title))).toEqual([]);
  // Nothing is prerendered that is not a name, a word of a name, an alias or a code.
  const allowed = new Set<string>();
  for (const document of named) {
    allowed.add(lower(document.title));
    for (const word of wordsOf(document.title)) allowed.add(word);
    for (const name of document.names) allowed.add(lower(name));
  }
  for (const document of coded) for (const code of document.codes) allowed.add(lower(code));
  expect(queries.filter((query) => !allowed.has(query))).toEqual([]);
});

test('every prerendered query is a plain query, so each has exactly one file and each file one query', () => {
  expect(queries.length).toBeGreaterThan(named.length);
  expect(queries.filter((query) => !PREBUILT_QUERY.test(query))).toEqual([]);
  expect(prebuiltFileName('nick nelson')).toBe('nick-nelson.json');
  expect(prebuiltFileName('thibault de montalembert')).toBe('thibault-de-montalembert.json');
  const files = queries.map(prebuiltFileName);
  expect(new Set(files).size).toBe(queries.length);
  // A file name gives its query back: hyphens are spaces, and no plain query has a hyphen of its own.
  expect(files.map((file) => file.replace(/\.json$/, '').replace(/-/g, ' '))).toEqual(queries);
  expect(files.filter((file) => !/^[a-z0-9]+(?:-[a-z0-9]+)*\.json$/.test(file))).toEqual([]);
});

test('what a fan types that is not a plain query has no prerendered file', () => {
  for (const query of [
    'Nick',
    'nick  nelson',
    ' nick',
    'nick-nelson',
    'stéphane',
    'cormac hyde-corrin',
    '',
    's1e4?',
  ])
    expect(PREBUILT_QUERY.test(query), query).toBe(false);
  for (const query of ['nick', 'nick nelson', 's1e4', 'thibault de montalembert'])
    expect(PREBUILT_QUERY.test(query), query).toBe(true);
});

test('the prerendered queries are sorted and listed once each', () => {
  expect(queries).toEqual([...new Set(queries)].sort());
  // A name that is also a word of another name (Diane, Aunt Diane) is still listed once.
  expect(queries.filter((query) => query === 'diane')).toHaveLength(1);
});

test('every prerendered query finds at least one page with the shipped engine', () => {
  const empty = queries.filter((query) => searchResults(fullText, query, undefined).hits.length === 0);
  expect(empty).toEqual([]);
});
