/**
 * Page data: one view model per route, fully resolved (names and hrefs of everything linked), so a page needs
 * one request at most and can never render an unresolved reference.
 *
 * This module finds the builder for a page key, through the registry of page kinds (src/lib/routes.ts); the
 * builders live in ./pages/, one module per family of pages. Built at build time (and by the dev server and
 * tests) from the repository. The browser only imports the types, which the compiler erases.
 */
import { pageDataKeys, paths } from '../lib/paths';
import {
  ENTRY_KINDS,
  ENTRY_PAGES,
  type EntryKind,
  type IndexedKind,
  isIndexed,
  matchPage,
  type SinglePageName,
} from '../lib/routes';
import { createBookPages } from './pages/books';
import { createCastPages } from './pages/cast';
import { createCommentaryPages } from './pages/commentary';
import { createGlanceBuilder } from './pages/glance';
import { createHonoursPages } from './pages/honours';
import { createMusicPages } from './pages/music';
import { createOpenDataPages } from './pages/open-data';
import { createPlacePages } from './pages/places';
import { type BuildFacts, createRefs, type EntryBuilder, SITE_NAME } from './pages/refs';
import { createSitePages } from './pages/site';
import { createStoryPages } from './pages/story';
import type { Repository } from './repository';
import {
  createDocumentHelpers,
  type SearchDocument,
  type SearchIndexData,
  type SearchTitlesData,
  toTitleDocument,
} from './search-documents';
import type { EpisodeListItem, RedirectData } from './view-model';

/** Every page builder, by the registry's name for the page. */
function pageBuilders(repo: Repository, facts: BuildFacts) {
  const refs = createRefs(repo, facts);
  const documents = createDocumentHelpers(repo);
  const cast = createCastPages(refs, documents);
  const story = createStoryPages(refs, documents);
  const commentary = createCommentaryPages(refs, documents);
  const music = createMusicPages(refs, documents);
  const places = createPlacePages(refs, documents);
  const books = createBookPages(refs, documents);
  const honours = createHonoursPages(refs);
  const site = createSitePages(refs);
  const openData = createOpenDataPages(refs);
  const glance = createGlanceBuilder({
    repo,
    episodeRef: refs.episodeRef,
    link: refs.link,
    siteName: SITE_NAME,
  });
  return {
    // A kind in the registry without a builder is a type error here.
    entries: {
      ...cast.entries,
      ...story.entries,
      ...commentary.entries,
      ...music.entries,
      ...places.entries,
      ...books.entries,
    } satisfies Record<EntryKind, EntryBuilder>,
    indexes: {
      ...cast.indexes,
      ...story.indexes,
      ...commentary.indexes,
      ...music.indexes,
      ...places.indexes,
      ...books.indexes,
    } satisfies Record<IndexedKind, () => unknown>,
    singles: {
      home: site.home,
      appearances: glance.appearances,
      relationships: glance.relationships,
      awards: honours.awards,
      film: honours.film,
      'open-data': openData.openData,
      'my-wiki': site.myWiki,
      random: site.random,
      corrections: site.corrections,
      // The search page shows the fan's query: scripts/prerender.ts writes its shell and <head>.
      search: undefined,
    } satisfies Record<SinglePageName, (() => unknown) | undefined>,
  };
}

type Builders = ReturnType<typeof pageBuilders>;
type Built<F> = F extends () => infer R ? Exclude<R, undefined> : never;
type BuiltEntry<B> = B extends { page: (id: string) => infer R } ? Exclude<R, undefined> : never;

export type PageData =
  | BuiltEntry<Builders['entries'][EntryKind]>
  | Built<Builders['indexes'][keyof Builders['indexes']]>
  | Built<Builders['singles'][keyof Builders['singles']]>
  | SearchTitlesData
  | SearchIndexData
  | RedirectData;

/** Page data that is a page of its own (has an address and a <head>), as opposed to a redirect or an index file. */
export type RoutePageData = Extract<PageData, { meta: unknown }>;

export function isRoutePage(data: PageData | undefined): data is RoutePageData {
  return data !== undefined && 'meta' in data;
}

/**
 * Builds every page's data from the repository. `page(key)` returns `undefined` for an address that names
 * nothing, which the route turns into the 404 page. `facts` holds what the build knows besides the data:
 * when each data file last changed (from git) and the repository corrections go to.
 */
export function createPageDataBuilder(repo: Repository, facts: BuildFacts = {}) {
  const { entries, indexes, singles } = pageBuilders(repo, facts);
  const entryBuilder = (kind: EntryKind): EntryBuilder => entries[kind];

  // Both search keys come from one build of the documents, in the registry's order: the order ties break in.
  let documents: SearchDocument[] | undefined;
  const searchDocuments = (): SearchDocument[] => {
    documents ??= ENTRY_KINDS.flatMap((kind) => entryBuilder(kind).documents());
    return documents;
  };

  /** The data for one page key (`home`, `characters`, `characters/nick-nelson`), or undefined. */
  const page = (key: string): PageData | undefined => {
    if (key === pageDataKeys.searchTitles()) {
      return { kind: 'search-titles', documents: searchDocuments().map(toTitleDocument) };
    }
    if (key === pageDataKeys.searchIndex()) return { kind: 'search-index', documents: searchDocuments() };
    if (key === '') return undefined;
    const match = matchPage(key === pageDataKeys.page('home') ? '/' : `/${key}`);
    if (match === undefined) return undefined;
    if (match.type === 'single') return singles[match.name]?.();
    if (match.type === 'index') return indexes[match.kind]();
    const direct = entries[match.kind].page(match.slug);
    if (direct) return direct;
    const resolved = repo.resolveSlug(ENTRY_PAGES[match.kind].collection, match.slug);
    return resolved ? { kind: 'redirect', to: paths.entry(match.kind, resolved.id) } : undefined;
  };

  /** Every key that has a page: what the build writes and what the tests walk. */
  const keys = (): string[] => [
    pageDataKeys.page('home'),
    pageDataKeys.searchTitles(),
    pageDataKeys.searchIndex(),
    ...(Object.keys(singles) as (keyof typeof singles)[])
      .filter((name) => name !== 'home' && singles[name] !== undefined)
      .map((name) => pageDataKeys.page(name)),
    ...ENTRY_KINDS.filter(isIndexed).map((kind) => pageDataKeys.index(kind)),
    ...ENTRY_KINDS.flatMap((kind) =>
      entryBuilder(kind)
        .slugs()
        .flatMap(({ id, aliases }) => [id, ...aliases].map((slug) => pageDataKeys.entry(kind, slug))),
    ),
  ];

  /** The whole run in order, shipped to the browser for watch progress (see `virtual:episode-list`). */
  const episodeList = (): EpisodeListItem[] =>
    repo.episodes().map((entry) => ({
      code: entry.id,
      overall: entry.overall,
      season: entry.season,
      number: entry.number,
      title: entry.title,
    }));

  return { page, keys, episodeList, searchDocuments };
}

export type PageDataBuilder = ReturnType<typeof createPageDataBuilder>;
