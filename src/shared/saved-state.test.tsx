import { screen } from '@testing-library/react';
import { renderApp } from '../test/render-app';
import { loadFanState, setTheme, toggleFavourite, toggleWatched } from './fan-actions';
import { STORAGE_KEYS } from './fan-state';
import { useFan } from './fan-store';
import { backupKey } from './saved-storage';

const PROGRESS = STORAGE_KEYS.progress;
const FAVOURITES = STORAGE_KEYS.favourites;

const saved = (state: unknown, version = 1) => JSON.stringify({ version, state });

const nick = { kind: 'character', id: 'nick-nelson', label: 'Nick Nelson' } as const;

afterEach(() => {
  vi.restoreAllMocks();
});

type Damage = { name: string; key: string; raw: string };

// Each form of damage a fan's storage might hold. The app must start, reset what it cannot read, and say so.
const DAMAGE: Damage[] = [
  { name: 'corrupt JSON', key: PROGRESS, raw: '{"version":1,"state":{"watched":["s1e1"' },
  { name: 'an empty string', key: PROGRESS, raw: '' },
  { name: 'the JSON literal null', key: PROGRESS, raw: 'null' },
  { name: 'a bare array instead of the envelope', key: PROGRESS, raw: '["s1e1","s1e2"]' },
  { name: 'a number', key: FAVOURITES, raw: '42' },
  { name: 'a version that is not a number', key: PROGRESS, raw: '{"version":"1","state":{"watched":[]}}' },
  { name: 'a negative version', key: PROGRESS, raw: '{"version":-3,"state":{"watched":[]}}' },
  { name: 'a watched list that is a string', key: PROGRESS, raw: saved({ watched: 's1e1' }) },
  { name: 'favourites that are an object', key: FAVOURITES, raw: saved({ 'nick-nelson': true }) },
  { name: 'a state missing entirely', key: FAVOURITES, raw: '{"version":1}' },
  // Browsers allow about 5 million characters per site; this fills nearly all of it.
  {
    name: 'a 5 MB value',
    key: PROGRESS,
    raw: `{"version":1,"state":{"watched":["${'s1e1'.repeat(1_240_000)}"]}}`,
  },
  { name: 'a theme that does not exist', key: STORAGE_KEYS.theme, raw: saved('neon') },
];

describe.each(DAMAGE)('saved state damaged by $name', ({ key, raw }) => {
  test('is reset with a notice, and a copy of the damaged value is kept when it fits', () => {
    localStorage.setItem(key, raw);
    loadFanState();
    const state = useFan.getState();
    expect(state.loaded).toBe(true);
    expect(state.watched).toEqual([]);
    expect(state.favourites).toEqual([]);
    expect(state.theme).toBe('system');
    expect(state.notices.map((notice) => notice.message).join(' ')).toMatch(/could not be read/);
    if (raw.length < 512 * 1024) expect(localStorage.getItem(backupKey(key))).toBe(raw);
  });

  test('still lets the page render, with the notice shown', async () => {
    localStorage.setItem(key, raw);
    renderApp('/episodes/s1e4');
    expect(await screen.findByRole('heading', { level: 1, name: 'Secret' })).toBeVisible();
    expect(await screen.findByText(/could not be read, so it has been reset/)).toBeVisible();
  });
});

test('an older version is read under today’s rules and kept, with no notice', () => {
  localStorage.setItem(PROGRESS, saved({ watched: ['s1e2', 's1e1'], shield: 'on' }, 0));
  loadFanState();
  expect(useFan.getState()).toMatchObject({ watched: ['s1e1', 's1e2'], shield: 'on', notices: [] });
});

test('entries that cannot be read are dropped and the rest kept, with a notice and a copy of the original', () => {
  const raw = saved([
    nick,
    { kind: 'villain', id: 'x', label: 'X' },
    { kind: 'episode', id: 's9e9', label: 'No' },
  ]);
  localStorage.setItem(FAVOURITES, raw);
  loadFanState();
  const state = useFan.getState();
  expect(state.favourites).toEqual([nick]);
  expect(state.notices[0]?.message).toMatch(/Some of your saved favourites could not be read/);
  expect(state.notices[0]?.message).toMatch(/\(2 entries\)/);
  expect(localStorage.getItem(backupKey(FAVOURITES))).toBe(raw);
});

