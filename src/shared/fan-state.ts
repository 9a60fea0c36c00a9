/**
 * The names and kinds of what the wiki saves for a fan, for everything that shows or saves it. It imports
 * only the registry of page kinds, so the inline boot script (scripts/boot-script.ts) can read the keys; the
 * shapes of the saved values, and their types, are the schemas in ./fan-slots.
 */

import { ENTRY_KINDS, ENTRY_PAGES, type EntryKind } from '../lib/routes';

/** Where each part of the fan's state lives in localStorage. */
export const STORAGE_KEYS = {
  progress: 'heartstopper-wiki:progress',
  favourites: 'heartstopper-wiki:favourites',
  theme: 'heartstopper-wiki:theme',
} as const;

/** The kinds of page a fan can star: those the registry of page kinds marks `favourite`. */
export type FavouriteKind = {
  [K in EntryKind]: (typeof ENTRY_PAGES)[K]['favourite'] extends true ? K : never;
}[EntryKind];
const isFavouriteKind = (kind: EntryKind): kind is FavouriteKind => ENTRY_PAGES[kind].favourite;
export const FAVOURITE_KINDS: readonly FavouriteKind[] = ENTRY_KINDS.filter(isFavouriteKind);

export const THEMES = ['system', 'light', 'dark'] as const;
