/**
 * The view models pages are drawn from: what a page's data is made of (links that carry their spoiler mark,
 * episode references, commentary cards) and what every page's data carries. Built at build time by
 * ./pages/*.ts; the browser imports only these types, which the compiler erases.
 */
import type { CorrectionLinks } from './data-files';
import type { EntityKind } from './repository';
import type { ContentNoteTopic, Source, SubjectKind, UnverifiedNote } from './schema';

/**
 * The episode a fan must have watched before something gives nothing away (see `Repository.revealedIn`).
 * The spoiler shield compares `overall` with how far the fan has watched. What a book tells also carries
 * its `volume`: a fan who has read that far in the books has nothing to fear from it either.
 */
export type SpoilerMark = { code: string; overall: number; volume?: number };

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
  /** Set when the link is our reading of the statement rather than something it says outright. */
  unconfirmed?: true;
  note?: string;
};
export type BacklinkRef = LinkRef & { kind: EntityKind; via: string };

/**
 * A statement as a card shows it: the speaker's exact words where we have them, otherwise our summary (a
 * card never shows both, so it never carries both; the statement's own page has the summary as context).
 */
export type CommentaryCard = {
  id: string;
  href: string;
  topic: string;
  speaker: LinkRef;
  date: string;
  about: SubjectRef[];
  /** The outlet and (where there is one) the event, for a one-line attribution. */
  attribution: string;
  revealedIn?: SpoilerMark;
} & ({ quote: string[]; summary?: undefined } | { quote?: undefined; summary: string });

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
export type Sourced = {
  sources: Source[];
  backlinks: BacklinkRef[];
  unverified: UnverifiedNote[];
  record: PageRecord;
};

/**
 * The last line of an entity page: the day its data file last changed (`updated`, from git) or, when that is
 * not known, the day the site was built from it (`built`), neither when no dates were given (in tests); and
 * where "Suggest a correction" leads (./data-files.ts).
 */
export type PageRecord = CorrectionLinks & { updated?: string; built?: string };

/** What the page's <head> says: title and meta description. */
export type Meta = { meta: { title: string; description: string } };

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

/** A song in a list: its title links to its page; who sings it, and where it plays when known. */
export type SongRow = LinkRef & { artists: string; placement?: string };

/** A statement in the full list: who, when, and its opening words, with the rest one click away. */
export type CommentaryRow = CommentaryLink & { excerpt: string; isQuote: boolean };

/** An alternate address: the page sends the fan on to the canonical one. */
export type RedirectData = { kind: 'redirect'; to: string };
