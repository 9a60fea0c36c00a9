/**
 * Typed, read-only access to the dataset for pages: lookups by id, lists in display order, slug and alias
 * resolution, and the cross-references ("appears in", "what links here") that no single file records.
 *
 * Pure by design: no file access and nothing runs at import time, so the same module works in the browser,
 * at build time and in tests. All indexes are computed once in `createRepository`, so page renders only do
 * map lookups. Schema types are imported with `import type`, so zod never reaches the browser bundle.
 *
 * The repository trusts nothing it does not need to: a dangling reference (which the validator reports) is
 * skipped rather than thrown on, so one bad file cannot take down every page.
 */
import type { EntryCollection, EntryKind } from '../lib/routes';
import { latestEpisode } from './latest-episode';
import type {
  Actor,
  Award,
  Book,
  Character,
  Commentary,
  Dataset,
  Episode,
  Film,
  Person,
  Place,
  Relationship,
  Scene,
  Season,
  Song,
  Source,
  SubjectKind,
} from './schema';

/** Every kind of entry something can link to: the kinds of entry page, seasons and sources. */
export type EntityKind = 'season' | EntryKind | 'source';

/** The order "what links here" groups are shown in: the story first, then who made it, then what was said. */
const BACKLINK_ORDER: Record<EntityKind, number> = {
  season: 0,
  episode: 1,
  scene: 2,
  character: 3,
  actor: 4,
  person: 5,
  commentary: 6,
  song: 7,
  place: 8,
  book: 9,
  source: 10,
};

/** The collections whose entries have addresses that old or alternate slugs may point at. */
export type SlugKind = EntryCollection;

/**
 * `isAlias` is true when the address matched an alias or an alternate episode spelling (`s01e04`, `1x04`), so
 * the router can redirect to the canonical address. Case and a trailing slash alone do not count.
 */
export type ResolvedSlug = { id: string; isAlias: boolean };

/** One "what links here" row: the entry that links, and the field through which it links. */
export type Backlink = { kind: EntityKind; id: string; label: string; via: string };

/** An episode a character appears in, with their scenes in it (empty for a first appearance with no scene). */
export type Appearance = { episode: Episode; scenes: Scene[] };

export type RelationshipLink = { relationship: Relationship; other: Character };

export type PersonCredits = { directed: Episode[]; wrote: Episode[]; seasonsDirected: Season[] };

export type EpisodeNeighbours = { previous?: Episode; next?: Episode };

export type SceneNeighbours = { previous?: Scene; next?: Scene };

/** A part of a book an episode adapts. */
export type EpisodeAdaptation = { book: Book; chapters?: string; note?: string; sources: string[] };

/** A sourced difference between an episode and the book it adapts. */
export type EpisodeChange = { book: Book; note: string; sources: string[] };

/**
 * Every list the repository returns is a fresh array, so a caller that sorts or splices its copy cannot
 * corrupt the shared indexes. The entries themselves are the dataset's own objects and must not be mutated.
 */
