/**
 * Every kind of page the wiki has, in one table: its address, the file its data lives in, the module that
 * renders it, what it is called, and whether its links get a preview card or its pages a favourite star.
 * The route table (src/app/router.tsx), the href builders (./paths.ts), page-data dispatch
 * (src/content/pages.ts), the prerender list, link previews, size samples and share cards all read it.
 *
 * Adding a kind of page: its schema (src/content/schema.ts), an entry here, its page-data builder and its
 * route module in src/app/routes/.
 *
 * Addresses are a contract: shared links depend on them, so changing a collection here is a breaking change
 * (keep the old form working as a redirect).
 */

/** A module in src/app/routes/ and the component it exports. */
export type RouteModule = { module: string; component: string };

type EntryPages = {
  /** The folder of the address and of the page data: `/characters/<slug>`, `page-data/characters/<slug>.json`. */
  collection: string;
  /** One of them and several, in lower case: "character", "characters". */
  noun: string;
  plural: string;
  /** The page of one entry. */
  route: RouteModule;
  /** The list of them all, at `/<collection>`, where there is one. */
  index?: RouteModule;
  /** Links to these pages get a preview card. */
  preview: boolean;
  /** A fan can add one to their favourites. */
  favourite: boolean;
  /**
   * How much search favours these pages over others that match as well: pages about one entity outrank the
   * scenes and commentary that mention it ("nick" means Nick Nelson's page before the scenes named after him).
   */
  searchBoost: number;
  /** What the page is to link previews in other apps (Open Graph `og:type`). */
  ogType: 'article' | 'profile' | 'video.episode';
};

/**
 * The kinds of page about one entry of the dataset. The order is the order search breaks ties in and lists
 * its filters in.
 */
export const ENTRY_PAGES = {
  character: {
    collection: 'characters',
    noun: 'character',
    plural: 'characters',
    route: { module: 'character', component: 'CharacterRoute' },
    index: { module: 'indexes', component: 'CharactersRoute' },
    preview: true,
    favourite: true,
    searchBoost: 2,
    ogType: 'article',
  },
  actor: {
    collection: 'actors',
    noun: 'actor',
    plural: 'actors',
    route: { module: 'actor', component: 'ActorRoute' },
    index: { module: 'indexes', component: 'ActorsRoute' },
    preview: false,
    favourite: false,
    searchBoost: 1.5,
    ogType: 'profile',
  },
  // People behind the camera are listed on the cast-and-crew page (`/actors`), so they have no index.
  person: {
    collection: 'people',
    noun: 'person',
    plural: 'people',
    route: { module: 'person', component: 'PersonRoute' },
    preview: false,
    favourite: false,
    searchBoost: 1.5,
    ogType: 'profile',
  },
  episode: {
    collection: 'episodes',
    noun: 'episode',
    plural: 'episodes',
    route: { module: 'episode', component: 'EpisodeRoute' },
    index: { module: 'indexes', component: 'EpisodesRoute' },
    preview: true,
    favourite: true,
    searchBoost: 1.5,
    ogType: 'video.episode',
  },
  scene: {
    collection: 'scenes',
    noun: 'scene',
    plural: 'scenes',
    route: { module: 'scene', component: 'SceneRoute' },
    index: { module: 'indexes', component: 'ScenesRoute' },
    preview: true,
    favourite: true,
    searchBoost: 1,
    ogType: 'article',
  },
  commentary: {
    collection: 'commentary',
    noun: 'statement',
    plural: 'commentary',
    route: { module: 'commentary', component: 'CommentaryRoute' },
    index: { module: 'indexes', component: 'CommentaryIndexRoute' },
    preview: false,
    favourite: true,
    searchBoost: 1,
    ogType: 'article',
  },
  song: {
    collection: 'music',
    noun: 'song',
    plural: 'songs',
    route: { module: 'music', component: 'SongRoute' },
    index: { module: 'music', component: 'MusicRoute' },
    preview: false,
    favourite: false,
    searchBoost: 1,
    ogType: 'article',
  },
  place: {
    collection: 'places',
    noun: 'place',
    plural: 'places',
    route: { module: 'places', component: 'PlaceRoute' },
    index: { module: 'places', component: 'PlacesRoute' },
    preview: false,
    favourite: false,
    searchBoost: 1.5,
    ogType: 'article',
  },
  book: {
    collection: 'books',
    noun: 'book',
    plural: 'books',
    route: { module: 'books', component: 'BookRoute' },
    index: { module: 'books', component: 'BooksRoute' },
    preview: false,
    favourite: false,
    searchBoost: 1.5,
    ogType: 'article',
  },
} as const satisfies Record<string, EntryPages>;

export type EntryKind = keyof typeof ENTRY_PAGES;
export type EntryCollection = (typeof ENTRY_PAGES)[EntryKind]['collection'];
/** The kinds whose entries have a list page of their own. */
export type IndexedKind = {
  [K in EntryKind]: (typeof ENTRY_PAGES)[K] extends { index: RouteModule } ? K : never;
}[EntryKind];

type SinglePage = {
  /** The address, and the key of the page's data (the address without its slash; `home` for `/`). */
  path: string;
  route: RouteModule;
};

