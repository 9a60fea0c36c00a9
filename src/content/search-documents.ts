/**
 * What search knows about each page: one document per entry page and season, built at build time (and in
 * tests) by each kind's page builder (./pages/) and shipped as page data.
 *
 * Two shapes ship: the title documents (names, aliases, codes: enough for as-you-type suggestions, small
 * enough to load on first focus of the header box) and the full documents (adding the linked names and the
 * body text, for the results page and its snippets).
 */

import { ENTRY_KINDS, type EntryKind } from '../lib/routes';
import type { EntityKind, Repository } from './repository';
import type { SpoilerMark } from './view-model';

/** What search finds: every kind of entry page, and the seasons, listed with the episodes they hold. */
export type SearchKind = EntryKind | 'season';
export const SEARCH_KINDS: readonly SearchKind[] = ENTRY_KINDS.flatMap((kind): SearchKind[] =>
  kind === 'episode' ? ['season', kind] : [kind],
);

export function isSearchKind(value: unknown): value is SearchKind {
  return SEARCH_KINDS.some((kind) => kind === value);
}

/** Enough to suggest a page as the fan types, and to jump to it on an exact name, alias or code. */
export type TitleDocument = {
  /** The page's address; unique, so it doubles as the document id. */
  href: string;
  kind: SearchKind;
  /** The page's name as shown. */
  title: string;
  /** Other names it answers to: full names, aliases, nicknames, an episode's bare title. */
  names: string[];
  /** Codes that name exactly this page (`s1e4`, `s1`). */
  codes: string[];
  /** Codes of groups it belongs to: `e4` (every episode 4) and `s1` for S1E4. */
  tags: string[];
  /** One line under the name: a character's role, an actor's parts, an episode's place in the series. */
  context: string;
  /** The episode that reveals this page's subject, for the spoiler shield (absent: nothing to spoil). */
  revealedIn?: SpoilerMark;
};

/** A title document plus the text the full-text index and its snippets read. */
export type SearchDocument = TitleDocument & {
  /** Names of the entries it links to: a character's actors, an actor's characters, a scene's episode and cast. */
  related: string;
  body: string;
  /**
   * The episode that reveals part of the body, when that is later than the page itself (a character whose
   * description tells of later events): results hide their snippet behind the spoiler shield until then.
   */
  bodyRevealedIn?: SpoilerMark;
};

export type SearchTitlesData = { kind: 'search-titles'; documents: TitleDocument[] };
export type SearchIndexData = { kind: 'search-index'; documents: SearchDocument[] };

/**
 * Body text plus the page's "not yet confirmed" notes: the page shows them, so a fan may search for what
 * they say (the rainy rugby match is named only in one).
 */
const bodyOf = (text: string, unverified: { note: string }[] | undefined): string =>
  [text, ...(unverified ?? []).map((item) => item.note)].join(' ');

const joinNames = (names: (string | undefined)[]): string =>
  names.filter((name): name is string => name !== undefined).join(', ');

/** What each kind's documents are made with: spoiler marks, and the text fields' shared shapes. */
export function createDocumentHelpers(repo: Repository) {
  const mark = (kind: EntityKind, id: string): { revealedIn?: SpoilerMark } => {
    const episode = repo.revealedIn(kind, id);
    return episode ? { revealedIn: { code: episode.id, overall: episode.overall } } : {};
  };

  /** Set when the body tells of an episode later than the page itself (see `bodyRevealedIn`). */
  const laterBody = (
    kind: EntityKind,
    id: string,
    code: string | undefined,
  ): { bodyRevealedIn?: SpoilerMark } => {
    const episode = code === undefined ? undefined : repo.getEpisode(code);
    const page = repo.revealedIn(kind, id);
    if (!episode || (page && page.overall >= episode.overall)) return {};
    return { bodyRevealedIn: { code: episode.id, overall: episode.overall } };
  };

  return { mark, laterBody, bodyOf, joinNames };
}

export type DocumentHelpers = ReturnType<typeof createDocumentHelpers>;

/** The as-you-type subset of a document. */
export function toTitleDocument({
  href,
  kind,
  title,
  names,
  codes,
  tags,
  context,
  revealedIn,
}: TitleDocument): TitleDocument {
  return { href, kind, title, names, codes, tags, context, ...(revealedIn ? { revealedIn } : {}) };
}