export type Repository = {
  getSource(id: string): Source | undefined;
  getPerson(id: string): Person | undefined;
  getActor(id: string): Actor | undefined;
  getSeason(id: string): Season | undefined;
  getEpisode(code: string): Episode | undefined;
  getCharacter(id: string): Character | undefined;
  getScene(id: string): Scene | undefined;
  getCommentary(id: string): Commentary | undefined;
  getSong(id: string): Song | undefined;
  getPlace(id: string): Place | undefined;
  getBook(id: string): Book | undefined;

  /** By season number. */
  seasons(): Season[];
  /** By overall position. */
  episodes(): Episode[];
  /** By episode number within the season. */
  episodesOfSeason(seasonNumber: number): Episode[];
  /** Alphabetical by name, ties by id. */
  characters(): Character[];
  /** Alphabetical by name, ties by id. */
  actors(): Actor[];
  /** Alphabetical by name, ties by id. */
  people(): Person[];
  /** By episode, then by order within the episode. */
  scenes(): Scene[];
  /** Newest first by date (a month-only or year-only date sorts after full dates in that month or year), ties by id. */
  commentary(): Commentary[];
  /** By season, then by episode (songs tied only to a season last in it), ties by title. */
  songs(): Song[];
  /** Alphabetical by name, ties by id. */
  places(): Place[];
  /** The Heartstopper volumes in order, then the other books by publication date. */
  books(): Book[];
  /** Newest year first, then by ceremony and category. */
  awards(): Award[];
  films(): Film[];
  /** By id: the sources every other entry cites. */
  sources(): Source[];

  resolveSlug(kind: SlugKind, slug: string): ResolvedSlug | undefined;

  /** By order within the episode. */
  scenesOfEpisode(code: string): Scene[];
  /** In scene display order. */
  scenesOfCharacter(id: string): Scene[];
  /** Episodes the character has scenes in, plus their first appearance, in episode order. */
  appearancesOfCharacter(id: string): Appearance[];
  /** Characters in the episode's scenes, most scenes first, ties by name. */
  charactersOfEpisode(code: string): Character[];
  /** Characters the actor plays, by name. */
  rolesOfActor(id: string): Character[];
  creditsOfPerson(id: string): PersonCredits;
  /** Commentary with exactly this subject (for `show`, leave `id` out). Newest first. */
  commentaryAbout(kind: SubjectKind, id?: string): Commentary[];
  /** Commentary about the episode itself or about any of its scenes. Newest first. */
  commentaryAboutEpisodeOrItsScenes(code: string): Commentary[];
  commentaryBy(kind: 'person' | 'actor', id: string): Commentary[];
  /** In the order the character's file records them; links to missing characters are left out. */
  relationshipsOf(id: string): RelationshipLink[];
  songsOfEpisode(code: string): Song[];
  songsOfScene(sceneId: string): Song[];
  /** Places seen in the episode (story settings and where they were filmed), by name. */
  placesOfEpisode(code: string): Place[];
  placesOfScene(sceneId: string): Place[];
  /** The filming places that stood in for a story setting. */
  filmingPlacesOf(placeId: string): Place[];
  adaptationsOfEpisode(code: string): EpisodeAdaptation[];
  changesOfEpisode(code: string): EpisodeChange[];
  /** Nominations of this entry (for `show`, leave `id` out). */
  awardsOf(kind: Award['nominee']['kind'], id?: string): Award[];
  /** Previous and next episode in overall order, across season boundaries. */
  neighbours(code: string): EpisodeNeighbours;
  /** Previous and next scene within the same episode. */
  sceneNeighbours(sceneId: string): SceneNeighbours;
  /** Everything that references this entry, one row per (kind, id, via), sorted by kind then label. */
  backlinks(kind: EntityKind, id: string): Backlink[];
  /** The sources with these ids, in the given order, without duplicates or unknown ids. */
  citedSources(ids: readonly string[]): Source[];
  /** The display name of an entry, or undefined when it does not exist. */
  label(kind: EntityKind, id: string): string | undefined;
  /**
   * The episode a fan must have watched before this entry gives nothing away, for the spoiler shield:
   * an episode itself, a scene's episode, a character's first appearance, a season's last episode, and for
   * commentary the latest of what it is about. Undefined for entries no episode can spoil (actors, people,
   * the show as a whole).
   */
  revealedIn(kind: EntityKind | SubjectKind, id: string | undefined): Episode | undefined;
};

/** Numeric collation so that "S1E10" sorts after "S1E9" and "Season 10" after "Season 9". */
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Code-point order for ids: a deterministic tie-break that does not depend on the runtime's locale data. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byNameThenId(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return collator.compare(a.name, b.name) || compareIds(a.id, b.id);
}

/** First entry wins on a duplicate id: the validator reports duplicates, pages should still render. */
function indexById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (!map.has(item.id)) map.set(item.id, item);
  }
  return map;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function normaliseSlug(slug: string): string {
  return slug.trim().replace(/\/+$/, '').toLowerCase();
}

