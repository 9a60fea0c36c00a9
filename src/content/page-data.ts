/**
 * Page data: one view model per route, fully resolved (names and hrefs of everything linked), so a page needs
 * one request at most and can never render an unresolved reference.
 *
 * Built at build time (and by the dev server and tests) from the repository. The browser only imports the
 * types from this module, which the compiler erases.
 */
import {
  buildSearchDocuments,
  type SearchDocument,
  type SearchIndexData,
  type SearchTitlesData,
  toTitleDocument,
} from '../features/search/documents';
import { formatDate } from '../lib/dates';
import { type EntityCollection, hrefFor, type IndexCollection, pageDataKeys, paths } from '../lib/paths';
import { type AppearancesPageData, createGlanceBuilder, type RelationshipsPageData } from './glance-data';
import type { Backlink, EntityKind, Repository } from './repository';
import {
  type Commentary,
  type ContentNote,
  type ContentNoteTopic,
  type Episode,
  INVERSE_RELATIONSHIP,
  type RelationshipKind,
  type School,
  type Source,
  type Subject,
  type SubjectKind,
  type UnverifiedNote,
} from './schema';

/**
 * The episode a fan must have watched before something gives nothing away (see `Repository.revealedIn`).
 * The spoiler shield compares `overall` with how far the fan has watched.
 */
export type SpoilerMark = { code: string; overall: number };

/** The whole run in order, shipped to the browser for watch progress (see `virtual:episode-list`). */
export type EpisodeListItem = {
  code: string;
  overall: number;
  season: number;
  number: number;
  title: string;
};

export type LinkRef = { label: string; href: string; revealedIn?: SpoilerMark };
export type EpisodeRef = LinkRef & { code: string; title: string; overall: number };
export type SubjectRef = LinkRef & {
  kind: SubjectKind;
  certainty: 'confirmed' | 'unconfirmed';
  note?: string;
};
export type BacklinkRef = LinkRef & { kind: EntityKind; via: string };

export type CommentaryCard = {
  id: string;
  href: string;
  topic: string;
  speaker: LinkRef;
  date: string;
  quote?: string[];
  summary: string;
  about: SubjectRef[];
  /** The outlet and (where there is one) the event, for a one-line attribution. */
  attribution: string;
  revealedIn?: SpoilerMark;
};

/** A sourced note on a theme some fans may want warning of, shown collapsed until asked for. */
export type ContentNoteView = {
  topic: ContentNoteTopic;
  label: string;
  note: string;
  sources: { outlet: string; url: string }[];
};

/** A statement in a list of many: enough to pick it out and follow the link. */
export type CommentaryLink = LinkRef & { date: string; speaker: string };

/** What every entity page carries besides its own fields. */
type Sourced = {
  sources: Source[];
  backlinks: BacklinkRef[];
  unverified: UnverifiedNote[];
};

/** What the page's <head> says: title and meta description. */
type Meta = { meta: { title: string; description: string } };

export type HomePageData = Meta & {
  kind: 'home';
  seasons: SeasonSummary[];
  featured?: CommentaryCard;
  /** The newest statements; the commentary index has them all. */
  feed: CommentaryCard[];
  counts: { episodes: number; characters: number; scenes: number; commentary: number };
};

export type SeasonSummary = {
  id: string;
  number: number;
  /** The season's last episode: its summary covers the whole season. */
  revealedIn: SpoilerMark;
  released: string;
  summary: string;
  directors: LinkRef[];
  episodes: EpisodeRef[];
  sources: Source[];
  unverified: UnverifiedNote[];
};

export type CharacterPageData = Meta &
  Sourced & {
    kind: 'character';
    id: string;
    name: string;
    aliases: string[];
    nicknames: string[];
    role: string;
    school?: string;
    description: string;
    playedBy: LinkRef[];
    firstAppearance: EpisodeRef;
    /** Set when the description gives away more than the first appearance does. */
    descriptionRevealedIn?: SpoilerMark;
    relationships: {
      kind: RelationshipKind;
      label: string;
      other: LinkRef;
      since: EpisodeRef;
      until?: EpisodeRef;
      note?: string;
    }[];
    appearances: { episode: EpisodeRef; scenes: LinkRef[] }[];
    commentary: CommentaryCard[];
  };

