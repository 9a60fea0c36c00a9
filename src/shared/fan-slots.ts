/**
 * What the wiki saves for a fan, as zod schemas: the rules every saved value and every imported "My wiki"
 * file must meet, and the types of the state, inferred from them. zod comes with this module, which is
 * loaded with the code that reads and saves the state, after the page has hydrated; everything on a page's
 * first load imports only its types.
 */
import * as z from 'zod/mini';
import { isKnownEpisode, sortEpisodeCodes } from './episode-order';
import {
  FAVOURITE_KINDS,
  MAX_FAVOURITES,
  MAX_ID_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_VOLUME,
  SLOT_VERSIONS,
  SLUG,
  STORAGE_KEYS,
  THEMES,
} from './fan-state';
import { favouriteKey } from './favourite-key';
import type { Slot } from './saved-storage';

export const progressSchema = z.object({
  watched: z.pipe(
    z.array(z.string().check(z.refine(isKnownEpisode))),
    z.transform((codes: string[]) => sortEpisodeCodes(codes)),
  ),
  // With a default, an unreadable choice can be left out (see `salvage` in ./saved-storage) and the watched
  // list still kept.
  shield: z._default(z.nullable(z.enum(['on', 'off'])), null),
  /** The graphic-novel volume the fan has read up to (null: not said). Saved by later builds than version 1
   * first shipped; an older value without it reads as null. */
  read: z._default(z.nullable(z.int().check(z.minimum(1), z.maximum(MAX_VOLUME))), null),
});

export const favouriteSchema = z
  .object({
    kind: z.enum(FAVOURITE_KINDS),
    id: z.string().check(z.maxLength(MAX_ID_LENGTH), z.regex(SLUG)),
    label: z.string().check(z.maxLength(MAX_LABEL_LENGTH), z.trim(), z.minLength(1)),
  })
  .check(z.refine((favourite) => favourite.kind !== 'episode' || isKnownEpisode(favourite.id)));

export const themeSchema = z.enum(THEMES);

export type Progress = z.infer<typeof progressSchema>;
export type ShieldChoice = Progress['shield'];
export type Favourite = z.infer<typeof favouriteSchema>;
export type Theme = z.infer<typeof themeSchema>;

/** Everything saved, one slot each. */
export type SavedFan = { progress: Progress; favourites: Favourite[]; theme: Theme };

export const progressSlot: Slot<Progress> = {
  key: STORAGE_KEYS.progress,
  version: SLOT_VERSIONS.progress,
  empty: { watched: [], shield: null, read: null },
  schema: progressSchema,
};

export const favouritesSlot: Slot<Favourite[]> = {
  key: STORAGE_KEYS.favourites,
  version: SLOT_VERSIONS.favourites,
  empty: [],
  schema: z.array(favouriteSchema),
  tidy: (favourites) => {
    const seen = new Set<string>();
    const unique = favourites.filter((item) => {
      const key = favouriteKey(item);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const kept = unique.slice(0, MAX_FAVOURITES);
    return { value: kept, dropped: favourites.length - kept.length };
  },
};

export const themeSlot: Slot<Theme> = {
  key: STORAGE_KEYS.theme,
  version: SLOT_VERSIONS.theme,
  empty: 'system',
  schema: themeSchema,
};
