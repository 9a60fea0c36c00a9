/**
 * Page data for the two "show at a glance" pages: the appearance grid (characters x episodes) and the
 * relationship map. Built at build time by `createPageDataBuilder` (../page-data.ts), like every other page;
 * the map's layout is computed here too, so the browser only draws it.
 */
import { paths } from '../../lib/paths';
import { estimateLabelWidth, LAYOUT, layoutGraph } from '../map-layout';
import type { Repository } from '../repository';
import { INVERSE_RELATIONSHIP, type Relationship, type RelationshipKind } from '../schema';
import type { EpisodeRef, LinkRef, SpoilerMark } from '../view-model';

type Meta = { meta: { title: string; description: string } };

/** One filled cell: the character is in the episode. */
export type AppearanceCell = {
  code: string;
  /** The character's first scene in the episode (its anchor on the episode page), else the episode page. */
  href: string;
  /** Scenes in our data with the character in this episode; 0 for a first appearance with no scene. */
  scenes: number;
};

export type AppearanceRow = {
  /** Links to the character; `revealedIn` is their first appearance. */
  character: LinkRef;
  cells: AppearanceCell[];
};

export type AppearancesPageData = Meta & {
  kind: 'appearances';
  seasons: { number: number; episodes: EpisodeRef[] }[];
  /** Most episodes first, ties by name. */
  rows: AppearanceRow[];
};

export type RelationshipGroup = 'partners' | 'family' | 'friends' | 'school';

export type RelationshipGroupInfo = { id: RelationshipGroup; label: string; kinds: string };

export type MapNode = LinkRef & {
  id: string;
  /** What the map writes under the node: the first name when no other node shares it. */
  short: string;
  x: number;
  y: number;
};

export type MapRelationship = {
  /** The two characters' ids joined in code-point order: one pair, however many relationships it has. */
  pair: string;
  group: RelationshipGroup;
  /** Node ids. For one-way kinds `from` is the parent, the teacher, the aunt or uncle. */
  from: string;
  to: string;
  /** What `from` is to `to`: "partner", "parent of". */
  label: string;
  since: EpisodeRef;
  until?: EpisodeRef;
  note?: string;
  /** The latest of its start, its end and both characters' first appearances. */
  revealedIn: SpoilerMark;
};

export type RelationshipsPageData = Meta & {
  kind: 'relationships';
  /** The map's drawing area (its viewBox is 0 0 width height). */
  width: number;
  height: number;
  fontSize: number;
  nodeRadius: number;
  groups: RelationshipGroupInfo[];
  nodes: MapNode[];
  /** Grouped as `groups`, then by when they begin, then by name. */
  relationships: MapRelationship[];
};

/** Map groups in the order the legend and the list show them; a pair is drawn as its first group's edge. */
export const RELATIONSHIP_GROUPS: { id: RelationshipGroup; label: string; kinds: RelationshipKind[] }[] = [
  { id: 'partners', label: 'Partners', kinds: ['partner', 'ex-partner', 'love-interest'] },
  {
    id: 'family',
    label: 'Family',
    kinds: ['parent', 'child', 'sibling', 'aunt-or-uncle', 'niece-or-nephew'],
  },
  { id: 'friends', label: 'Friends', kinds: ['friend', 'former-friend', 'teammate'] },
  { id: 'school', label: 'School', kinds: ['teacher', 'student'] },
];

/** The side of a one-way relationship the list names first: it reads "Jane Spring — parent of — Charlie". */
const LEADING_KIND: Partial<Record<RelationshipKind, RelationshipKind>> = {
  child: 'parent',
  student: 'teacher',
  'niece-or-nephew': 'aunt-or-uncle',
};

