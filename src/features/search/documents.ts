/**
 * What search knows about each page: one document per character, actor, person, season, episode, scene and
 * commentary item, built from the repository at build time (and in tests) and shipped as page data.
 *
 * Two shapes ship: the title documents (names, aliases, codes: enough for as-you-type suggestions, small
 * enough to load on first focus of the header box) and the full documents (adding the linked names and the
 * body text, for the results page and its snippets).
 */

import { latestEpisode } from '../../content/latest-episode';
import type { SpoilerMark } from '../../content/page-data';
import type { EntityKind, Repository } from '../../content/repository';
import { formatDate } from '../../lib/dates';
import { paths } from '../../lib/paths';

export const SEARCH_KINDS = [
  'character',
  'actor',
  'person',
  'season',
  'episode',
  'scene',
  'commentary',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export function isSearchKind(value: unknown): value is SearchKind {
  return SEARCH_KINDS.some((kind) => kind === value);
}

/** How each kind is named in group headings and filters. */
export const KIND_LABELS: Record<SearchKind, string> = {
  character: 'Characters',
  actor: 'Actors',
  person: 'People',
  season: 'Seasons',
  episode: 'Episodes',
  scene: 'Scenes',
  commentary: 'Commentary',
};

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

/** Every page search can find, in the order ties are broken in: characters first, commentary last. */
export function buildSearchDocuments(repo: Repository): SearchDocument[] {
  const mark = (kind: EntityKind, id: string): { revealedIn?: SpoilerMark } => {
    const episode = repo.revealedIn(kind, id);
    return episode ? { revealedIn: { code: episode.id, overall: episode.overall } } : {};
  };

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

  const characters = repo.characters().map(
    (entry): SearchDocument => ({
      href: paths.character(entry.id),
      kind: 'character',
      title: entry.name,
      names: [...entry.aliases, ...entry.nicknames],
      codes: [],
      tags: [],
      context: entry.role,
      related: joinNames(entry.actors.map((id) => repo.label('actor', id))),
      body: bodyOf(`${entry.role}. ${entry.description}`, entry.unverified),
      ...mark('character', entry.id),
      ...laterBody('character', entry.id, entry.descriptionReveals),
    }),
  );

  const actors = repo.actors().map((entry): SearchDocument => {
    const characters = repo.rolesOfActor(entry.id);
    const roles = characters.map((role) => role.name);
    // "Plays Michael Holden" names the character: the result waits for the latest of them to be revealed.
    const latestRole = latestEpisode(characters.map((role) => repo.revealedIn('character', role.id)));
    return {
      href: paths.actor(entry.id),
      kind: 'actor',
      title: entry.name,
      names: [],
      codes: [],
      tags: [],
      context: roles.length > 0 ? `Plays ${roles.join(' and ')}` : 'Actor',
      related: roles.join(', '),
      body: bodyOf(entry.bio, entry.unverified),
      ...(latestRole ? { revealedIn: { code: latestRole.id, overall: latestRole.overall } } : {}),
    };
  });

  const people = repo.people().map(
    (entry): SearchDocument => ({
      href: paths.person(entry.id),
      kind: 'person',
      title: entry.name,
      names: [],
      codes: [],
      tags: [],
      context: entry.roles.map((role) => role.replace(/-/g, ' ')).join(', '),
      related: '',
      body: bodyOf(entry.bio, entry.unverified),
    }),
  );

  const seasons = repo.seasons().map(
    (entry): SearchDocument => ({
      href: `${paths.episodes()}#season-${entry.number}`,
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

  const episodes = repo.episodes().map(
    (entry): SearchDocument => ({
      href: paths.episode(entry.id),
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

  const scenes = repo.scenes().map(
    (entry): SearchDocument => ({
      href: paths.scene(entry.id),
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

  const commentary = repo.commentary().map((entry): SearchDocument => {
    const speaker = repo.label(entry.speaker.kind, entry.speaker.id);
    return {
      href: paths.commentary(entry.id),
      kind: 'commentary',
      title: entry.topic,
      names: [],
      codes: [],
      tags: [],
      context: [speaker, formatDate(entry.date)].filter(Boolean).join(' · '),
      related: joinNames([
        speaker,
        ...entry.about.map((subject) =>
          subject.kind === 'show' || subject.id === undefined
            ? undefined
            : repo.label(subject.kind, subject.id),
        ),
      ]),
      body: bodyOf([...(entry.quote ?? []), entry.summary].join(' '), entry.unverified),
      ...mark('commentary', entry.id),
    };
  });

  return [...characters, ...actors, ...people, ...seasons, ...episodes, ...scenes, ...commentary];
}

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
