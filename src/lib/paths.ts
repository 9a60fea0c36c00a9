import { type EntryKind, type IndexedKind, pageKeyOf, pathOf, type SinglePageName } from './routes';

/**
 * Every URL the wiki links to, built in one place from the registry of page kinds (./routes.ts), so no
 * component builds an address by hand.
 */
export const paths = {
  /** A page that is one of a kind: `page('home')`, `page('my-wiki')`. */
  page: (name: SinglePageName) => pathOf({ type: 'single', name }),
  /** The list of every entry of a kind: `/characters`. */
  index: (kind: IndexedKind) => pathOf({ type: 'index', kind }),
  /** One entry's page: `/characters/nick-nelson`. */
  entry: (kind: EntryKind, slug: string) => pathOf({ type: 'entry', kind, slug }),
  /** A scene's place on its episode page; the scene's own page is `entry('scene', slug)`. */
  sceneInEpisode: (code: string, sceneSlug: string) => `${paths.entry('episode', code)}#${sceneSlug}`,
  /** A season's section of the episode list. */
  season: (id: string) => `${paths.index('episode')}#season-${id.replace(/^s/, '')}`,
  search: (query?: string) =>
    query ? `${paths.page('search')}?${new URLSearchParams({ q: query }).toString()}` : paths.page('search'),
} as const;

/**
 * The href of anything a page may link to by kind and id: an entry, a season (a section of the episode
 * list), or the show itself and a source, which have no page of their own and lead home.
 */
export function hrefFor(kind: EntryKind | 'season' | 'show' | 'source', id: string | undefined): string {
  if (kind === 'season') return paths.season(id ?? '');
  if (kind === 'show' || kind === 'source') return paths.page('home');
  return paths.entry(kind, id ?? '');
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
 * The key of each page's data file (see `pageKeyOf` in ./routes.ts), plus the two data files that are not a
 * page: the search documents, loaded when a fan searches.
 */
export const pageDataKeys = {
  page: (name: SinglePageName) => pageKeyOf({ type: 'single', name }),
  index: (kind: IndexedKind) => pageKeyOf({ type: 'index', kind }),
  entry: (kind: EntryKind, slug: string) => pageKeyOf({ type: 'entry', kind, slug }),
  /** Every page's name, aliases and codes: the header's as-you-type suggestions. */
  searchTitles: () => 'search-titles',
  /** Every page's searchable text: the results page. */
  searchIndex: () => 'search-index',
} as const;
