import type { EntityKind } from '../content/repository';
import type { SubjectKind } from '../content/schema';

/**
 * Every URL the wiki links to, built in one place. These addresses are a contract: shared links depend on
 * them, so a change here is a breaking change (keep the old form working as a redirect).
 */

export const paths = {
  home: () => '/',
  characters: () => '/characters',
  character: (slug: string) => `/characters/${slug}`,
  actors: () => '/actors',
  actor: (slug: string) => `/actors/${slug}`,
  person: (slug: string) => `/people/${slug}`,
  episodes: () => '/episodes',
  episode: (code: string) => `/episodes/${code}`,
  /** A scene's place on its episode page; the scene's own page is `scene()`. */
  sceneInEpisode: (code: string, sceneSlug: string) => `/episodes/${code}#${sceneSlug}`,
  scenes: () => '/scenes',
  scene: (slug: string) => `/scenes/${slug}`,
  commentaryIndex: () => '/commentary',
  commentary: (slug: string) => `/commentary/${slug}`,
  /** Characters x episodes: who appears where. */
  appearances: () => '/appearances',
  /** The picture of who is whose partner, family and friend. */
  relationships: () => '/relationships',
  /** The fan's own page: watch progress, spoiler shield, favourites, export and import. Kept in the browser. */
  myWiki: () => '/my-wiki',
  /** Sends the fan to a page picked at random. */
  random: () => '/random',
  search: (query?: string) => (query ? `/search?${new URLSearchParams({ q: query }).toString()}` : '/search'),
} as const;

/** The href of any entity page; seasons live as sections of the episode list. */
export function hrefFor(kind: EntityKind | SubjectKind, id: string | undefined): string {
  switch (kind) {
    case 'show':
      return paths.home();
    case 'season':
      return `${paths.episodes()}#season-${(id ?? '').replace(/^s/, '')}`;
    case 'episode':
      return paths.episode(id ?? '');
    case 'scene':
      return paths.scene(id ?? '');
    case 'character':
      return paths.character(id ?? '');
    case 'actor':
      return paths.actor(id ?? '');
    case 'person':
      return paths.person(id ?? '');
    case 'commentary':
      return paths.commentary(id ?? '');
    case 'source':
      return paths.home();
  }
}

/**
 * The canonical form of a path: lower case, no repeated or trailing slashes, no `.html` file name, and none
 * of the punctuation chat apps glue to the end of a link (`/characters/nick-nelson).` or an encoded quote or
 * space). Every slug is lower-case ASCII letters, digits and hyphens, so none of this ever changes which
 * entry a link means.
 */
/**
 * Closing punctuation, quotes and spaces after a slug, as typed or percent-encoded (`…` is `%E2%80%A6`).
 * Only after a slug: `/characters/...` names nothing and stays a 404.
 */
const TRAILING_PUNCTUATION =
  /(?<=[a-z0-9])(?:[.,;:!?)\]}>'"*]|%(?:20|22|27|29|2c|2e|3a|3b|3e|5d|7d)|%e2%80%(?:a6|98|99|9c|9d))+$/;

export function canonicalPathname(pathname: string): string {
  const cleaned = pathname
    .replace(/\/{2,}/g, '/')
    .toLowerCase()
    .replace(/(?:\/index)?\.html$/, '')
    .replace(TRAILING_PUNCTUATION, '');
  if (cleaned === '') return '/';
  return cleaned.length > 1 && cleaned.endsWith('/') ? cleaned.replace(/\/+$/, '') || '/' : cleaned;
}

/**
 * Each page's data lives in one JSON file (see docs/decisions): `home`, `characters`,
 * `characters/charlie-spring`, ... This maps a page to that file's key.
 */
export const pageDataKeys = {
  home: () => 'home',
  /** Every page's name, aliases and codes: the header's as-you-type suggestions. */
  searchTitles: () => 'search-titles',
  /** Every page's searchable text: the results page. */
  searchIndex: () => 'search-index',
  /** The appearance grid and the relationship map. */
  appearances: () => 'appearances',
  relationships: () => 'relationships',
  myWiki: () => 'my-wiki',
  random: () => 'random',
  index: (collection: IndexCollection) => collection,
  entity: (collection: EntityCollection, slug: string) => `${collection}/${slug}`,
} as const;

export type IndexCollection = 'characters' | 'actors' | 'episodes' | 'scenes' | 'commentary';
export type EntityCollection = IndexCollection | 'people';
