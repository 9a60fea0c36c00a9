/**
 * Page data for the story: episodes and scenes, their list pages, and the search documents of seasons,
 * episodes and scenes.
 */
import { formatDate } from '../../lib/dates';
import { paths } from '../../lib/paths';
import type { Place } from '../schema';
import type { DocumentHelpers, SearchDocument } from '../search-documents';
import type {
  CommentaryCard,
  ContentNoteView,
  EpisodeRef,
  LinkRef,
  Meta,
  SceneSummary,
  SeasonSummary,
  SongRow,
  Sourced,
} from '../view-model';
import { bookDetail } from './books';
import { type EntryBuilder, episodeLabel, type Refs, SITE_NAME, summarise } from './refs';

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
    music: SongRow[];
    places: EpisodePlaces;
    /** The books (and parts of them) the episode adapts. */
    adaptedFrom: (LinkRef & { detail: string; chapters?: string })[];
    changes: { book: string; note: string }[];
    previous?: EpisodeRef;
    next?: EpisodeRef;
  };

/** Where an episode or scene is set, and the real places that played them. */
export type EpisodePlaces = { settings: LinkRef[]; filming: (LinkRef & { as: string[] })[] };

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
    music: SongRow[];
    places: EpisodePlaces;
    previous?: LinkRef;
    next?: LinkRef;
  };

export type EpisodesIndexData = Meta & { kind: 'episodes'; seasons: SeasonSummary[] };
export type ScenesIndexData = Meta & {
  kind: 'scenes';
  episodes: { episode: EpisodeRef; scenes: LinkRef[] }[];
};

export function createStoryPages(refs: Refs, { mark, bodyOf, joinNames }: DocumentHelpers) {
  const {
    repo,
    episodeRef,
    link,
    songRow,
    commentaryCard,
    sourced,
    seasonSummaries,
    contentNoteViews,
    sceneSummary,
  } = refs;
  // Shown on the episode's own page, so the places' marks (their first episode) are left off: a place
  // first seen here is no spoiler here.
  const placesOf = (places: Place[]): EpisodePlaces => ({
    settings: places
      .filter((place) => place.kind === 'setting')
      .map((place) => ({ label: place.name, href: paths.entry('place', place.id) })),
    filming: places
      .filter((place) => place.kind === 'filming')
      .map((place) => ({
        label: place.name,
        href: paths.entry('place', place.id),
        as: (place.standsInFor ?? []).flatMap((id) => repo.label('place', id) ?? []),
      })),
  });

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
      music: repo.songsOfEpisode(entry.id).map(songRow),
      places: placesOf(repo.placesOfEpisode(entry.id)),
      adaptedFrom: repo.adaptationsOfEpisode(entry.id).map((adaptation) => ({
        label: adaptation.book.title,
        href: paths.entry('book', adaptation.book.id),
        detail: bookDetail(adaptation.book),
        ...(adaptation.chapters ? { chapters: adaptation.chapters } : {}),
      })),
      changes: repo
        .changesOfEpisode(entry.id)
        .map((change) => ({ book: change.book.title, note: change.note })),
      ...(previous ? { previous: episodeRef(previous.id) } : {}),
      ...(next ? { next: episodeRef(next.id) } : {}),
      ...sourced('episode', entry.id, entry.sources, entry.unverified, [
        'scene in episode',
        'song in episode',
        'place in episode',
        'adapted from',
      ]),
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
      music: repo.songsOfScene(entry.id).map(songRow),
      places: placesOf(repo.placesOfScene(entry.id)),
      ...(previous ? { previous: link('scene', previous.id) } : {}),
      ...(next ? { next: link('scene', next.id) } : {}),
      ...sourced('scene', entry.id, entry.sources, entry.unverified, ['song in scene', 'place in scene']),
    };
  };

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

  // Seasons have no page of their own (each is a section of the episode list), but search finds them, just
  // before their episodes.
  const seasonDocuments = () =>
    repo.seasons().map(
      (entry): SearchDocument => ({
        href: paths.season(entry.id),
        kind: 'season',
        title: `Season ${entry.number}`,
        names: [],
        codes: [`s${entry.number}`],
        tags: [],
        context: `${repo.episodesOfSeason(entry.number).length} episodes, released ${formatDate(entry.released)}`,
        related: joinNames(entry.directors.map((id) => repo.label('person', id))),
        body: bodyOf(entry.summary, entry.unverified),
        ...mark('season', entry.id),
      }),
    );

  const episodeDocuments = () =>
    repo.episodes().map(
      (entry): SearchDocument => ({
        href: paths.entry('episode', entry.id),
        kind: 'episode',
        title: `${entry.id.toUpperCase()}: ${entry.title}`,
        names: [entry.title],
        codes: [entry.id],
        tags: [`e${entry.number}`, `s${entry.season}`],
        context: `Season ${entry.season}, episode ${entry.number}`,
        related: joinNames(entry.directors.map((id) => repo.label('person', id))),
        body: bodyOf(entry.synopsis, entry.unverified),
        ...mark('episode', entry.id),
      }),
    );

  const sceneDocuments = () =>
    repo.scenes().map(
      (entry): SearchDocument => ({
        href: paths.entry('scene', entry.id),
        kind: 'scene',
        title: entry.title,
        names: [],
        codes: [],
        tags: [],
        context: [entry.episode.toUpperCase(), entry.placement].filter(Boolean).join(' · '),
        related: joinNames([
          repo.label('episode', entry.episode),
          ...entry.characters.map((id) => repo.label('character', id)),
        ]),
        body: bodyOf(`${entry.setting}. ${entry.description}`, entry.unverified),
        ...mark('scene', entry.id),
      }),
    );

  return {
    entries: {
      episode: {
        page: episode,
        // Other spellings of a code (`s01e04`, `1x04`) are worked out by the repository, not listed.
        slugs: () => repo.episodes().map((entry) => ({ id: entry.id, aliases: [] })),
        documents: () => [...seasonDocuments(), ...episodeDocuments()],
      },
      scene: {
        page: scene,
        slugs: () => repo.scenes().map((entry) => ({ id: entry.id, aliases: entry.aliases ?? [] })),
        documents: sceneDocuments,
      },
    } satisfies Record<string, EntryBuilder>,
    indexes: { episode: episodesIndex, scene: scenesIndex },
  };
}
