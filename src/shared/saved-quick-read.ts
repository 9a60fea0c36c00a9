/**
 * Reads the fan's saved state on a page's first load, without zod or zustand's `persist`, when every slot
 * holds a value exactly as this wiki writes it: the envelope of today's version around a state that meets
 * every rule of the schemas in ./fan-slots, with nothing to drop or repair. That is what a fan's own storage
 * holds on nearly every visit, and reading it here lets the page count as ready without waiting for the code
 * that saves (./fan-actions).
 *
 * Anything else gives undefined: a missing or blocked storage, damage, an older or newer version, a
 * duplicate favourite, a label with spaces around it. The page then reads through ./fan-actions, which keeps
 * what it can, resets the rest and tells the fan. So this accepts only values that reader reads the same,
 * with no problem to report; saved-quick-read.test.ts checks that on generated input.
 */
import { isKnownEpisode, sortEpisodeCodes } from './episode-order';
import type { Favourite, Progress, SavedFan, Theme } from './fan-slots';
import {
  FAVOURITE_KINDS,
  MAX_FAVOURITES,
  MAX_ID_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_SAVED_LENGTH,
  MAX_VOLUME,
  SLOT_VERSIONS,
  SLUG,
  STORAGE_KEYS,
  THEMES,
} from './fan-state';
import { initialFanState } from './fan-store';
import { favouriteKey } from './favourite-key';

/** Stops the quick reading: the value is not exactly as the wiki writes it. */
function expect(condition: boolean): asserts condition {
  if (!condition) throw new Error('not as the wiki writes it');
}

type Fields = Record<string, unknown>;

function fields(value: unknown): Fields {
  expect(typeof value === 'object' && value !== null && !Array.isArray(value));
  return value as Fields;
}

const isString = (value: unknown): value is string => typeof value === 'string';

function readProgress(state: unknown): Progress {
  // A choice not yet made may be absent: the schema's default is null.
  const { watched, shield = null, read = null } = fields(state);
  expect(Array.isArray(watched) && watched.every((code) => isString(code) && isKnownEpisode(code)));
  expect(shield === null || shield === 'on' || shield === 'off');
  expect(read === null || (Number.isInteger(read) && Number(read) >= 1 && Number(read) <= MAX_VOLUME));
  return { watched: sortEpisodeCodes(watched as string[]), shield, read: read as number | null };
}

function readFavourites(state: unknown): Favourite[] {
  expect(Array.isArray(state) && state.length <= MAX_FAVOURITES);
  const seen = new Set<string>();
  return (state as unknown[]).map((entry) => {
    const { kind, id, label } = fields(entry);
    expect(FAVOURITE_KINDS.some((known) => known === kind));
    expect(isString(id) && id.length <= MAX_ID_LENGTH && SLUG.test(id));
    expect(isString(label) && label.length <= MAX_LABEL_LENGTH && label !== '' && label.trim() === label);
    const favourite = { kind, id, label } as Favourite;
    expect(kind !== 'episode' || isKnownEpisode(favourite.id));
    expect(!seen.has(favouriteKey(favourite)));
    seen.add(favouriteKey(favourite));
    return favourite;
  });
}

function readTheme(state: unknown): Theme {
  expect(THEMES.some((theme) => theme === state));
  return state as Theme;
}

function readSlot<T>(key: string, version: number, empty: T, read: (state: unknown) => T): T {
  const raw = window.localStorage.getItem(key);
  if (raw === null) return empty;
  expect(raw.length <= MAX_SAVED_LENGTH);
  const saved = fields(JSON.parse(raw));
  expect(saved.version === version);
  return read(saved.state);
}

/** Everything saved, when all of it is exactly as the wiki writes it; otherwise undefined. */
export function readSavedQuickly(): SavedFan | undefined {
  const { watched, shield, read, favourites, theme } = initialFanState;
  try {
    return {
      progress: readSlot(
        STORAGE_KEYS.progress,
        SLOT_VERSIONS.progress,
        { watched, shield, read },
        readProgress,
      ),
      favourites: readSlot(STORAGE_KEYS.favourites, SLOT_VERSIONS.favourites, favourites, readFavourites),
      theme: readSlot(STORAGE_KEYS.theme, SLOT_VERSIONS.theme, theme, readTheme),
    };
  } catch {
    // Not as written, unreadable JSON, or storage that throws when touched: the full reader says which.
    return undefined;
  }
}