/** Alternate spellings fans type or old links use: "s01e04" and "1x04" both mean "s1e4". */
const EPISODE_SPELLINGS = [/^s0*([1-9][0-9]*)e0*([1-9][0-9]*)$/, /^0*([1-9][0-9]*)x0*([1-9][0-9]*)$/];

function canonicalEpisodeCode(slug: string): string | undefined {
  for (const pattern of EPISODE_SPELLINGS) {
    const match = pattern.exec(slug);
    if (match) return `s${match[1]}e${match[2]}`;
  }
  return undefined;
}

function subjectKey(kind: string, id: string | undefined): string {
  return id === undefined ? kind : `${kind}:${id}`;
}

export function createRepository(dataset: Dataset): Repository {
  const sourcesById = indexById(dataset.sources);
  const peopleById = indexById(dataset.people);
  const actorsById = indexById(dataset.actors);
  const seasonsById = indexById(dataset.seasons);
  const episodesById = indexById(dataset.episodes);
  const charactersById = indexById(dataset.characters);
  const scenesById = indexById(dataset.scenes);
  const commentaryById = indexById(dataset.commentary);
  const songsById = indexById(dataset.songs);
  const placesById = indexById(dataset.places);
  const booksById = indexById(dataset.books);

  const sortedSeasons = [...seasonsById.values()].sort(
    (a, b) => compareNumbers(a.number, b.number) || compareIds(a.id, b.id),
  );
  const sortedEpisodes = [...episodesById.values()].sort(
    (a, b) => compareNumbers(a.overall, b.overall) || compareIds(a.id, b.id),
  );
  const sortedCharacters = [...charactersById.values()].sort(byNameThenId);
  const sortedActors = [...actorsById.values()].sort(byNameThenId);
  const sortedPeople = [...peopleById.values()].sort(byNameThenId);

  // Scenes of an unknown episode sort last rather than breaking the order of the rest.
  const overallOf = (code: string): number => episodesById.get(code)?.overall ?? Number.POSITIVE_INFINITY;
  const sortedScenes = [...scenesById.values()].sort(
    (a, b) =>
      compareNumbers(overallOf(a.episode), overallOf(b.episode)) ||
      compareIds(a.episode, b.episode) ||
      compareNumbers(a.order, b.order) ||
      compareIds(a.id, b.id),
  );
  // ISO-style partial dates compare correctly as strings; a bare "2023" sorts below "2023-02-17".
  const sortedCommentary = [...commentaryById.values()].sort(
    (a, b) => compareIds(b.date, a.date) || compareIds(a.id, b.id),
  );

  const sortedSongs = [...songsById.values()].sort(
    (a, b) =>
      compareNumbers(a.season, b.season) ||
      compareNumbers(
        a.episode === undefined ? Number.POSITIVE_INFINITY : overallOf(a.episode),
        b.episode === undefined ? Number.POSITIVE_INFINITY : overallOf(b.episode),
      ) ||
      collator.compare(a.title, b.title) ||
      compareIds(a.id, b.id),
  );
  const sortedPlaces = [...placesById.values()].sort(byNameThenId);
  const sortedBooks = [...booksById.values()].sort(
    (a, b) =>
      compareNumbers(a.volume ?? Number.POSITIVE_INFINITY, b.volume ?? Number.POSITIVE_INFINITY) ||
      compareIds(a.published ?? '9999', b.published ?? '9999') ||
      collator.compare(a.title, b.title),
  );
  const sortedAwards = [...indexById(dataset.awards).values()].sort(
    (a, b) =>
      compareNumbers(b.year, a.year) ||
      collator.compare(a.ceremony, b.ceremony) ||
      collator.compare(a.category, b.category) ||
      compareIds(a.id, b.id),
  );
  const sortedFilms = [...indexById(dataset.films).values()];
  const sortedSources = [...sourcesById.values()].sort((a, b) => compareIds(a.id, b.id));

  const songsByEpisode = new Map<string, Song[]>();
  const songsByScene = new Map<string, Song[]>();
  for (const song of sortedSongs) {
    if (song.episode !== undefined) pushTo(songsByEpisode, song.episode, song);
    if (song.scene !== undefined) pushTo(songsByScene, song.scene, song);
  }
  const placesByEpisode = new Map<string, Place[]>();
  const placesByScene = new Map<string, Place[]>();
  const filmingPlaces = new Map<string, Place[]>();
  for (const place of sortedPlaces) {
    for (const code of place.episodes) pushTo(placesByEpisode, code, place);
    for (const sceneId of place.scenes ?? []) pushTo(placesByScene, sceneId, place);
    for (const settingId of place.standsInFor ?? []) pushTo(filmingPlaces, settingId, place);
  }
  const adaptationsByEpisode = new Map<string, EpisodeAdaptation[]>();
  const changesByEpisode = new Map<string, EpisodeChange[]>();
  for (const book of sortedBooks) {
    for (const adaptation of book.adaptations ?? []) {
      for (const code of adaptation.episodes) {
        pushTo(adaptationsByEpisode, code, {
          book,
          ...(adaptation.chapters ? { chapters: adaptation.chapters } : {}),
          ...(adaptation.note ? { note: adaptation.note } : {}),
          sources: adaptation.sources,
        });
      }
    }
    for (const change of book.changes ?? []) {
      pushTo(changesByEpisode, change.episode, { book, note: change.note, sources: change.sources });
    }
  }
  const awardsByNominee = new Map<string, Award[]>();
  for (const award of sortedAwards) {
    pushTo(awardsByNominee, subjectKey(award.nominee.kind, award.nominee.id), award);
  }

  const seasonBySeasonNumber = new Map<number, Season>();
  for (const season of sortedSeasons) {
    if (!seasonBySeasonNumber.has(season.number)) seasonBySeasonNumber.set(season.number, season);
  }
  const seasonIdOf = (seasonNumber: number): string =>
    seasonBySeasonNumber.get(seasonNumber)?.id ?? `s${seasonNumber}`;

  const episodesBySeason = new Map<number, Episode[]>();
  for (const episode of sortedEpisodes) pushTo(episodesBySeason, episode.season, episode);
  for (const list of episodesBySeason.values()) {
    list.sort((a, b) => compareNumbers(a.number, b.number) || compareIds(a.id, b.id));
  }

  // Built from the sorted scene list, so every per-key list is already in display order.
  const scenesByEpisode = new Map<string, Scene[]>();
  const scenesByCharacter = new Map<string, Scene[]>();
  for (const scene of sortedScenes) {
    pushTo(scenesByEpisode, scene.episode, scene);
    for (const characterId of scene.characters) pushTo(scenesByCharacter, characterId, scene);
  }

  const charactersByActor = new Map<string, Character[]>();
  for (const character of sortedCharacters) {
    for (const actorId of character.actors) pushTo(charactersByActor, actorId, character);
  }

  const episodesDirected = new Map<string, Episode[]>();
  const episodesWritten = new Map<string, Episode[]>();
  for (const episode of sortedEpisodes) {
    for (const personId of episode.directors) pushTo(episodesDirected, personId, episode);
    for (const personId of episode.writers) pushTo(episodesWritten, personId, episode);
  }
  const seasonsDirected = new Map<string, Season[]>();
  for (const season of sortedSeasons) {
    for (const personId of season.directors) pushTo(seasonsDirected, personId, season);
  }

  const commentaryBySubject = new Map<string, Commentary[]>();
  const commentaryBySpeaker = new Map<string, Commentary[]>();
  for (const item of sortedCommentary) {
    for (const subject of item.about) pushTo(commentaryBySubject, subjectKey(subject.kind, subject.id), item);
    pushTo(commentaryBySpeaker, subjectKey(item.speaker.kind, item.speaker.id), item);
  }

  const episodeLabel = (episode: Episode): string => `${episode.id.toUpperCase()}: ${episode.title}`;
  const seasonLabel = (season: Season): string => `Season ${season.number}`;
  const sourceLabel = (source: Source): string => `${source.outlet}: ${source.title}`;

  const label = (kind: EntityKind, id: string): string | undefined => {
    switch (kind) {
      case 'character':
        return charactersById.get(id)?.name;
      case 'actor':
        return actorsById.get(id)?.name;
      case 'person':
        return peopleById.get(id)?.name;
      case 'episode': {
        const episode = episodesById.get(id);
        return episode && episodeLabel(episode);
      }
      case 'scene':
        return scenesById.get(id)?.title;
      case 'commentary':
        return commentaryById.get(id)?.topic;
      case 'season': {
        const season = seasonsById.get(id);
        return season && seasonLabel(season);
      }
      case 'source': {
        const source = sourcesById.get(id);
        return source && sourceLabel(source);
      }
      case 'song':
        return songsById.get(id)?.title;
      case 'place':
        return placesById.get(id)?.name;
      case 'book':
        return booksById.get(id)?.title;
    }
  };

  const slugIndexes = buildSlugIndexes(dataset);

  const revealedIn = (kind: EntityKind | SubjectKind, id: string | undefined): Episode | undefined => {
    if (id === undefined) return undefined;
    switch (kind) {
      case 'episode':
        return episodesById.get(id);
      case 'scene': {
        const scene = scenesById.get(id);
        return scene && episodesById.get(scene.episode);
      }
      case 'character': {
        const character = charactersById.get(id);
        return character && episodesById.get(character.firstAppearance);
      }
      case 'season': {
        const season = seasonsById.get(id);
        return season && latestEpisode(episodesBySeason.get(season.number) ?? []);
      }
      case 'commentary': {
        const item = commentaryById.get(id);
        return item && latestEpisode(item.about.map((subject) => revealedIn(subject.kind, subject.id)));
      }
      case 'song': {
        // A song the sources tie only to its season could play in any of its episodes: the whole season.
        const song = songsById.get(id);
        if (!song) return undefined;
        return song.episode === undefined
          ? latestEpisode(episodesBySeason.get(song.season) ?? [])
          : episodesById.get(song.episode);
      }
      case 'book': {
        // What a book says is on screen once the last episode adapting it has been watched.
        const book = booksById.get(id);
        return latestEpisode(
          (book?.adaptations ?? []).flatMap((adaptation) =>
            adaptation.episodes.map((code) => episodesById.get(code)),
          ),
        );
      }
      case 'place': {
        // A place gives itself away in the first episode it is seen in.
        const place = placesById.get(id);
        const seenIn = (place?.episodes ?? [])
          .map((code) => episodesById.get(code))
          .filter((episode): episode is Episode => episode !== undefined);
        return seenIn.reduce<Episode | undefined>(
          (first, episode) => (first === undefined || episode.overall < first.overall ? episode : first),
          undefined,
        );
      }
      default:
        return undefined;
    }
  };

  const backlinkIndex = buildBacklinks(dataset, label, seasonIdOf);

  const appearancesOfCharacter = (id: string): Appearance[] => {
    const character = charactersById.get(id);
    if (character === undefined) return [];
    const byEpisode = new Map<string, Scene[]>();
    for (const scene of scenesByCharacter.get(id) ?? []) pushTo(byEpisode, scene.episode, scene);
    if (!byEpisode.has(character.firstAppearance)) byEpisode.set(character.firstAppearance, []);
    const appearances: Appearance[] = [];
    for (const [code, scenes] of byEpisode) {
      const episode = episodesById.get(code);
      if (episode) appearances.push({ episode, scenes });
    }
    return appearances.sort(
      (a, b) =>
        compareNumbers(a.episode.overall, b.episode.overall) || compareIds(a.episode.id, b.episode.id),
    );
  };

  const charactersOfEpisode = (code: string): Character[] => {
    const sceneCounts = new Map<string, number>();
    for (const scene of scenesByEpisode.get(code) ?? []) {
      // A character listed twice in one scene still counts once for it.
      for (const characterId of new Set(scene.characters)) {
        sceneCounts.set(characterId, (sceneCounts.get(characterId) ?? 0) + 1);
      }
    }
    const ranked: { character: Character; count: number }[] = [];
    for (const [characterId, count] of sceneCounts) {
      const character = charactersById.get(characterId);
      if (character) ranked.push({ character, count });
    }
    ranked.sort((a, b) => compareNumbers(b.count, a.count) || byNameThenId(a.character, b.character));
    return ranked.map((entry) => entry.character);
  };

  const commentaryAboutEpisodeOrItsScenes = (code: string): Commentary[] => {
    const found = new Set<Commentary>(commentaryBySubject.get(subjectKey('episode', code)) ?? []);
    for (const scene of scenesByEpisode.get(code) ?? []) {
      for (const item of commentaryBySubject.get(subjectKey('scene', scene.id)) ?? []) found.add(item);
    }
    // Filtering the sorted list keeps the newest-first order without sorting again.
    return sortedCommentary.filter((item) => found.has(item));
  };

  const relationshipsOf = (id: string): RelationshipLink[] => {
    const links: RelationshipLink[] = [];
    for (const relationship of charactersById.get(id)?.relationships ?? []) {
      const other = charactersById.get(relationship.with);
      if (other) links.push({ relationship, other });
    }
    return links;
  };

  const neighbours = (code: string): EpisodeNeighbours => {
    const index = sortedEpisodes.findIndex((episode) => episode.id === code);
    if (index === -1) return {};
    return { previous: sortedEpisodes[index - 1], next: sortedEpisodes[index + 1] };
  };

  const sceneNeighbours = (sceneId: string): SceneNeighbours => {
    const scene = scenesById.get(sceneId);
    if (scene === undefined) return {};
    const siblings = scenesByEpisode.get(scene.episode) ?? [];
    const index = siblings.indexOf(scene);
    return { previous: siblings[index - 1], next: siblings[index + 1] };
  };

  const citedSources = (ids: readonly string[]): Source[] => {
    const found: Source[] = [];
    for (const id of ids) {
      const source = sourcesById.get(id);
      if (source && !found.includes(source)) found.push(source);
    }
    return found;
  };

  const resolveSlug = (kind: SlugKind, slug: string): ResolvedSlug | undefined => {
    const normalised = normaliseSlug(slug);
    const index = slugIndexes[kind];
    const direct = index.get(normalised);
    if (direct) return { ...direct };
    if (kind === 'episodes') {
      const code = canonicalEpisodeCode(normalised);
      if (code !== undefined && episodesById.has(code)) return { id: code, isAlias: true };
    }
    return undefined;
  };

  return {
    getSource: (id) => sourcesById.get(id),
    getPerson: (id) => peopleById.get(id),
    getActor: (id) => actorsById.get(id),
    getSeason: (id) => seasonsById.get(id),
    getEpisode: (code) => episodesById.get(code),
    getCharacter: (id) => charactersById.get(id),
    getScene: (id) => scenesById.get(id),
    getCommentary: (id) => commentaryById.get(id),
    getSong: (id) => songsById.get(id),
    getPlace: (id) => placesById.get(id),
    getBook: (id) => booksById.get(id),

    seasons: () => [...sortedSeasons],
    episodes: () => [...sortedEpisodes],
    episodesOfSeason: (seasonNumber) => [...(episodesBySeason.get(seasonNumber) ?? [])],
    characters: () => [...sortedCharacters],
    actors: () => [...sortedActors],
    people: () => [...sortedPeople],
    scenes: () => [...sortedScenes],
    commentary: () => [...sortedCommentary],
    songs: () => [...sortedSongs],
    places: () => [...sortedPlaces],
    books: () => [...sortedBooks],
    awards: () => [...sortedAwards],
    films: () => [...sortedFilms],
    sources: () => [...sortedSources],

    resolveSlug,

    scenesOfEpisode: (code) => [...(scenesByEpisode.get(code) ?? [])],
    scenesOfCharacter: (id) => [...(scenesByCharacter.get(id) ?? [])],
    appearancesOfCharacter,
    charactersOfEpisode,
    rolesOfActor: (id) => [...(charactersByActor.get(id) ?? [])],
    creditsOfPerson: (id) => ({
      directed: [...(episodesDirected.get(id) ?? [])],
      wrote: [...(episodesWritten.get(id) ?? [])],
      seasonsDirected: [...(seasonsDirected.get(id) ?? [])],
    }),
    commentaryAbout: (kind, id) => [...(commentaryBySubject.get(subjectKey(kind, id)) ?? [])],
    commentaryAboutEpisodeOrItsScenes,
    commentaryBy: (kind, id) => [...(commentaryBySpeaker.get(subjectKey(kind, id)) ?? [])],
    songsOfEpisode: (code) => [...(songsByEpisode.get(code) ?? [])],
    songsOfScene: (sceneId) => [...(songsByScene.get(sceneId) ?? [])],
    placesOfEpisode: (code) => [...(placesByEpisode.get(code) ?? [])],
    placesOfScene: (sceneId) => [...(placesByScene.get(sceneId) ?? [])],
    filmingPlacesOf: (placeId) => [...(filmingPlaces.get(placeId) ?? [])],
    adaptationsOfEpisode: (code) => [...(adaptationsByEpisode.get(code) ?? [])],
    changesOfEpisode: (code) => [...(changesByEpisode.get(code) ?? [])],
    awardsOf: (kind, id) => [...(awardsByNominee.get(subjectKey(kind, id)) ?? [])],
    relationshipsOf,
    neighbours,
    sceneNeighbours,
    backlinks: (kind, id) => (backlinkIndex.get(`${kind}:${id}`) ?? []).map((link) => ({ ...link })),
    citedSources,
    label,
    revealedIn,
  };
}

