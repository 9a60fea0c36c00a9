/**
 * What every page builder shares: references to other entries, fully resolved (name, href and spoiler mark),
 * the commentary cards and summaries several kinds of page show, and the wording of <head> titles.
 */
import { hrefFor, paths } from '../../lib/paths';
import { ENTRY_PAGES, type EntryKind } from '../../lib/routes';
import {
  type CorrectionSettings,
  correctionLinks,
  type DataDates,
  dataFileOf,
  NO_REPOSITORY,
} from '../data-files';
import type { Backlink, EntityKind, Repository } from '../repository';
import type {
  Commentary,
  ContentNote,
  ContentNoteTopic,
  Episode,
  Song,
  Subject,
  SubjectKind,
  UnverifiedNote,
} from '../schema';
import type { SearchDocument } from '../search-documents';
import type {
  BacklinkRef,
  CommentaryCard,
  CommentaryLink,
  ContentNoteView,
  EpisodeRef,
  LinkRef,
  Meta,
  PageRecord,
  SceneSummary,
  SeasonSummary,
  SongRow,
  Sourced,
  SpoilerMark,
  SubjectRef,
} from '../view-model';

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

export const SITE_NAME = 'Heartstopper Wiki';

export function episodeLabel(episode: Pick<Episode, 'id' | 'title'>): string {
  return `${episode.id.toUpperCase()}: ${episode.title}`;
}

/** Shorten body text to a meta description at a word boundary. */
export function summarise(text: string, max = 155): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

export function required<T>(value: T | undefined, problem: string): T {
  if (value === undefined) throw new Error(`page data: ${problem}`);
  return value;
}

/** What the build knows besides the data: when each data file changed, and where the site and its source live. */
export type BuildFacts = {
  /** When each data file last changed (read from git, scripts/data-history.ts); without it pages carry no date. */
  dates?: DataDates;
  /** Where "Suggest a correction" leads; without a repository, the wiki's own page on fixing data. */
  corrections?: CorrectionSettings;
};

/** The references and shared pieces every page builder uses, bound to one repository. */
export function createRefs(repo: Repository, { dates, corrections = NO_REPOSITORY }: BuildFacts = {}) {
  const episodeRef = (code: string): EpisodeRef => {
    const episode = repo.getEpisode(code);
    if (!episode) throw new Error(`page data: unknown episode ${code}`);
    return {
      code,
      title: episode.title,
      overall: episode.overall,
      label: episodeLabel(episode),
      href: paths.entry('episode', code),
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
    ...(subject.certainty === 'unconfirmed' ? { unconfirmed: true } : {}),
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
    href: paths.entry('commentary', item.id),
    topic: item.topic,
    speaker: link(item.speaker.kind, item.speaker.id),
    date: item.date,
    ...(item.quote ? { quote: item.quote } : { summary: item.summary }),
    about: item.about.map(subjectRef),
    attribution: attribution(item),
    ...withMark('commentary', item.id),
  });

  const commentaryLink = (item: Commentary): CommentaryLink => ({
    label: item.topic,
    href: paths.entry('commentary', item.id),
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

  /** When the data file behind the page about an entry last changed, and where a correction to it goes. */
  const recordOf = (kind: EntryKind | 'film', id: string, label: string): PageRecord => {
    const file = dataFileOf(kind, id);
    const noun = kind === 'film' ? 'film' : ENTRY_PAGES[kind].noun;
    const page = kind === 'film' ? paths.page('film') : paths.entry(kind, id);
    return { ...dates?.(file), ...correctionLinks({ file, label: `${label} (${noun})`, page }, corrections) };
  };

  /**
   * Sources, notes, "what links here" and the page's data file. `shownOnPage` names the links (by how they link) the page already
   * lists in sections of its own, such as a character's scenes: listing them twice would only make the page
   * longer (every page's HTML must fit one network round trip).
   */
  const sourced = (
    kind: EntryKind,
    id: string,
    sources: string[],
    unverified?: UnverifiedNote[],
    shownOnPage: readonly string[] = [],
  ): Sourced => ({
    sources: repo.citedSources(sources),
    backlinks: backlinkRefs(
      repo.backlinks(kind, id).filter((backlink) => !shownOnPage.includes(backlink.via)),
    ),
    unverified: unverified ?? [],
    record: recordOf(kind, id, labelOf(kind, id)),
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

  /** Where a fact comes from: each cited source's outlet, linking to its page. */
  const outletLinks = (ids: readonly string[]) =>
    repo.citedSources(ids).map((source) => ({ outlet: source.outlet, url: source.url }));

  /** A song in a list (the soundtrack, an episode's or a scene's music). */
  const songRow = (song: Song): SongRow => ({
    ...link('song', song.id),
    artists: song.artists.join(', '),
    ...(song.placement ? { placement: song.placement } : {}),
  });

  const contentNoteViews = (notes: ContentNote[] | undefined): ContentNoteView[] =>
    (notes ?? []).map((note) => ({
      topic: note.topic,
      label: CONTENT_NOTE_LABELS[note.topic],
      note: note.note,
      sources: outletLinks(note.sources),
    }));

  const sceneSummary = (id: string): SceneSummary | undefined => {
    const scene = repo.getScene(id);
    if (!scene) return undefined;
    return {
      id: scene.id,
      order: scene.order,
      title: scene.title,
      href: paths.entry('scene', scene.id),
      ...(scene.placement ? { placement: scene.placement } : {}),
      setting: scene.setting,
      description: scene.description,
      characters: scene.characters.map((characterId) => link('character', characterId)),
      contentNotes: contentNoteViews(scene.contentNotes),
      unverified: scene.unverified ?? [],
    };
  };

  return {
    repo,
    episodeRef,
    markOf,
    labelOf,
    link,
    withMark,
    commentaryCard,
    commentaryLink,
    sourced,
    recordOf,
    seasonSummaries,
    contentNoteViews,
    sceneSummary,
    outletLinks,
    songRow,
  };
}

export type Refs = ReturnType<typeof createRefs>;

/** How one kind of entry page is built. */
export type EntryBuilder = {
  /** The page of one entry, or undefined when no entry has this id. */
  page: (id: string) => PageOfEntry | undefined;
  /** Every entry's id and the other slugs its page answers to (redirects to the canonical address). */
  slugs: () => { id: string; aliases: readonly string[] }[];
  /** What search knows about each entry, in the order ties are broken in. */
  documents: () => SearchDocument[];
};

/** Any page of one entry: what every such page carries. */
type PageOfEntry = Meta & Sourced & { kind: string };
