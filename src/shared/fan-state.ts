/**
 * The names and kinds of what the wiki saves for a fan, for everything that shows or saves it. This module
 * imports nothing, so the inline boot script (scripts/boot-script.ts) can read the keys before paint; the
 * shapes of the saved values, and their types, are the schemas in ./fan-slots.
 */

/** Where each part of the fan's state lives in localStorage. */
export const STORAGE_KEYS = {
  progress: 'heartstopper-wiki:progress',
  favourites: 'heartstopper-wiki:favourites',
  theme: 'heartstopper-wiki:theme',
} as const;

/**
 * Classes the inline boot script (scripts/boot-script.ts) sets on <html> before first paint, from what is
 * saved: the shield is on and may hide parts of the page until the app applies it; or the fan has not yet
 * chosen about the shield, so the page shows the offer.
 */
export const BOOT_CLASSES = {
  shieldPending: 'shield-pending',
  shieldUnanswered: 'shield-unanswered',
} as const;

/** The version each slot is written with (see `Slot` in ./saved-storage). */
export const SLOT_VERSIONS = { progress: 1, favourites: 1, theme: 1 } as const;

/** Limits of what is saved, beyond its shape: larger is damage, not data. */
/** Larger than anything the wiki writes by far, for any one slot. */
export const MAX_SAVED_LENGTH = 512 * 1024;
export const MAX_FAVOURITES = 500;
export const MAX_ID_LENGTH = 80;
export const MAX_LABEL_LENGTH = 200;
/** Far more graphic-novel volumes than the story has. */
export const MAX_VOLUME = 50;
/** What an id looks like. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const FAVOURITE_KINDS = ['character', 'episode', 'scene', 'commentary'] as const;
export type FavouriteKind = (typeof FAVOURITE_KINDS)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
