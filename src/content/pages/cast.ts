/**
 * Page data for the people of the show: characters, the actors who play them and the people behind the
 * camera, their list pages, and their search documents.
 */
import { paths } from '../../lib/paths';
import { latestEpisode } from '../latest-episode';
import {
  type Commentary,
  type Credit,
  INVERSE_RELATIONSHIP,
  type RelationshipKind,
  type School,
} from '../schema';
import type { DocumentHelpers, SearchDocument } from '../search-documents';
import type {
  CommentaryCard,
  CommentaryLink,
  EpisodeRef,
  LinkRef,
  Meta,
  Sourced,
  SpoilerMark,
} from '../view-model';
import { type AwardRow, createAwardRows } from './honours';
import { type EntryBuilder, type Refs, SITE_NAME, summarise } from './refs';

/**
 * Statements about someone, most relevant first: their exact words before our summaries, then those about
 * fewer subjects (more about this one), then newest.
 */
function mostRelevantFirst(statements: Commentary[]): Commentary[] {
  // Array sort is stable, so ties keep the newest-first order they came in.
  return [...statements].sort(
    (a, b) =>
      Number(b.quote !== undefined) - Number(a.quote !== undefined) || a.about.length - b.about.length,
  );
}

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
    awards: AwardRow[];
  };

export type PersonPageData = Meta &
  Sourced & {
    kind: 'person';
    id: string;
    name: string;
    pronouns?: string;
    roles: string[];
    /** Each job season by season: "composer, seasons 1 and 2". */
    credits: string[];
    bio: string;
    directed: EpisodeRef[];
    wrote: EpisodeRef[];
    commentaryBy: CommentaryLink[];
    commentaryAbout: CommentaryCard[];
    awards: AwardRow[];
  };

export type CharactersIndexData = Meta & {
  kind: 'characters';
  items: (LinkRef & { role: string; playedBy: LinkRef[] })[];
};
export type ActorsIndexData = Meta & {
  kind: 'actors';
  items: (LinkRef & { roles: LinkRef[] })[];
  people: (LinkRef & { roles: string[] })[];
  /** Who joined the cast and who left it, season by season. */
  castChanges: {
    season: number;
    changes: { change: 'joined' | 'left'; actor: LinkRef | { label: string }; character?: LinkRef }[];
  }[];
};
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

const RELATIONSHIP_KINDS = Object.keys(RELATIONSHIP_LABELS) as RelationshipKind[];

const SCHOOL_LABELS: Record<School, string> = {
  truham: 'Truham Grammar School',
  higgs: 'Higgs (girls’ school)',
  lambert: 'Lambert School of Art',
};

/** "composer, seasons 1 and 2", "director, the film". */
function creditLine(credit: Credit): string {
  const seasons = credit.seasons ?? [];
  const where = [
    ...(seasons.length > 0
      ? [
          `season${seasons.length > 1 ? 's' : ''} ${seasons.slice(0, -1).join(', ')}${seasons.length > 1 ? ' and ' : ''}${seasons.at(-1)}`,
        ]
      : []),
    ...(credit.film ? ['the film'] : []),
  ];
  return `${credit.role.replace(/-/g, ' ')}, ${where.join(' and ')}`;
}

export function createCastPages(refs: Refs, { mark, laterBody, bodyOf, joinNames }: DocumentHelpers) {
  const { repo, episodeRef, link, commentaryCard, commentaryLink, sourced } = refs;
  const awardRow = createAwardRows(refs);
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
        // A scene is revealed in its episode: the page shields them by the episode's mark, so none of their own.
        scenes: appearance.scenes.map((scene) => ({
          label: scene.title,
          href: paths.sceneInEpisode(scene.episode, scene.id),
        })),
      })),
      commentary: mostRelevantFirst(repo.commentaryAbout('character', entry.id)).map(commentaryCard),
      ...sourced('character', entry.id, entry.sources, entry.unverified, [
        'appears in scene',
        'commentary about',
        'commentary about (unconfirmed)',
        // Every relationship is recorded on both characters, so the other side's is this page's own list,
        // where it is shielded until its episode: listed again it would give away what the shield hides.
        ...RELATIONSHIP_KINDS.map((kind) => `relationship: ${kind}`),
      ]),
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
      awards: repo.awardsOf('actor', entry.id).map(awardRow),
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
      credits: (entry.credits ?? []).map(creditLine),
      bio: entry.bio,
      directed: credits.directed.map((episode) => episodeRef(episode.id)),
      wrote: credits.wrote.map((episode) => episodeRef(episode.id)),
      commentaryBy: repo.commentaryBy('person', entry.id).map(commentaryLink),
      commentaryAbout: repo.commentaryAbout('person', entry.id).map(commentaryCard),
      awards: repo.awardsOf('person', entry.id).map(awardRow),
      ...sourced('person', entry.id, entry.sources, entry.unverified),
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
    castChanges: repo
      .seasons()
      .filter((season) => (season.castChanges ?? []).length > 0)
      .map((season) => ({
        season: season.number,
        changes: (season.castChanges ?? []).map((change) => ({
          change: change.change,
          actor: change.actor ? link('actor', change.actor) : { label: change.name ?? 'An actor' },
          ...(change.character ? { character: link('character', change.character) } : {}),
        })),
      })),
  });

  const characterDocuments = () =>
    repo.characters().map(
      (entry): SearchDocument => ({
        href: paths.entry('character', entry.id),
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

  const actorDocuments = () =>
    repo.actors().map((entry): SearchDocument => {
      const characters = repo.rolesOfActor(entry.id);
      const roles = characters.map((role) => role.name);
      // "Plays Michael Holden" names the character: the result waits for the latest of them to be revealed.
      const latestRole = latestEpisode(characters.map((role) => repo.revealedIn('character', role.id)));
      return {
        href: paths.entry('actor', entry.id),
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

  const personDocuments = () =>
    repo.people().map(
      (entry): SearchDocument => ({
        href: paths.entry('person', entry.id),
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

  return {
    entries: {
      character: {
        page: character,
        // A character's `aliases` are display names (for search); its old addresses are `slugAliases`.
        slugs: () => repo.characters().map((entry) => ({ id: entry.id, aliases: entry.slugAliases ?? [] })),
        documents: characterDocuments,
      },
      actor: {
        page: actor,
        slugs: () => repo.actors().map((entry) => ({ id: entry.id, aliases: entry.aliases ?? [] })),
        documents: actorDocuments,
      },
      person: {
        page: person,
        slugs: () => repo.people().map((entry) => ({ id: entry.id, aliases: entry.aliases ?? [] })),
        documents: personDocuments,
      },
    } satisfies Record<string, EntryBuilder>,
    indexes: { character: charactersIndex, actor: actorsIndex },
  };
}
