/**
 * The names and kinds of what the wiki saves for a fan, for everything that shows or saves it. This module
 * imports nothing, so the inline boot script (scripts/boot-script.ts) can read the keys before paint.
 */

/** Where each part of the fan's state lives in localStorage. */
export const STORAGE_KEYS = {
  progress: 'heartstopper-wiki:progress',
  favourites: 'heartstopper-wiki:favourites',
  theme: 'heartstopper-wiki:theme',
} as const;

export const FAVOURITE_KINDS = ['character', 'episode', 'scene', 'commentary'] as const;
export type FavouriteKind = (typeof FAVOURITE_KINDS)[number];
export type Favourite = { kind: FavouriteKind; id: string; label: string };

export type ShieldChoice = 'on' | 'off' | null;
export type Progress = { watched: string[]; shield: ShieldChoice };

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** One favourite per kind and id. */
export const favouriteKey = (item: Pick<Favourite, 'kind' | 'id'>) => `${item.kind}:${item.id}`;
