/**
 * Page data for the show's music: one page per song, the soundtrack by season and episode, and their
 * search documents. Each song carries the spoiler mark of the episode it plays in.
 */
import { paths } from '../../lib/paths';
import type { Song } from '../schema';
import type { DocumentHelpers, SearchDocument } from '../search-documents';
import type { EpisodeRef, LinkRef, Meta, SongRow, Sourced } from '../view-model';
import { type EntryBuilder, type Refs, SITE_NAME, summarise } from './refs';

export type SongPageData = Meta &
  Sourced & {
    kind: 'song';
    id: string;
    title: string;
    artists: string[];
    season: number;
    episode?: EpisodeRef;
    scene?: LinkRef;
    placement?: string;
  };

export type MusicIndexData = Meta & {
  kind: 'music';
  /** Who wrote the score, as distinct from the songs. */
  composers: LinkRef[];
  seasons: {
    number: number;
    /** In episode order; `episode` is absent for the songs the sources tie only to the season. */
    episodes: { episode?: EpisodeRef; songs: SongRow[] }[];
  }[];
};

const artistsOf = (song: Song) => song.artists.join(', ');

export function createMusicPages(
  { repo, episodeRef, link, songRow, sourced }: Refs,
  { mark, bodyOf, joinNames }: DocumentHelpers,
) {
  const song = (id: string): SongPageData | undefined => {
    const entry = repo.getSong(id);
    if (!entry) return undefined;
    const where = entry.episode ? episodeRef(entry.episode).label : `season ${entry.season}`;
    return {
      kind: 'song',
      meta: {
        title: `${entry.title} by ${artistsOf(entry)} · ${SITE_NAME}`,
        description: summarise(
          `“${entry.title}” by ${artistsOf(entry)} plays in Heartstopper, ${where}.${entry.placement ? ` ${entry.placement}` : ''}`,
        ),
      },
      id: entry.id,
      title: entry.title,
      artists: entry.artists,
      season: entry.season,
      ...(entry.episode ? { episode: episodeRef(entry.episode) } : {}),
      ...(entry.scene ? { scene: link('scene', entry.scene) } : {}),
      ...(entry.placement ? { placement: entry.placement } : {}),
      ...sourced('song', entry.id, entry.sources, entry.unverified),
    };
  };

  const musicIndex = (): MusicIndexData => {
    const songs = repo.songs();
    return {
      kind: 'music',
      meta: {
        title: `Music · ${SITE_NAME}`,
        description: `The ${songs.length} songs heard in Heartstopper, season by season and episode by episode, with who sings them.`,
      },
      composers: repo
        .people()
        .filter((person) => person.roles.includes('composer'))
        .map((person) => link('person', person.id)),
      seasons: repo.seasons().map((season) => {
        const inSeason = songs.filter((entry) => entry.season === season.number);
        const episodes = repo
          .episodesOfSeason(season.number)
          .map((episode) => ({
            episode: episodeRef(episode.id),
            songs: inSeason.filter((entry) => entry.episode === episode.id).map(songRow),
          }))
          .filter((group) => group.songs.length > 0);
        const unplaced = inSeason.filter((entry) => entry.episode === undefined).map(songRow);
        return {
          number: season.number,
          episodes: unplaced.length > 0 ? [...episodes, { songs: unplaced }] : episodes,
        };
      }),
    };
  };

  const documents = () =>
    repo.songs().map(
      (entry): SearchDocument => ({
        href: paths.entry('song', entry.id),
        kind: 'song',
        title: entry.title,
        names: entry.artists,
        codes: [],
        tags: entry.episode ? [entry.episode] : [],
        context: [artistsOf(entry), entry.episode?.toUpperCase() ?? `Season ${entry.season}`].join(' · '),
        related: joinNames([entry.episode ? repo.label('episode', entry.episode) : undefined]),
        body: bodyOf(entry.placement ?? '', entry.unverified),
        ...mark('song', entry.id),
      }),
    );

  return {
    entries: {
      song: {
        page: song,
        slugs: () => repo.songs().map((entry) => ({ id: entry.id, aliases: [] })),
        documents,
      },
    } satisfies Record<string, EntryBuilder>,
    indexes: { song: musicIndex },
  };
}