/**
 * One map per slug kind from every canonical id and alias to the entry's id. Ids are entered first and
 * aliases never overwrite an existing key, so an alias that collides with an id (a validator error) cannot
 * hijack that id's address.
 */
function buildSlugIndexes(dataset: Dataset): Record<SlugKind, Map<string, ResolvedSlug>> {
  const build = (entries: readonly { id: string; aliases: readonly string[] }[]) => {
    const index = new Map<string, ResolvedSlug>();
    for (const entry of entries) {
      const key = entry.id.toLowerCase();
      if (!index.has(key)) index.set(key, { id: entry.id, isAlias: false });
    }
    for (const entry of entries) {
      for (const alias of entry.aliases) {
        const key = normaliseSlug(alias);
        if (!index.has(key)) index.set(key, { id: entry.id, isAlias: true });
      }
    }
    return index;
  };
  const withAliases = (entries: readonly { id: string; aliases?: string[] | undefined }[]) =>
    build(entries.map((entry) => ({ id: entry.id, aliases: entry.aliases ?? [] })));

  return {
    // A character's `aliases` are display names (for search); its old addresses are `slugAliases`.
    characters: build(
      dataset.characters.map((character) => ({ id: character.id, aliases: character.slugAliases ?? [] })),
    ),
    actors: withAliases(dataset.actors),
    people: withAliases(dataset.people),
    episodes: build(dataset.episodes.map((episode) => ({ id: episode.id, aliases: [] }))),
    scenes: withAliases(dataset.scenes),
    commentary: withAliases(dataset.commentary),
    music: build(dataset.songs.map((song) => ({ id: song.id, aliases: [] }))),
    places: build(dataset.places.map((place) => ({ id: place.id, aliases: [] }))),
    books: build(dataset.books.map((book) => ({ id: book.id, aliases: [] }))),
  };
}