test('unknown episode codes in watch progress are dropped, known ones kept in series order', () => {
  localStorage.setItem(PROGRESS, saved({ watched: ['s2e1', 's9e9', 's1e3', 42], shield: null }));
  loadFanState();
  expect(useFan.getState().watched).toEqual(['s1e3', 's2e1']);
  expect(useFan.getState().notices[0]?.message).toMatch(/Some of your saved watch progress .*\(2 entries\)/);
});

test('a shield choice that cannot be read is left unchosen, and the watched episodes are kept', () => {
  localStorage.setItem(PROGRESS, saved({ watched: ['s1e1'], shield: 'maybe' }));
  loadFanState();
  expect(useFan.getState()).toMatchObject({ watched: ['s1e1'], shield: null });
  expect(useFan.getState().notices[0]?.message).toMatch(/Some of your saved watch progress .*\(1 entry\)/);
});

test('a change to one part of the saved state leaves what another tab saved in another part alone', () => {
  loadFanState();
  localStorage.setItem(FAVOURITES, saved([nick]));
  toggleWatched('s1e1');
  expect(JSON.parse(localStorage.getItem(PROGRESS) ?? '{}').state.watched).toEqual(['s1e1']);
  expect(localStorage.getItem(FAVOURITES)).toBe(saved([nick]));
});

test('a value saved by a newer version of the wiki is left untouched, even after changes', () => {
  const newer = saved({ watched: ['s1e1'], somethingNew: true }, 99);
  localStorage.setItem(PROGRESS, newer);
  loadFanState();
  expect(useFan.getState().notices[0]?.message).toMatch(/newer version of the wiki/);
  toggleWatched('s1e4');
  expect(useFan.getState().watched).toEqual(['s1e4']);
  expect(localStorage.getItem(PROGRESS)).toBe(newer);
});

test('storage that throws on read leaves the app working for this visit, with a notice', async () => {
  vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  });
  renderApp('/episodes/s1e4');
  expect(await screen.findByRole('heading', { level: 1, name: 'Secret' })).toBeVisible();
  expect(await screen.findByText(/not letting the wiki save anything/)).toBeVisible();
  toggleWatched('s1e4');
  expect(useFan.getState().watched).toEqual(['s1e4']);
});

test('a quota error on write keeps the change for this visit and leaves what was saved before unchanged', () => {
  localStorage.setItem(FAVOURITES, saved([nick]));
  loadFanState();
  const before = localStorage.getItem(FAVOURITES);
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
  toggleFavourite({ kind: 'episode', id: 's1e4', label: 'S1E4: Secret' });
  expect(useFan.getState().favourites).toHaveLength(2);
  expect(useFan.getState().notices.at(-1)?.message).toMatch(/could not be saved/);
  vi.restoreAllMocks();
  expect(localStorage.getItem(FAVOURITES)).toBe(before);
});

test('progress, favourites and theme written by one visit are read back by the next', () => {
  loadFanState();
  toggleWatched('s1e1');
  toggleFavourite(nick);
  setTheme('dark');
  useFan.setState(useFan.getInitialState(), true);
  loadFanState();
  expect(useFan.getState()).toMatchObject({ watched: ['s1e1'], favourites: [nick], theme: 'dark' });
});

test('a change made before storage has been read adds to what was saved instead of replacing it', () => {
  localStorage.setItem(FAVOURITES, saved([nick]));
  toggleFavourite({ kind: 'episode', id: 's1e4', label: 'S1E4: Secret' });
  expect(useFan.getState().favourites.map((item) => item.id)).toEqual(['nick-nelson', 's1e4']);
  expect(JSON.parse(localStorage.getItem(FAVOURITES) ?? '{}').state).toHaveLength(2);
});
