/**
 * The three things the wiki saves for a fan, and how each is checked before use. The same checks read an
 * imported "My wiki" file, so a hand-edited export is held to the same rules as storage.
 */
import episodes from 'virtual:episode-list';
import {
  FAVOURITE_KINDS,
  type Favourite,
  type FavouriteKind,
  favouriteKey,
  type Progress,
  STORAGE_KEYS,
  THEMES,
  type Theme,
} from './fan-state';
import type { Slot } from './saved-storage';

export const MAX_FAVOURITES = 500;
const MAX_LABEL_LENGTH = 200;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const overallByCode = new Map(episodes.map((episode) => [episode.code, episode.overall]));

export function isKnownEpisode(code: unknown): code is string {
  return typeof code === 'string' && overallByCode.has(code);
}

/** Episode codes in series order, without duplicates. */
export function sortEpisodeCodes(codes: Iterable<string>): string[] {
  return [...new Set(codes)].sort((a, b) => (overallByCode.get(a) ?? 0) - (overallByCode.get(b) ?? 0));
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A list's valid entries and how many were not. */
function readList<T>(value: unknown, readItem: (item: unknown) => T | undefined) {
  const items: T[] = [];
  let dropped = 0;
  if (!Array.isArray(value)) return undefined;
  for (const item of value) {
    const read = readItem(item);
    if (read === undefined) dropped += 1;
    else items.push(read);
  }
  return { items, dropped };
}

export function readFavourite(value: unknown): Favourite | undefined {
  if (!isRecord(value)) return undefined;
  const { kind, id, label } = value;
  if (!FAVOURITE_KINDS.some((known) => known === kind)) return undefined;
  if (typeof id !== 'string' || id.length > 80 || !SLUG.test(id)) return undefined;
  if (typeof label !== 'string' || label.trim() === '' || label.length > MAX_LABEL_LENGTH) return undefined;
  if (kind === 'episode' && !isKnownEpisode(id)) return undefined;
  return { kind: kind as FavouriteKind, id, label: label.trim() };
}

/** Reads `{ watched, shield }`; unknown episode codes are dropped and counted. */
export function readProgress(value: unknown): { value: Progress; dropped: number } | undefined {
  if (!isRecord(value)) return undefined;
  const list = readList(value.watched ?? [], (code) => (isKnownEpisode(code) ? code : undefined));
  if (list === undefined) return undefined;
  const shield = value.shield === 'on' || value.shield === 'off' ? value.shield : null;
  const shieldDropped = value.shield !== undefined && value.shield !== null && shield === null ? 1 : 0;
  return {
    value: { watched: sortEpisodeCodes(list.items), shield },
    dropped: list.dropped + shieldDropped,
  };
}

export function readFavourites(value: unknown): { value: Favourite[]; dropped: number } | undefined {
  const list = readList(value, readFavourite);
  if (list === undefined) return undefined;
  const seen = new Set<string>();
  const unique = list.items.filter((item) => {
    const key = favouriteKey(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const kept = unique.slice(0, MAX_FAVOURITES);
  return { value: kept, dropped: list.dropped + (unique.length - kept.length) };
}

export const progressSlot: Slot<Progress> = {
  key: STORAGE_KEYS.progress,
  version: 1,
  empty: { watched: [], shield: null },
  name: 'watch progress',
  // Version 1 is the first this wiki shipped; a lower number can only be a hand edit or a damaged value, so
  // whatever of it still reads under today's rules is kept (the same holds for every slot).
  read: (state) => readProgress(state),
};

export const favouritesSlot: Slot<Favourite[]> = {
  key: STORAGE_KEYS.favourites,
  version: 1,
  empty: [],
  name: 'favourites',
  read: (state) => readFavourites(state),
};

export const themeSlot: Slot<Theme> = {
  key: STORAGE_KEYS.theme,
  version: 1,
  empty: 'system',
  name: 'theme',
  read: (state) => {
    const theme = THEMES.find((known) => known === state);
    return theme === undefined ? undefined : { value: theme, dropped: 0 };
  },
};