/** Every reference in the dataset, inverted: for each target `kind:id`, the entries that point at it. */
function buildBacklinks(
  dataset: Dataset,
  label: (kind: EntityKind, id: string) => string | undefined,
  seasonIdOf: (seasonNumber: number) => string,
): Map<string, Backlink[]> {
  const buckets = new Map<string, Map<string, Backlink>>();

  const add = (
    targetKind: EntityKind,
    targetId: string,
    fromKind: EntityKind,
    fromId: string,
    via: string,
  ) => {
    const targetKey = `${targetKind}:${targetId}`;
    let bucket = buckets.get(targetKey);
    if (bucket === undefined) {
      bucket = new Map();
      buckets.set(targetKey, bucket);
    }
    const rowKey = `${fromKind}:${fromId}:${via}`;
    if (!bucket.has(rowKey)) {
      // Entries are labelled by the same rule as everywhere else; the id stands in only if the entry is a
      // duplicate that lost its slot in the id index.
      bucket.set(rowKey, { kind: fromKind, id: fromId, label: label(fromKind, fromId) ?? fromId, via });
    }
  };
  const cites = (fromKind: EntityKind, fromId: string, sources: readonly string[]) => {
    for (const sourceId of sources) add('source', sourceId, fromKind, fromId, 'cites');
  };

  for (const person of dataset.people) cites('person', person.id, person.sources);
  for (const actor of dataset.actors) cites('actor', actor.id, actor.sources);

  for (const season of dataset.seasons) {
    for (const personId of season.directors) add('person', personId, 'season', season.id, 'directed');
    cites('season', season.id, season.sources);
  }

  for (const episode of dataset.episodes) {
    add('season', seasonIdOf(episode.season), 'episode', episode.id, 'in season');
    for (const personId of episode.directors) add('person', personId, 'episode', episode.id, 'directed');
    for (const personId of episode.writers) add('person', personId, 'episode', episode.id, 'wrote');
    cites('episode', episode.id, episode.sources);
  }

  for (const character of dataset.characters) {
    for (const actorId of character.actors) add('actor', actorId, 'character', character.id, 'played by');
    add('episode', character.firstAppearance, 'character', character.id, 'first appearance');
    for (const relationship of character.relationships) {
      add('character', relationship.with, 'character', character.id, `relationship: ${relationship.kind}`);
      add('episode', relationship.since, 'character', character.id, 'relationship begins');
      if (relationship.until !== undefined) {
        add('episode', relationship.until, 'character', character.id, 'relationship ends');
      }
    }
    cites('character', character.id, character.sources);
  }

  for (const scene of dataset.scenes) {
    add('episode', scene.episode, 'scene', scene.id, 'scene in episode');
    for (const characterId of scene.characters) {
      add('character', characterId, 'scene', scene.id, 'appears in scene');
    }
    cites('scene', scene.id, scene.sources);
  }

  for (const item of dataset.commentary) {
    add(item.speaker.kind, item.speaker.id, 'commentary', item.id, 'speaker');
    for (const subject of item.about) {
      // The show as a whole has no page of its own to link to.
      if (subject.kind === 'show' || subject.id === undefined) continue;
      // An uncertain identification must not read as settled on the linked page either.
      const via = subject.certainty === 'unconfirmed' ? 'commentary about (unconfirmed)' : 'commentary about';
      add(subject.kind, subject.id, 'commentary', item.id, via);
    }
    cites('commentary', item.id, item.sources);
  }

  for (const song of dataset.songs) {
    if (song.episode !== undefined) add('episode', song.episode, 'song', song.id, 'song in episode');
    if (song.scene !== undefined) add('scene', song.scene, 'song', song.id, 'song in scene');
    cites('song', song.id, song.sources);
  }

  for (const place of dataset.places) {
    for (const code of place.episodes) add('episode', code, 'place', place.id, 'place in episode');
    for (const sceneId of place.scenes ?? []) add('scene', sceneId, 'place', place.id, 'place in scene');
    for (const settingId of place.standsInFor ?? []) add('place', settingId, 'place', place.id, 'filmed at');
    cites('place', place.id, place.sources);
  }

  for (const book of dataset.books) {
    for (const adaptation of book.adaptations ?? []) {
      for (const code of adaptation.episodes) add('episode', code, 'book', book.id, 'adapted from');
    }
    cites('book', book.id, book.sources);
  }

  const kindRank = (kind: EntityKind): number => BACKLINK_ORDER[kind];
  const index = new Map<string, Backlink[]>();
  for (const [targetKey, bucket] of buckets) {
    index.set(
      targetKey,
      [...bucket.values()].sort(
        (a, b) =>
          compareNumbers(kindRank(a.kind), kindRank(b.kind)) ||
          collator.compare(a.label, b.label) ||
          compareIds(a.id, b.id) ||
          collator.compare(a.via, b.via),
      ),
    );
  }
  return index;
}