const PAIR_LABELS: Record<RelationshipKind, string> = {
  partner: 'partner',
  'ex-partner': 'former partner',
  'love-interest': 'love interest',
  sibling: 'sibling',
  parent: 'parent of',
  child: 'child of',
  'aunt-or-uncle': 'aunt or uncle of',
  'niece-or-nephew': 'niece or nephew of',
  friend: 'friend',
  'former-friend': 'former friend',
  teammate: 'teammate',
  teacher: 'teacher of',
  student: 'student of',
};

/** Family and partner edges pull harder than friendships, so households sit together on the map. */
const EDGE_WEIGHT: Record<RelationshipGroup, number> = {
  partners: 1.4,
  family: 1.4,
  friends: 1,
  school: 0.8,
};

type Helpers = {
  repo: Repository;
  episodeRef: (code: string) => EpisodeRef;
  link: (kind: 'character', id: string) => LinkRef;
  siteName: string;
};

const groupOf = (kind: RelationshipKind): RelationshipGroup =>
  RELATIONSHIP_GROUPS.find((group) => group.kinds.includes(kind))?.id ?? 'friends';

const groupRank = (group: RelationshipGroup): number =>
  RELATIONSHIP_GROUPS.findIndex((entry) => entry.id === group);

export function createGlanceBuilder({ repo, episodeRef, link, siteName }: Helpers) {
  const appearances = (): AppearancesPageData => {
    const characters = repo.characters();
    const episodeCount = repo.episodes().length;
    const rows = characters.map((character) => ({
      character: link('character', character.id),
      cells: repo.appearancesOfCharacter(character.id).map(({ episode, scenes }) => {
        const first = scenes[0];
        return {
          code: episode.id,
          href: first ? paths.sceneInEpisode(episode.id, first.id) : paths.entry('episode', episode.id),
          scenes: scenes.length,
        };
      }),
    }));
    // Sorting a copy of the name-ordered list by count keeps names in order within each count.
    rows.sort((a, b) => b.cells.length - a.cells.length);
    return {
      kind: 'appearances',
      meta: {
        title: `Appearance grid: who is in which episode · ${siteName}`,
        description: `Which of Heartstopper’s ${characters.length} characters appear in each of its ${episodeCount} episodes, at a glance, from the scenes in the wiki.`,
      },
      seasons: repo.seasons().map((season) => ({
        number: season.number,
        episodes: repo.episodesOfSeason(season.number).map((episode) => episodeRef(episode.id)),
      })),
      rows,
    };
  };

  const relationships = (): RelationshipsPageData => {
    // Each relationship is recorded on both characters: keep the record from the side the list names first.
    const seen = new Set<string>();
    const records: { from: string; to: string; relationship: Relationship; other: Relationship[] }[] = [];
    for (const character of repo.characters()) {
      for (const { relationship, other } of repo.relationshipsOf(character.id)) {
        const leading = LEADING_KIND[relationship.kind];
        const oneWay = INVERSE_RELATIONSHIP[relationship.kind] !== relationship.kind;
        const [from, to, kind] = leading
          ? [other.id, character.id, leading]
          : oneWay || character.id < other.id
            ? [character.id, other.id, relationship.kind]
            : [other.id, character.id, relationship.kind];
        const key = `${from}>${to}:${kind}`;
        if (seen.has(key)) continue;
        seen.add(key);
        // The same relationship as the other side records it, if it does (the validator checks they agree).
        const mirrored = repo
          .relationshipsOf(other.id)
          .filter(
            (link) =>
              link.other.id === character.id &&
              link.relationship.kind === INVERSE_RELATIONSHIP[relationship.kind],
          )
          .map((link) => link.relationship);
        records.push({ from, to, relationship: { ...relationship, kind }, other: mirrored });
      }
    }

    const overallOf = (code: string): number => repo.getEpisode(code)?.overall ?? 0;
    const latest = (codes: string[]): SpoilerMark => {
      let found = { code: codes[0] ?? '', overall: overallOf(codes[0] ?? '') };
      for (const code of codes) {
        const overall = overallOf(code);
        if (overall > found.overall) found = { code, overall };
      }
      return found;
    };
    const firstAppearance = (id: string): string => repo.getCharacter(id)?.firstAppearance ?? '';

    const list: MapRelationship[] = records.map(({ from, to, relationship, other }) => {
      // Should the two sides disagree, the later start and the later end win: the shield errs towards hiding.
      const sinces = [relationship.since, ...other.map((entry) => entry.since)];
      const since = latest(sinces).code;
      const untils = [relationship.until, ...other.map((entry) => entry.until)].filter(
        (code): code is string => code !== undefined,
      );
      const until = untils.length > 0 ? latest(untils).code : undefined;
      const note = relationship.note ?? other.find((entry) => entry.note)?.note;
      const pair = [from, to].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('+');
      return {
        pair,
        group: groupOf(relationship.kind),
        from,
        to,
        label: PAIR_LABELS[relationship.kind],
        since: episodeRef(since),
        ...(until ? { until: episodeRef(until) } : {}),
        ...(note ? { note } : {}),
        revealedIn: latest([since, ...(until ? [until] : []), firstAppearance(from), firstAppearance(to)]),
      };
    });
    const nameOf = (id: string) => repo.getCharacter(id)?.name ?? id;
    list.sort(
      (a, b) =>
        groupRank(a.group) - groupRank(b.group) ||
        a.since.overall - b.since.overall ||
        nameOf(a.from).localeCompare(nameOf(b.from), 'en') ||
        nameOf(a.to).localeCompare(nameOf(b.to), 'en'),
    );

    const connected = repo
      .characters()
      .filter((character) => list.some((entry) => entry.from === character.id || entry.to === character.id));
    // "Charlie" for Charlie Spring, but "Mr Ajayi" in full, and a first name two characters share in full.
    const firstNames = connected.map((character) =>
      /^(Mr|Mrs|Ms|Miss|Dr|Coach)\b/.test(character.name) ? character.name : character.name.split(' ')[0],
    );
    const shorts = connected.map((character, index) => {
      const first = firstNames[index] ?? character.name;
      return firstNames.filter((name) => name === first).length > 1 ? character.name : first;
    });

    // One edge per pair for the layout too, at the strongest pull of its relationships.
    const edgeWeights = new Map<string, { a: string; b: string; weight: number }>();
    for (const entry of list) {
      const weight = EDGE_WEIGHT[entry.group];
      const existing = edgeWeights.get(entry.pair);
      if (!existing || existing.weight < weight)
        edgeWeights.set(entry.pair, { a: entry.from, b: entry.to, weight });
    }
    const layout = layoutGraph(
      connected.map((character, index) => ({
        id: character.id,
        labelWidth: estimateLabelWidth(shorts[index] ?? ''),
      })),
      [...edgeWeights.values()],
    );

    const nodes: MapNode[] = connected.map((character, index) => {
      const position = layout.positions.get(character.id) ?? { x: 0, y: 0 };
      return {
        ...link('character', character.id),
        id: character.id,
        short: shorts[index] ?? '',
        ...position,
      };
    });

    return {
      kind: 'relationships',
      meta: {
        title: `Relationship map: partners, family and friends · ${siteName}`,
        description: `Who is whose partner, family, friend and teacher in Heartstopper: ${new Set(list.map((entry) => entry.pair)).size} relationships between ${nodes.length} characters, as a map and as a list.`,
      },
      width: layout.width,
      height: layout.height,
      fontSize: LAYOUT.fontSize,
      nodeRadius: LAYOUT.nodeRadius,
      groups: RELATIONSHIP_GROUPS.map((group) => ({
        id: group.id,
        label: group.label,
        kinds: [
          ...new Set(group.kinds.map((kind) => PAIR_LABELS[LEADING_KIND[kind] ?? kind].replace(/ of$/, ''))),
        ].join(', '),
      })),
      nodes,
      relationships: list,
    };
  };

  return { appearances, relationships };
}
