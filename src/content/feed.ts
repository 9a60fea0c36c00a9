/**
 * What the wiki's Atom feed (/feed.xml) says: its newest statements and additions, each dated by a day the
 * data records. The build writes it as XML (scripts/atom.ts). Why these entries and these dates:
 * docs/decisions/0010-feeds-and-open-data.md.
 *
 * The data records no day an entry was added to the wiki, so an addition is dated by the day it happened:
 * an episode's release, a book's publication, a nomination's ceremony, the film's latest status. An entry
 * with no such day, or with only a month or a year, is left out rather than given a day we made up.
 */
import { formatDate } from '../lib/dates';
import { paths } from '../lib/paths';
import type { Repository } from './repository';
import type { Award, Book, Commentary, Episode, Film } from './schema';

export const FEED_PATH = '/feed.xml';
export const FEED_TITLE = 'Heartstopper Wiki: what’s new';
/** The newest entries only: a reader that subscribes today gets the last year or two, not the whole archive. */
export const FEED_LENGTH = 50;

export const FEED_ENTRY_KINDS = ['statement', 'episode', 'book', 'nomination', 'film'] as const;
export type FeedEntryKind = (typeof FEED_ENTRY_KINDS)[number];

export type FeedEntry = {
  /** Unique in the feed and stable: the entry's page address, and for a nomination its id as the fragment. */
  id: string;
  kind: FeedEntryKind;
  title: string;
  /** Our own words (or, for additions whose text would spoil the story, a line built from the data). */
  summary: string;
  /** The page it leads to. */
  path: string;
  /** The day it happened, `YYYY-MM-DD`. */
  updated: string;
  /** The day it first happened, when earlier (the film: its announcement); else the same as `updated`. */
  published: string;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isDay(value: string | undefined): value is string {
  return value !== undefined && DAY.test(value);
}

const BOOK_KINDS: Record<Book['kind'], string> = {
  'graphic-novel': 'graphic novel',
  novella: 'novella',
  novel: 'novel',
};

/** "A, B and C". */
function listOf(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export function feedEntries(repo: Repository, limit = FEED_LENGTH): FeedEntry[] {
  const people = (ids: readonly string[]) => listOf(ids.flatMap((id) => repo.label('person', id) ?? []));

  /**
   * The day of a statement: its own date when that is a day. When the data gives only its month or year,
   * the earliest day in that month or year on which a source we cite records it (the day of the event it
   * was said at, or the day the source was published); when there is none, it has no day.
   */
  const statementDay = (item: Commentary): string | undefined => {
    if (isDay(item.date)) return item.date;
    const within = `${item.date}-`;
    return item.sources
      .map((id) => repo.getSource(id))
      .flatMap((source) => [source?.event?.date, source?.published])
      .filter((day): day is string => isDay(day) && day.startsWith(within))
      .sort()[0];
  };

  const statement = (item: Commentary): FeedEntry[] => {
    const day = statementDay(item);
    if (day === undefined) return [];
    const speaker = repo.label(item.speaker.kind, item.speaker.id) ?? item.speaker.id;
    // A feed reader has no spoiler shield: say how far a reader must have watched, before the summary.
    const reveals = repo.revealedIn('commentary', item.id);
    const warning = reveals ? `Spoilers up to ${reveals.id.toUpperCase()}. ` : '';
    const path = paths.entry('commentary', item.id);
    return [
      {
        id: path,
        kind: 'statement',
        // The topic keeps its capitals: it often names someone (“Kit Connor’s forced coming out”).
        title: `${speaker}: ${item.topic}`,
        summary: `${warning}${item.summary}`,
        path,
        updated: day,
        published: day,
      },
    ];
  };

  // An episode's synopsis gives the episode away: the feed says only what it is, who made it and when.
  const episode = (entry: Episode): FeedEntry => {
    const path = paths.entry('episode', entry.id);
    return {
      id: path,
      kind: 'episode',
      title: `${entry.id.toUpperCase()}: ${entry.title}`,
      summary: `Season ${entry.season}, episode ${entry.number}, released on ${formatDate(entry.released)}. Directed by ${people(entry.directors)}; written by ${people(entry.writers)}.`,
      path,
      updated: entry.released,
      published: entry.released,
    };
  };

  // What a book tells can spoil the episodes that adapt it: the feed says what it is and when it came out.
  const book = (entry: Book): FeedEntry[] => {
    if (!isDay(entry.published)) return [];
    const path = paths.entry('book', entry.id);
    const volume = entry.volume === undefined ? '' : `, volume ${entry.volume}`;
    return [
      {
        id: path,
        kind: 'book',
        title: entry.title,
        summary: `Alice Oseman’s ${BOOK_KINDS[entry.kind]}${volume}, published on ${formatDate(entry.published)}.`,
        path,
        updated: entry.published,
        published: entry.published,
      },
    ];
  };

  const nomination = (award: Award): FeedEntry[] => {
    if (!isDay(award.date)) return [];
    const { nominee } = award;
    const nominated =
      nominee.name ??
      (nominee.kind === 'show' || nominee.id === undefined
        ? 'Heartstopper'
        : (repo.label(nominee.kind, nominee.id) ?? nominee.id));
    const won = award.result === 'won';
    const path = paths.page('awards');
    return [
      {
        id: `${path}#${award.id}`,
        kind: 'nomination',
        title: `${won ? 'Won' : 'Nominated'}: ${award.category}, ${award.ceremony} ${award.year}`,
        summary: `${nominated} ${won ? 'won' : 'was nominated for'} ${award.category} at the ${award.ceremony} ${award.year}, on ${formatDate(award.date)}.`,
        path,
        updated: award.date,
        published: award.date,
      },
    ];
  };

  const film = (entry: Film): FeedEntry[] => {
    if (!isDay(entry.status.asOf)) return [];
    const path = paths.page('film');
    const announced =
      isDay(entry.announced) && entry.announced <= entry.status.asOf ? entry.announced : entry.status.asOf;
    return [
      {
        id: path,
        kind: 'film',
        title: `${entry.title}: where the film stands`,
        summary: `As of ${formatDate(entry.status.asOf)}: ${entry.status.text}`,
        path,
        updated: entry.status.asOf,
        published: announced,
      },
    ];
  };

  const all = [
    ...repo.commentary().flatMap(statement),
    ...repo.episodes().map(episode),
    ...repo.books().flatMap(book),
    ...repo.awards().flatMap(nomination),
    ...repo.films().flatMap(film),
  ];
  // Newest first; on the same day, statements before additions, then by address, so the order never varies.
  const rank = (entry: FeedEntry) => FEED_ENTRY_KINDS.indexOf(entry.kind);
  return all
    .sort(
      (a, b) =>
        (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0) ||
        rank(a) - rank(b) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .slice(0, limit);
}
