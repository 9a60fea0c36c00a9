/**
 * Structured data (schema.org, as JSON-LD) for the prerendered pages: what a search engine reads to know
 * that an episode is an episode, who directed it and which season it is in. scripts/prerender.ts writes it
 * into each page's <head> as a `<script type="application/ld+json">` data block, at build time only: no
 * browser code, and a data block is not a script the Content-Security-Policy has to allow.
 *
 * Only facts the dataset holds, and none of those marked `unverified`: a field with an unverified note is
 * left out, and an entry whose name is unverified gets no block at all (an entity that cannot be named is not
 * worth asserting). Why these shapes: docs/decisions/0011-structured-data.md.
 *
 * The types come from schema-dts, which is types only: nothing of it reaches any bundle.
 */
import type {
  Graph,
  IdReference,
  MusicGroupLeaf,
  MusicRecording,
  PerformanceRole,
  PersonLeaf,
  PlaceLeaf,
  TVEpisode,
  TVSeason,
  TVSeries,
  WithContext,
} from 'schema-dts';
import { paths } from '../lib/paths';
import { matchPage } from '../lib/routes';
import type { Repository } from './repository';
import type { Actor, Character, Person as CrewPerson, Episode, Season, UnverifiedNote } from './schema';

/** The show the wiki is about (it has no entry of its own in data/: every entry is about it). */
export const SERIES_NAME = 'Heartstopper';

/** One page's structured data: a single entity, or a graph whose first node is the page's subject. */
export type StructuredData =
  | WithContext<TVSeries | TVEpisode | PersonLeaf | MusicRecording | PlaceLeaf>
  | Graph;

/** Turns an in-app path (`/episodes/s1e4`) into the absolute public URL the page is served at. */
export type AbsoluteUrl = (appPath: string) => string;

const CONTEXT = 'https://schema.org';

/** True unless the entry carries an `unverified` note on this field. */
function confirmed(entry: { unverified?: UnverifiedNote[] }, field: string): boolean {
  return !(entry.unverified ?? []).some((note) => note.field === field);
}

/** One value as itself, several as a list: the shorter form for the common case of one. */
function oneOrMany<T>(values: T[]): T | T[] | undefined {
  if (values.length === 0) return undefined;
  return values.length === 1 ? values[0] : values;
}

/** The object without its undefined properties (JSON.stringify drops them too; tests compare objects). */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}

/**
 * Builds the structured data of a page from its page-data key (`home`, `episodes/s1e4`), or undefined for a
 * page that has none. `absoluteUrl` makes every `url` absolute, as search engines prefer.
 */