export type ActorPageData = Meta &
  Sourced & {
    kind: 'actor';
    id: string;
    name: string;
    pronouns?: string;
    bio: string;
    roles: LinkRef[];
    commentaryBy: CommentaryLink[];
    commentaryAbout: CommentaryCard[];
  };

export type PersonPageData = Meta &
  Sourced & {
    kind: 'person';
    id: string;
    name: string;
    pronouns?: string;
    roles: string[];
    bio: string;
    directed: EpisodeRef[];
    wrote: EpisodeRef[];
    commentaryBy: CommentaryLink[];
    commentaryAbout: CommentaryCard[];
  };

export type SceneSummary = {
  id: string;
  order: number;
  title: string;
  href: string;
  placement?: string;
  setting: string;
  description: string;
  characters: LinkRef[];
  contentNotes: ContentNoteView[];
  unverified: UnverifiedNote[];
};

export type EpisodePageData = Meta &
  Sourced & {
    kind: 'episode';
    code: string;
    season: number;
    number: number;
    overall: number;
    episodeTitle: string;
    released: string;
    runtimeMinutes?: number;
    directors: LinkRef[];
    writers: LinkRef[];
    synopsis: string;
    contentNotes: ContentNoteView[];
    scenes: SceneSummary[];
    characters: LinkRef[];
    commentary: CommentaryCard[];
    previous?: EpisodeRef;
    next?: EpisodeRef;
  };

export type ScenePageData = Meta &
  Sourced & {
    kind: 'scene';
    id: string;
    sceneTitle: string;
    episode: EpisodeRef;
    anchorHref: string;
    order: number;
    scenesInEpisode: number;
    placement?: string;
    setting: string;
    description: string;
    contentNotes: ContentNoteView[];
    characters: LinkRef[];
    commentary: CommentaryCard[];
    previous?: LinkRef;
    next?: LinkRef;
  };

export type CommentaryPageData = Meta &
  Sourced & {
    kind: 'commentary';
    card: CommentaryCard;
  };

export type CharactersIndexData = Meta & {
  kind: 'characters';
  items: (LinkRef & { role: string; playedBy: LinkRef[] })[];
};
export type ActorsIndexData = Meta & {
  kind: 'actors';
  items: (LinkRef & { roles: LinkRef[] })[];
  people: (LinkRef & { roles: string[] })[];
};
export type EpisodesIndexData = Meta & { kind: 'episodes'; seasons: SeasonSummary[] };
export type ScenesIndexData = Meta & {
  kind: 'scenes';
  episodes: { episode: EpisodeRef; scenes: LinkRef[] }[];
};
/** A statement in the full list: who, when, and its opening words, with the rest one click away. */
export type CommentaryRow = CommentaryLink & { excerpt: string; isQuote: boolean };
export type CommentaryIndexData = Meta & { kind: 'commentary-index'; items: CommentaryRow[] };

/** The fan's own page: everything on it lives in the browser, so the data is only its <head>. */
export type MyWikiPageData = Meta & { kind: 'my-wiki' };
/** Sends the fan to a page picked at random from the search titles. */
export type RandomPageData = Meta & { kind: 'random' };

/** Page data that is a page of its own (has an address and a <head>), as opposed to a redirect or an index file. */
export type RoutePageData = Extract<PageData, { meta: unknown }>;

export function isRoutePage(data: PageData | undefined): data is RoutePageData {
  return data !== undefined && 'meta' in data;
}

/** An alternate address: the page sends the fan on to the canonical one. */
export type RedirectData = { kind: 'redirect'; to: string };

export type PageData =
  | HomePageData
  | CharacterPageData
  | ActorPageData
  | PersonPageData
  | EpisodePageData
  | ScenePageData
  | CommentaryPageData
  | CharactersIndexData
  | ActorsIndexData
  | EpisodesIndexData
  | ScenesIndexData
  | CommentaryIndexData
  | AppearancesPageData
  | RelationshipsPageData
  | MyWikiPageData
  | RandomPageData
  | SearchTitlesData
  | SearchIndexData
  | RedirectData;

const RELATIONSHIP_LABELS: Record<RelationshipKind, string> = {
  partner: 'Partner',
  'ex-partner': 'Former partner',
  sibling: 'Sibling',
  parent: 'Parent',
  child: 'Child',
  'aunt-or-uncle': 'Aunt or uncle',
  'niece-or-nephew': 'Niece or nephew',
  friend: 'Friend',
  'former-friend': 'Former friend',
  teacher: 'Teacher',
  student: 'Student',
  teammate: 'Teammate',
  'love-interest': 'Love interest',
};