/** The pages that are one of a kind. */
export const SINGLE_PAGES = {
  home: { path: '/', route: { module: 'home', component: 'HomeRoute' } },
  search: { path: '/search', route: { module: 'search', component: 'SearchRoute' } },
  /** Characters x episodes: who appears where. */
  appearances: { path: '/appearances', route: { module: 'appearances', component: 'AppearancesRoute' } },
  /** The picture of who is whose partner, family and friend. */
  relationships: {
    path: '/relationships',
    route: { module: 'relationships', component: 'RelationshipsRoute' },
  },
  /** The fan's own page: watch progress, spoiler shield, favourites, export and import. Kept in the browser. */
  'my-wiki': { path: '/my-wiki', route: { module: 'my-wiki', component: 'MyWikiRoute' } },
  /** Every award nomination, with the result. */
  awards: { path: '/awards', route: { module: 'awards', component: 'AwardsRoute' } },
  /** The film that closes the story. */
  film: { path: '/film', route: { module: 'film', component: 'FilmRoute' } },
  /** How to fix a mistake in the data, where the site has no repository to report it to. */
  corrections: { path: '/corrections', route: { module: 'corrections', component: 'CorrectionsRoute' } },
  /** The dataset as a download, its schemas and licence, and the feed. */
  'open-data': { path: '/open-data', route: { module: 'open-data', component: 'OpenDataRoute' } },
  /** Sends the fan to a page picked at random. */
  random: { path: '/random', route: { module: 'random', component: 'RandomRoute' } },
} as const satisfies Record<string, SinglePage>;

export type SinglePageName = keyof typeof SINGLE_PAGES;

export const ENTRY_KINDS = Object.keys(ENTRY_PAGES) as EntryKind[];

export function isEntryKind(value: string): value is EntryKind {
  return Object.hasOwn(ENTRY_PAGES, value);
}

/** How a kind is named in headings and filters: "Characters", "Seasons", "Sources". */
export function kindLabel(kind: EntryKind | 'season' | 'source'): string {
  const plural = isEntryKind(kind) ? ENTRY_PAGES[kind].plural : `${kind}s`;
  return `${plural.charAt(0).toUpperCase()}${plural.slice(1)}`;
}

export function isIndexed(kind: EntryKind): kind is IndexedKind {
  return 'index' in ENTRY_PAGES[kind];
}

/** Which page a route pattern shows: a page of its own, a list, or any entry of a kind. */
export type RouteKind =
  | { type: 'entry'; kind: EntryKind }
  | { type: 'index'; kind: IndexedKind }
  | { type: 'single'; name: SinglePageName };

/** What an in-app address (canonical form, no base path) shows. */
export type PageMatch =
  | { type: 'entry'; kind: EntryKind; slug: string }
  | { type: 'index'; kind: IndexedKind }
  | { type: 'single'; name: SinglePageName };

const KIND_OF_COLLECTION = new Map<string, EntryKind>(
  ENTRY_KINDS.map((kind) => [ENTRY_PAGES[kind].collection, kind]),
);
const SINGLE_OF_PATH = new Map<string, SinglePageName>(
  (Object.keys(SINGLE_PAGES) as SinglePageName[]).map((name) => [SINGLE_PAGES[name].path, name]),
);

function entryKindOf(collection: string): EntryKind | undefined {
  return KIND_OF_COLLECTION.get(collection);
}

/** The page an address names, or undefined (a 404). The slug is returned as written, still encoded. */
export function matchPage(path: string): PageMatch | undefined {
  const single = SINGLE_OF_PATH.get(path);
  if (single) return { type: 'single', name: single };
  const [, collection, slug, ...rest] = path.split('/');
  const kind = collection === undefined ? undefined : entryKindOf(collection);
  if (kind === undefined || rest.length > 0) return undefined;
  if (slug === undefined) return isIndexed(kind) ? { type: 'index', kind } : undefined;
  return slug === '' ? undefined : { type: 'entry', kind, slug };
}

/** The address of a page. */
export function pathOf(page: PageMatch): string {
  switch (page.type) {
    case 'single':
      return SINGLE_PAGES[page.name].path;
    case 'index':
      return `/${ENTRY_PAGES[page.kind].collection}`;
    case 'entry':
      return `/${ENTRY_PAGES[page.kind].collection}/${page.slug}`;
  }
}

/**
 * Each page's data lives in one JSON file (see docs/decisions): `home`, `characters`,
 * `characters/charlie-spring`, ... This is that file's key: the address without its leading slash.
 */
export function pageKeyOf(page: PageMatch): string {
  return page.type === 'single' && page.name === 'home' ? 'home' : pathOf(page).slice(1);
}

/** The module that renders a page. */
export function routeOf(page: PageMatch): RouteModule {
  switch (page.type) {
    case 'single':
      return SINGLE_PAGES[page.name].route;
    case 'index':
      return ENTRY_PAGES[page.kind].index;
    case 'entry':
      return ENTRY_PAGES[page.kind].route;
  }
}

/** Every route: its react-router pattern and the module that renders it. Home first, then as in the table. */
export function routeTable(): { pattern: string; route: RouteModule; kind: RouteKind }[] {
  return [
    ...(Object.keys(SINGLE_PAGES) as SinglePageName[]).map((name) => ({
      pattern: SINGLE_PAGES[name].path,
      route: SINGLE_PAGES[name].route,
      kind: { type: 'single' as const, name },
    })),
    ...ENTRY_KINDS.flatMap((kind) => {
      const { collection, route } = ENTRY_PAGES[kind];
      const entry = { pattern: `/${collection}/:slug`, route, kind: { type: 'entry' as const, kind } };
      return isIndexed(kind)
        ? [
            {
              pattern: `/${collection}`,
              route: ENTRY_PAGES[kind].index,
              kind: { type: 'index' as const, kind },
            },
            entry,
          ]
        : [entry];
    }),
  ];
}
