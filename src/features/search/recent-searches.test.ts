import {
  MAX_RECENT_SEARCHES,
  readStoredQueries,
  recordRecentSearch,
  useRecentSearches,
} from './recent-searches';

const KEY = 'heartstopper-wiki:recent-searches';

beforeEach(() => {
  localStorage.clear();
  useRecentSearches.setState({ queries: [] });
});

test('searches are kept newest first, without repeats, up to a limit', () => {
  const { add } = useRecentSearches.getState();
  add('nick');
  add('charlie');
  add(' nick ');
  expect(useRecentSearches.getState().queries).toEqual(['nick', 'charlie']);
  for (let i = 0; i < 20; i += 1) add(`query ${i}`);
  expect(useRecentSearches.getState().queries).toHaveLength(MAX_RECENT_SEARCHES);
  expect(useRecentSearches.getState().queries[0]).toBe('query 19');
});

test('blank searches are not kept, and the list can be cleared', () => {
  const { add, clear } = useRecentSearches.getState();
  add('   ');
  add('elle');
  expect(useRecentSearches.getState().queries).toEqual(['elle']);
  clear();
  expect(useRecentSearches.getState().queries).toEqual([]);
  expect(JSON.parse(localStorage.getItem(KEY) ?? '{}')).toEqual({ state: { queries: [] }, version: 1 });
});

test('a recorded search is added to what an earlier visit stored, not put in its place', async () => {
  localStorage.setItem(KEY, JSON.stringify({ state: { queries: ['osman'] }, version: 1 }));
  await useRecentSearches.persist.rehydrate();
  await recordRecentSearch('s1e4');
  expect(useRecentSearches.getState().queries).toEqual(['s1e4', 'osman']);
  expect(JSON.parse(localStorage.getItem(KEY) ?? '{}').state.queries).toEqual(['s1e4', 'osman']);
});

test('whatever storage holds is checked: bad entries are dropped and an old version migrated', async () => {
  localStorage.setItem(
    KEY,
    JSON.stringify({ state: { queries: ['nik', 42, '', 'nik', null, 'ep 4'] }, version: 1 }),
  );
  await useRecentSearches.persist.rehydrate();
  expect(useRecentSearches.getState().queries).toEqual(['nik', 'ep 4']);

  localStorage.setItem(KEY, JSON.stringify({ state: { queries: ['rugby rain'] }, version: 0 }));
  await useRecentSearches.persist.rehydrate();
  expect(useRecentSearches.getState().queries).toEqual(['rugby rain']);

  localStorage.setItem(KEY, JSON.stringify({ state: 'nonsense', version: 0 }));
  await useRecentSearches.persist.rehydrate();
  expect(useRecentSearches.getState().queries).toEqual([]);
});

test('unreadable storage leaves the list empty instead of breaking the page', async () => {
  localStorage.setItem(KEY, '{not json');
  await expect(useRecentSearches.persist.rehydrate()).resolves.toBeUndefined();
  expect(useRecentSearches.getState().queries).toEqual([]);
});

test('the stored value check accepts only a list of short strings', () => {
  expect(readStoredQueries(undefined)).toEqual([]);
  expect(readStoredQueries({ queries: 'nick' })).toEqual([]);
  expect(readStoredQueries({ queries: ['a'.repeat(201), 'tao'] })).toEqual(['tao']);
});