const CONTENT_NOTE_LABELS: Record<ContentNoteTopic, string> = {
  bullying: 'Bullying',
  homophobia: 'Homophobia',
  biphobia: 'Biphobia',
  outing: 'Being outed',
  violence: 'Violence',
  'eating-disorder': 'Eating disorder',
  'self-harm': 'Self-harm',
  'mental-health': 'Mental health',
  'parental-rejection': 'Parental rejection',
  slurs: 'Slurs',
  'unwanted-advances': 'Unwanted advances',
};

const SCHOOL_LABELS: Record<School, string> = {
  truham: 'Truham Grammar School',
  higgs: 'Higgs (girls’ school)',
  lambert: 'Lambert School of Art',
};

const SITE_NAME = 'Heartstopper Wiki';

export function episodeLabel(episode: Pick<Episode, 'id' | 'title'>): string {
  return `${episode.id.toUpperCase()}: ${episode.title}`;
}

/** Shorten body text to a meta description at a word boundary. */
function summarise(text: string, max = 155): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/**
 * Builds every page's data from the repository. `page(key)` returns `undefined` for an address that names
 * nothing, which the route turns into the 404 page.
 */
export function createPageDataBuilder(repo: Repository) {
  const episodeRef = (code: string): EpisodeRef => {
    const episode = repo.getEpisode(code);
    if (!episode) throw new Error(`page data: unknown episode ${code}`);
    return {
      code,
      title: episode.title,
      overall: episode.overall,
      label: episodeLabel(episode),
      href: paths.episode(code),
    };
  };

  const markOf = (kind: EntityKind | SubjectKind, id: string | undefined): SpoilerMark | undefined => {
    const episode = repo.revealedIn(kind, id);
    return episode && { code: episode.id, overall: episode.overall };
  };

  // The dataset is validated before pages are built, so a missing label is a bug in this module: fail loudly.
  const labelOf = (kind: EntityKind, id: string): string => {
    const label = repo.label(kind, id);
    if (label === undefined) throw new Error(`page data: unknown ${kind} ${id}`);
    return label;
  };

  const link = (kind: EntityKind, id: string): LinkRef => {
    const revealedIn = markOf(kind, id);
    return { label: labelOf(kind, id), href: hrefFor(kind, id), ...(revealedIn ? { revealedIn } : {}) };
  };

  const subjectRef = (subject: Subject): SubjectRef => ({
    kind: subject.kind,
    label: subject.kind === 'show' ? 'Heartstopper (the series)' : labelOf(subject.kind, subject.id ?? ''),
    href: hrefFor(subject.kind, subject.id),
    certainty: subject.certainty,
    ...(subject.note ? { note: subject.note } : {}),
  });

  const attribution = (item: Commentary): string => {
    const source = repo.getSource(item.sources[0] ?? '');
    if (!source) return '';
    return [source.outlet, source.author, source.event?.name].filter(Boolean).join(' · ');
  };

  const withMark = (kind: EntityKind, id: string): { revealedIn?: SpoilerMark } => {
    const revealedIn = markOf(kind, id);
    return revealedIn ? { revealedIn } : {};
  };

  const commentaryCard = (item: Commentary): CommentaryCard => ({
    id: item.id,
    href: paths.commentary(item.id),
    topic: item.topic,
    speaker: link(item.speaker.kind, item.speaker.id),
    date: item.date,
    ...(item.quote ? { quote: item.quote } : {}),
    summary: item.summary,
    about: item.about.map(subjectRef),
    attribution: attribution(item),
    ...withMark('commentary', item.id),
  });

  const commentaryLink = (item: Commentary): CommentaryLink => ({
    label: item.topic,
    href: paths.commentary(item.id),
    date: item.date,
    speaker: labelOf(item.speaker.kind, item.speaker.id),
    ...withMark('commentary', item.id),
  });

  // Sources have no pages of their own: they are listed on the pages that cite them.
  const backlinkRefs = (backlinks: Backlink[]): BacklinkRef[] =>
    backlinks
      .filter((backlink) => backlink.kind !== 'source')
      .map((backlink) => ({
        kind: backlink.kind,
        label: backlink.label,
        via: backlink.via,
        href: hrefFor(backlink.kind, backlink.id),
      }));

  const sourced = (
    kind: EntityKind,
    id: string,
    sources: string[],
    unverified?: UnverifiedNote[],
  ): Sourced => ({
    sources: repo.citedSources(sources),
    backlinks: backlinkRefs(repo.backlinks(kind, id)),
    unverified: unverified ?? [],
  });

  const seasonSummaries = (): SeasonSummary[] =>
    repo.seasons().map((season) => ({
      id: season.id,
      number: season.number,
      revealedIn: required(markOf('season', season.id), `season ${season.id} has no episodes`),
      released: season.released,
      summary: season.summary,
      directors: season.directors.map((id) => link('person', id)),
      episodes: repo.episodesOfSeason(season.number).map((episode) => episodeRef(episode.id)),
      sources: repo.citedSources(season.sources),
      unverified: season.unverified ?? [],
    }));

  const contentNoteViews = (notes: ContentNote[] | undefined): ContentNoteView[] =>
    (notes ?? []).map((note) => ({
      topic: note.topic,
      label: CONTENT_NOTE_LABELS[note.topic],
      note: note.note,
      sources: repo.citedSources(note.sources).map((source) => ({ outlet: source.outlet, url: source.url })),
    }));

  const sceneSummary = (id: string): SceneSummary | undefined => {
    const scene = repo.getScene(id);
    if (!scene) return undefined;
    return {
      id: scene.id,
      order: scene.order,
      title: scene.title,
      href: paths.scene(scene.id),
      ...(scene.placement ? { placement: scene.placement } : {}),
      setting: scene.setting,
      description: scene.description,
      characters: scene.characters.map((characterId) => link('character', characterId)),
      contentNotes: contentNoteViews(scene.contentNotes),
      unverified: scene.unverified ?? [],
    };
  };

  const home = (): HomePageData => {
    const all = repo.commentary();
    const feed = all.slice(0, HOME_FEED_LENGTH).map(commentaryCard);
    const favourite = repo.getCommentary(FEATURED_COMMENTARY);
    const featured = favourite ? commentaryCard(favourite) : undefined;
    return {
      kind: 'home',
      meta: {
        title: `${SITE_NAME}: episodes, characters, scenes and the creator’s own words`,
        description:
          'A fast, carefully sourced fan wiki for Netflix’s Heartstopper: every episode, character, actor and scene, and what Alice Oseman has said about them.',
      },
      seasons: seasonSummaries(),
      ...(featured ? { featured } : {}),
      feed,
      counts: {
        episodes: repo.episodes().length,
        characters: repo.characters().length,
        scenes: repo.scenes().length,
        commentary: all.length,
      },
    };
  };

  const character = (id: string): CharacterPageData | undefined => {
    const entry = repo.getCharacter(id);
    if (!entry) return undefined;
    return {
      kind: 'character',
      meta: { title: `${entry.name} · ${SITE_NAME}`, description: summarise(entry.description) },
      id: entry.id,
      name: entry.name,
      aliases: entry.aliases,
      nicknames: entry.nicknames,
      role: entry.role,
      ...(entry.school ? { school: SCHOOL_LABELS[entry.school] } : {}),
      description: entry.description,
      playedBy: entry.actors.map((actorId) => link('actor', actorId)),
      firstAppearance: episodeRef(entry.firstAppearance),
      ...(entry.descriptionReveals ? { descriptionRevealedIn: episodeRef(entry.descriptionReveals) } : {}),
      relationships: repo.relationshipsOf(entry.id).map(({ relationship, other }) => ({
        kind: relationship.kind,
        // The data records what this character is to the other; the page names what the other is to them.
        label: RELATIONSHIP_LABELS[INVERSE_RELATIONSHIP[relationship.kind]],
        other: link('character', other.id),
        since: episodeRef(relationship.since),
        ...(relationship.until ? { until: episodeRef(relationship.until) } : {}),
        ...(relationship.note ? { note: relationship.note } : {}),
      })),
      appearances: repo.appearancesOfCharacter(entry.id).map((appearance) => ({
        episode: episodeRef(appearance.episode.id),
        scenes: appearance.scenes.map((scene) => ({
          label: scene.title,
          href: paths.sceneInEpisode(scene.episode, scene.id),
          ...withMark('scene', scene.id),
        })),
      })),
      commentary: repo.commentaryAbout('character', entry.id).map(commentaryCard),
      ...sourced('character', entry.id, entry.sources, entry.unverified),
    };
  };

  const actor = (id: string): ActorPageData | undefined => {
    const entry = repo.getActor(id);
    if (!entry) return undefined;
    const roles = repo.rolesOfActor(entry.id);
    return {
      kind: 'actor',
      meta: {
        title: `${entry.name} · ${SITE_NAME}`,
        description: summarise(
          roles.length > 0
            ? `${entry.name} plays ${roles.map((role) => role.name).join(' and ')} in Heartstopper. ${entry.bio}`
            : entry.bio,
        ),
      },
      id: entry.id,
      name: entry.name,
      ...(entry.pronouns ? { pronouns: entry.pronouns } : {}),
      bio: entry.bio,
      roles: roles.map((role) => link('character', role.id)),
      commentaryBy: repo.commentaryBy('actor', entry.id).map(commentaryLink),
      commentaryAbout: repo.commentaryAbout('actor', entry.id).map(commentaryCard),
      ...sourced('actor', entry.id, entry.sources, entry.unverified),
    };
  };

  const person = (id: string): PersonPageData | undefined => {
    const entry = repo.getPerson(id);
    if (!entry) return undefined;
    const credits = repo.creditsOfPerson(entry.id);
    return {
      kind: 'person',
      meta: { title: `${entry.name} · ${SITE_NAME}`, description: summarise(entry.bio) },
      id: entry.id,
      name: entry.name,
      ...(entry.pronouns ? { pronouns: entry.pronouns } : {}),
      roles: entry.roles.map((role) => role.replace(/-/g, ' ')),
      bio: entry.bio,
      directed: credits.directed.map((episode) => episodeRef(episode.id)),
      wrote: credits.wrote.map((episode) => episodeRef(episode.id)),
      commentaryBy: repo.commentaryBy('person', entry.id).map(commentaryLink),
      commentaryAbout: repo.commentaryAbout('person', entry.id).map(commentaryCard),
      ...sourced('person', entry.id, entry.sources, entry.unverified),
    };
  };

  const episode = (code: string): EpisodePageData | undefined => {
    const entry = repo.getEpisode(code);
    if (!entry) return undefined;
    const { previous, next } = repo.neighbours(entry.id);
    return {
      kind: 'episode',
      meta: {
        title: `${episodeLabel(entry)} · ${SITE_NAME}`,
        description: summarise(`Season ${entry.season}, episode ${entry.number}. ${entry.synopsis}`),
      },
      code: entry.id,
      season: entry.season,
      number: entry.number,
      overall: entry.overall,
      episodeTitle: entry.title,
      released: entry.released,
      ...(entry.runtimeMinutes ? { runtimeMinutes: entry.runtimeMinutes } : {}),
      directors: entry.directors.map((id) => link('person', id)),
      writers: entry.writers.map((id) => link('person', id)),
      synopsis: entry.synopsis,
      contentNotes: contentNoteViews(entry.contentNotes),
      scenes: repo
        .scenesOfEpisode(entry.id)
        .map((scene) => sceneSummary(scene.id))
        .filter((scene) => scene !== undefined),
      characters: repo.charactersOfEpisode(entry.id).map((character) => link('character', character.id)),
      commentary: repo.commentaryAboutEpisodeOrItsScenes(entry.id).map(commentaryCard),
      ...(previous ? { previous: episodeRef(previous.id) } : {}),
      ...(next ? { next: episodeRef(next.id) } : {}),
      ...sourced('episode', entry.id, entry.sources, entry.unverified),
    };
  };

  const scene = (id: string): ScenePageData | undefined => {
    const entry = repo.getScene(id);
    if (!entry) return undefined;
    const episodeOfScene = episodeRef(entry.episode);
    const { previous, next } = repo.sceneNeighbours(entry.id);
    return {
      kind: 'scene',
      meta: {
        title: `${entry.title} (${entry.episode.toUpperCase()}) · ${SITE_NAME}`,
        description: summarise(`A scene in ${episodeOfScene.label}. ${entry.description}`),
      },
      id: entry.id,
      sceneTitle: entry.title,
      episode: episodeOfScene,
      anchorHref: paths.sceneInEpisode(entry.episode, entry.id),
      order: entry.order,
      scenesInEpisode: repo.scenesOfEpisode(entry.episode).length,
      ...(entry.placement ? { placement: entry.placement } : {}),
      setting: entry.setting,
      description: entry.description,
      contentNotes: contentNoteViews(entry.contentNotes),
      characters: entry.characters.map((characterId) => link('character', characterId)),
      commentary: repo.commentaryAbout('scene', entry.id).map(commentaryCard),
      ...(previous ? { previous: link('scene', previous.id) } : {}),
      ...(next ? { next: link('scene', next.id) } : {}),
      ...sourced('scene', entry.id, entry.sources, entry.unverified),
    };
  };

  const commentary = (id: string): CommentaryPageData | undefined => {
    const entry = repo.getCommentary(id);
    if (!entry) return undefined;
    const card = commentaryCard(entry);
    return {
      kind: 'commentary',
      meta: {
        title: `${card.speaker.label} on ${entry.topic.toLowerCase()}, ${formatDate(entry.date)} · ${SITE_NAME}`,
        description: summarise(entry.quote ? `“${entry.quote.join(' … ')}”` : entry.summary),
      },
      card,
      ...sourced('commentary', entry.id, entry.sources, entry.unverified),
    };
  };

  const charactersIndex = (): CharactersIndexData => ({
    kind: 'characters',
    meta: {
      title: `Characters · ${SITE_NAME}`,
      description: `All ${repo.characters().length} characters of Heartstopper, who plays them and how they are connected.`,
    },
    items: repo.characters().map((entry) => ({
      ...link('character', entry.id),
      role: entry.role,
      playedBy: entry.actors.map((actorId) => link('actor', actorId)),
    })),
  });

  const actorsIndex = (): ActorsIndexData => ({
    kind: 'actors',
    meta: {
      title: `Cast and crew · ${SITE_NAME}`,
      description: 'The actors who play Heartstopper’s characters, and the people behind the camera.',
    },
    items: repo.actors().map((entry) => ({
      ...link('actor', entry.id),
      roles: repo.rolesOfActor(entry.id).map((role) => link('character', role.id)),
    })),
    people: repo.people().map((entry) => ({
      ...link('person', entry.id),
      roles: entry.roles.map((role) => role.replace(/-/g, ' ')),
    })),
  });

  const episodesIndex = (): EpisodesIndexData => ({
    kind: 'episodes',
    meta: {
      title: `Episodes · ${SITE_NAME}`,
      description: `All ${repo.episodes().length} episodes of Heartstopper's three seasons, with release dates and scenes.`,
    },
    seasons: seasonSummaries(),
  });

  const scenesIndex = (): ScenesIndexData => ({
    kind: 'scenes',
    meta: {
      title: `Scenes · ${SITE_NAME}`,
      description: `${repo.scenes().length} scenes of Heartstopper, episode by episode, with who is in them.`,
    },
    episodes: repo.episodes().map((entry) => ({
      episode: episodeRef(entry.id),
      scenes: repo.scenesOfEpisode(entry.id).map((scene) => link('scene', scene.id)),
    })),
  });

  const commentaryIndex = (): CommentaryIndexData => ({
    kind: 'commentary-index',
    meta: {
      title: `Commentary · ${SITE_NAME}`,
      description:
        'What Alice Oseman, the directors and the cast have said about Heartstopper, newest first.',
    },
    // Compact rows, not full cards: the list grows with every statement added, and the page must stay within
    // one network round trip (npm run size).
    items: repo.commentary().map((item) => ({
      ...commentaryLink(item),
      excerpt: summarise(item.quote?.[0] ?? item.summary, 160),
      isQuote: item.quote !== undefined,
    })),
  });

  // Both search keys come from one build of the documents.
  let documents: SearchDocument[] | undefined;
  const searchDocuments = (): SearchDocument[] => {
    documents ??= buildSearchDocuments(repo);
    return documents;
  };

  type EntityPage = (slug: string) => PageData | undefined;
  const entityPages: Record<EntityCollection, { build: EntityPage; kind: AliasKind }> = {
    characters: { build: character, kind: 'characters' },
    actors: { build: actor, kind: 'actors' },
    people: { build: person, kind: 'people' },
    episodes: { build: episode, kind: 'episodes' },
    scenes: { build: scene, kind: 'scenes' },
    commentary: { build: commentary, kind: 'commentary' },
  };
  const indexPages: Record<IndexCollection, () => PageData> = {
    characters: charactersIndex,
    actors: actorsIndex,
    episodes: episodesIndex,
    scenes: scenesIndex,
    commentary: commentaryIndex,
  };

  const glance = createGlanceBuilder({ repo, episodeRef, link, siteName: SITE_NAME });

  /** The data for one page key (`home`, `characters`, `characters/nick-nelson`), or undefined. */
  const page = (key: string): PageData | undefined => {
    if (key === pageDataKeys.home()) return home();
    if (key === pageDataKeys.searchTitles()) {
      return { kind: 'search-titles', documents: searchDocuments().map(toTitleDocument) };
    }
    if (key === pageDataKeys.searchIndex()) return { kind: 'search-index', documents: searchDocuments() };
    if (key === pageDataKeys.appearances()) return glance.appearances();
    if (key === pageDataKeys.relationships()) return glance.relationships();
    if (key === pageDataKeys.myWiki()) {
      return {
        kind: 'my-wiki',
        meta: {
          title: `My wiki · ${SITE_NAME}`,
          description:
            'Your watch progress, spoiler shield and favourites, kept in this browser, with export and import.',
        },
      };
    }
    if (key === pageDataKeys.random()) {
      return {
        kind: 'random',
        meta: {
          title: `Random page · ${SITE_NAME}`,
          description: 'A page of the Heartstopper Wiki picked at random.',
        },
      };
    }
    const [collection, slug, ...rest] = key.split('/');
    if (rest.length > 0 || collection === undefined) return undefined;
    if (slug === undefined) return isIndexCollection(collection) ? indexPages[collection]() : undefined;
    if (!isEntityCollection(collection)) return undefined;
    const { build, kind } = entityPages[collection];
    const direct = build(slug);
    if (direct) return direct;
    const resolved = repo.resolveSlug(kind, slug);
    if (!resolved) return undefined;
    return { kind: 'redirect', to: `/${collection}/${resolved.id}` };
  };

  /** Every key that has a page: what the build writes and what the tests walk. */
  const keys = (): string[] => [
    pageDataKeys.home(),
    pageDataKeys.searchTitles(),
    pageDataKeys.searchIndex(),
    pageDataKeys.appearances(),
    pageDataKeys.relationships(),
    pageDataKeys.myWiki(),
    pageDataKeys.random(),
    ...INDEX_COLLECTIONS.map((collection) => pageDataKeys.index(collection)),
    ...repo
      .characters()
      .flatMap((entry) => [
        pageDataKeys.entity('characters', entry.id),
        ...(entry.slugAliases ?? []).map((alias) => pageDataKeys.entity('characters', alias)),
      ]),
    ...repo.actors().flatMap((entry) => withAliases('actors', entry.id, entry.aliases)),
    ...repo.people().flatMap((entry) => withAliases('people', entry.id, entry.aliases)),
    ...repo.episodes().map((entry) => pageDataKeys.entity('episodes', entry.id)),
    ...repo.scenes().flatMap((entry) => withAliases('scenes', entry.id, entry.aliases)),
    ...repo.commentary().flatMap((entry) => withAliases('commentary', entry.id, entry.aliases)),
  ];

  const episodeList = (): EpisodeListItem[] =>
    repo.episodes().map((entry) => ({
      code: entry.id,
      overall: entry.overall,
      season: entry.season,
      number: entry.number,
      title: entry.title,
    }));

  return { page, keys, episodeList };
}

function required<T>(value: T | undefined, problem: string): T {
  if (value === undefined) throw new Error(`page data: ${problem}`);
  return value;
}

const FEATURED_COMMENTARY = 'oseman-favourite-scene';
// Enough to show what is new without making the home page's HTML heavier than one network round trip.
const HOME_FEED_LENGTH = 8;
const INDEX_COLLECTIONS: IndexCollection[] = ['characters', 'actors', 'episodes', 'scenes', 'commentary'];
const ENTITY_COLLECTIONS: EntityCollection[] = [...INDEX_COLLECTIONS, 'people'];
type AliasKind = EntityCollection;

function isIndexCollection(value: string): value is IndexCollection {
  return INDEX_COLLECTIONS.some((collection) => collection === value);
}

function isEntityCollection(value: string): value is EntityCollection {
  return ENTITY_COLLECTIONS.some((collection) => collection === value);
}

function withAliases(collection: EntityCollection, id: string, aliases: string[] | undefined): string[] {
  return [
    pageDataKeys.entity(collection, id),
    ...(aliases ?? []).map((alias) => pageDataKeys.entity(collection, alias)),
  ];
}

export type PageDataBuilder = ReturnType<typeof createPageDataBuilder>;