export function createStructuredData(repo: Repository, absoluteUrl: AbsoluteUrl) {
  const homeUrl = absoluteUrl(paths.page('home'));
  const series = (): TVSeries => ({ '@type': 'TVSeries', name: SERIES_NAME, url: homeUrl });

  const crewRef = (person: CrewPerson): PersonLeaf | undefined =>
    confirmed(person, 'name')
      ? { '@type': 'Person', name: person.name, url: absoluteUrl(paths.entry('person', person.id)) }
      : undefined;

  const actorRef = (actor: Actor): PersonLeaf | undefined =>
    confirmed(actor, 'name')
      ? { '@type': 'Person', name: actor.name, url: absoluteUrl(paths.entry('actor', actor.id)) }
      : undefined;

  /** Whether the data confirms who plays the character (their name and their actors). */
  const castConfirmed = (character: Character): boolean =>
    confirmed(character, 'name') && confirmed(character, 'actors');

  /** Who plays the character, as schema.org's Role pattern says: `actor` → PerformanceRole → `actor`. */
  const performances = (character: Character): PerformanceRole<PersonLeaf, 'actor'>[] =>
    castConfirmed(character)
      ? character.actors.flatMap((id) => {
          const entry = repo.getActor(id);
          const performer = entry && actorRef(entry);
          return performer
            ? [{ '@type': 'PerformanceRole', actor: performer, characterName: character.name }]
            : [];
        })
      : [];

  const seasonRef = (season: Season | undefined, seasonNumber: number): TVSeason => ({
    '@type': 'TVSeason',
    seasonNumber,
    ...(season ? { url: absoluteUrl(paths.season(season.id)) } : {}),
  });

  const home = (): WithContext<TVSeries> => {
    const creators = repo
      .people()
      .filter((person) => confirmed(person, 'roles') && person.roles.includes('creator'))
      .flatMap((person) => crewRef(person) ?? []);
    return defined({
      '@context': CONTEXT,
      ...series(),
      creator: oneOrMany(creators),
      numberOfSeasons: repo.seasons().length,
      numberOfEpisodes: repo.episodes().length,
    } satisfies WithContext<TVSeries>);
  };

  /** The episode list: the series with each season's number, release date and episode count. */
  const episodeList = (): WithContext<TVSeries> => ({
    '@context': CONTEXT,
    ...series(),
    containsSeason: repo.seasons().map((season) =>
      defined({
        ...seasonRef(season, season.number),
        datePublished: confirmed(season, 'released') ? season.released : undefined,
        numberOfEpisodes: repo.episodesOfSeason(season.number).length,
      } satisfies TVSeason),
    ),
  });

  const episode = (entry: Episode): WithContext<TVEpisode> => {
    const season = repo.seasons().find((candidate) => candidate.number === entry.season);
    const directors = confirmed(entry, 'directors')
      ? entry.directors.flatMap((id) => {
          const person = repo.getPerson(id);
          return (person && crewRef(person)) ?? [];
        })
      : [];
    return defined({
      '@context': CONTEXT,
      '@type': 'TVEpisode',
      name: confirmed(entry, 'title') ? entry.title : undefined,
      url: absoluteUrl(paths.entry('episode', entry.id)),
      episodeNumber: confirmed(entry, 'number') ? entry.number : undefined,
      datePublished: confirmed(entry, 'released') ? entry.released : undefined,
      director: oneOrMany(directors),
      partOfSeason: confirmed(entry, 'season') ? seasonRef(season, entry.season) : undefined,
      partOfSeries: series(),
    } satisfies WithContext<TVEpisode>);
  };

  /**
   * A character: schema.org's `character` of a creative work is a Person ("fictional person connected with
   * a creative work"), so the page's subject is that Person, tied to the series by `character`, with who
   * plays them as PerformanceRoles on the series' `actor`.
   */
  const character = (entry: Character): Graph | undefined => {
    if (!confirmed(entry, 'name')) return undefined;
    const url = absoluteUrl(paths.entry('character', entry.id));
    const id = `${url}#character`;
    return {
      '@context': CONTEXT,
      '@graph': [
        { '@type': 'Person', '@id': id, name: entry.name, url },
        defined({
          ...series(),
          character: { '@id': id },
          actor: oneOrMany(performances(entry)),
        } satisfies TVSeries),
      ],
    };
  };

  /** An actor: the Person, and the series naming them in a PerformanceRole for each character they play. */
  const actor = (entry: Actor): Graph | WithContext<PersonLeaf> | undefined => {
    if (!confirmed(entry, 'name')) return undefined;
    const url = absoluteUrl(paths.entry('actor', entry.id));
    const id = `${url}#actor`;
    const roles = repo.rolesOfActor(entry.id).filter(castConfirmed);
    if (roles.length === 0) return { '@context': CONTEXT, '@type': 'Person', name: entry.name, url };
    return {
      '@context': CONTEXT,
      '@graph': [
        { '@type': 'Person', '@id': id, name: entry.name, url },
        defined({
          ...series(),
          actor: oneOrMany(
            roles.map(
              (role): PerformanceRole<IdReference, 'actor'> => ({
                '@type': 'PerformanceRole',
                actor: { '@id': id },
                characterName: role.name,
              }),
            ),
          ),
          character: oneOrMany(
            roles.map(
              (role): PersonLeaf => ({
                '@type': 'Person',
                name: role.name,
                url: absoluteUrl(paths.entry('character', role.id)),
              }),
            ),
          ),
        } satisfies TVSeries),
      ],
    };
  };

  const person = (entry: CrewPerson): WithContext<PersonLeaf> | undefined => {
    const ref = crewRef(entry);
    return ref ? { '@context': CONTEXT, ...ref } : undefined;
  };

  const song = (id: string): WithContext<MusicRecording> | undefined => {
    const entry = repo.getSong(id);
    if (!entry || !confirmed(entry, 'title')) return undefined;
    // MusicGroup, not Person: the data names an artist without saying whether it is a band or one musician,
    // and schema.org's MusicGroup covers both ("can also be a solo musician").
    const artists = confirmed(entry, 'artists')
      ? entry.artists.map((name): MusicGroupLeaf => ({ '@type': 'MusicGroup', name }))
      : [];
    return defined({
      '@context': CONTEXT,
      '@type': 'MusicRecording',
      name: entry.title,
      url: absoluteUrl(paths.entry('song', entry.id)),
      byArtist: oneOrMany(artists),
    } satisfies WithContext<MusicRecording>);
  };

  const place = (id: string): WithContext<PlaceLeaf> | undefined => {
    const entry = repo.getPlace(id);
    if (!entry || !confirmed(entry, 'name')) return undefined;
    return defined({
      '@context': CONTEXT,
      '@type': 'Place',
      name: entry.name,
      url: absoluteUrl(paths.entry('place', entry.id)),
      // Only real places have a location (town, region, country), given as text.
      address: entry.location !== undefined && confirmed(entry, 'location') ? entry.location : undefined,
    } satisfies WithContext<PlaceLeaf>);
  };

  return (key: string): StructuredData | undefined => {
    const page = matchPage(key === 'home' ? '/' : `/${key}`);
    if (page === undefined) return undefined;
    if (page.type === 'single') return page.name === 'home' ? home() : undefined;
    if (page.type === 'index') return page.kind === 'episode' ? episodeList() : undefined;
    switch (page.kind) {
      case 'episode': {
        const entry = repo.getEpisode(page.slug);
        return entry && episode(entry);
      }
      case 'character': {
        const entry = repo.getCharacter(page.slug);
        return entry && character(entry);
      }
      case 'actor': {
        const entry = repo.getActor(page.slug);
        return entry && actor(entry);
      }
      case 'person': {
        const entry = repo.getPerson(page.slug);
        return entry && person(entry);
      }
      case 'song':
        return song(page.slug);
      case 'place':
        return place(page.slug);
      default:
        return undefined;
    }
  };
}

/**
 * The JSON for a `<script type="application/ld+json">` block. `<` is escaped, so no value can close the
 * element (`</script>`) or open a comment (`<!--`), and so are the two line separators older parsers took
 * for line ends; JSON parsers read all three back as the same characters.
 */
export function serializeStructuredData(data: StructuredData): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
