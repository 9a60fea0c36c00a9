/**
 * What a share card says, worked out from a page's data: plain strings only. The card layout draws these
 * as text (satori turns every glyph into a path), so nothing here is ever parsed as HTML or SVG.
 *
 * The limits are applied here, in characters, so a card's content can be checked without rendering it;
 * the layout clamps again by measured width as a second line of defence.
 */
import type { PageData } from '../../src/content/page-data';
import type { LinkRef } from '../../src/content/view-model';
import { formatDate } from '../../src/lib/dates';
import { ENTRY_PAGES, isEntryKind } from '../../src/lib/routes';

export type ShareCardContent = {
  /** What sort of page this is, with its place where that helps: "Scene · S1E4: Secret". */
  kind: string;
  title: string;
  /** Short context lines under the title, each drawn on one line. */
  lines: string[];
  /** A short excerpt of something someone said, drawn in quotation marks. */
  quote?: string;
  /** Initials on a tinted disc for people and characters (the wiki shows no photos). */
  monogram?: { initials: string; tint: number };
};

/**
 * Character budgets, so a card's text can be checked without drawing it. The layout still clamps by
 * measured width (a line of wide letters, or the narrower column beside a monogram, ends in an ellipsis).
 */
export const CARD_LIMITS = {
  kind: 48,
  title: 90,
  line: 64,
  lines: 3,
  quote: 120,
} as const;

/** Shorten to at most `max` characters, at a word boundary where there is one, ending in an ellipsis. */
export function clampText(value: string, max: number): string {
  // Runs of whitespace (including newlines from the data) would otherwise become gaps or line breaks.
  const text = value.replace(/\s+/g, ' ').trim();
  if ([...text].length <= max) return text;
  // Count code points, not UTF-16 units, so an emoji is never cut in half.
  const cut = [...text].slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  // A single very long word has no boundary worth keeping: cut it mid-word rather than show nothing.
  const kept = space > max / 2 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,;:·–—-]+$/, '')}…`;
}

/** "A", "A and B", "A, B and C", or "A, B and 3 others" once the names would run past `max`. */
export function listNames(names: string[], max: number): string {
  const joined = (shown: string[], hidden: number): string => {
    const all = hidden > 0 ? [...shown, `${hidden} other${hidden === 1 ? '' : 's'}`] : shown;
    if (all.length <= 1) return all.join('');
    return `${all.slice(0, -1).join(', ')} and ${all.at(-1)}`;
  };
  for (let shown = names.length; shown > 0; shown -= 1) {
    const text = joined(names.slice(0, shown), names.length - shown);
    if (text.length <= max) return text;
  }
  return clampText(joined(names, 0), max);
}

/** Initials for the monogram, the same way the site's Monogram component picks them. */
function initialsOf(name: string): string {
  return name
    .replace(/^(Mr|Mrs|Ms|Coach)\s+/, '')
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word))
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
}

/** A stable tint per name, matching the site's monogram so a person looks the same on the card. */
function tintOf(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash % 6;
}

function monogramOf(name: string): ShareCardContent['monogram'] {
  const initials = initialsOf(name);
  return initials ? { initials, tint: tintOf(name) } : undefined;
}

const labels = (links: LinkRef[]): string[] => links.map((link) => link.label);

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * Page data that is a page of its own, with an address and a <head>: everything but redirects and the
 * search data files, which carry no `meta`.
 */
type CardPage = Extract<PageData, { meta: unknown }>;

function isCardPage(data: PageData): data is CardPage {
  return 'meta' in data;
}

const SITE_SUFFIX = / · Heartstopper Wiki$/;

/** The text of the card before the limits are applied. */
function rawCard(data: CardPage): ShareCardContent {
  // For a kind of page this module has no layout for yet: still a card, from the page's own <head> and its
  // noun in the registry of page kinds.
  const generic = (): ShareCardContent => {
    const { kind } = data;
    return {
      kind: isEntryKind(kind) ? capitalise(ENTRY_PAGES[kind].noun) : 'Heartstopper Wiki',
      title: data.meta.title.replace(SITE_SUFFIX, ''),
      lines: [],
    };
  };
  switch (data.kind) {
    case 'home':
      return {
        kind: 'Fan wiki',
        title: 'Heartstopper',
        lines: [
          'Episodes, characters, scenes and the creator’s own words',
          `${plural(data.counts.episodes, 'episode')} · ${plural(data.counts.characters, 'character')} · ${plural(data.counts.scenes, 'scene')}`,
        ],
      };
    case 'character': {
      const playedBy = labels(data.playedBy);
      // A role such as "Truham student; rugby player" reads better as two short lines than as one long
      // line cut off beside the monogram; the first appearance fills the last line when there is room.
      const roleParts = data.role
        .split(/;\s*/)
        .filter(Boolean)
        .map((part) => capitalise(part));
      return {
        kind: 'Character',
        title: data.name,
        lines: [
          ...(playedBy.length > 0 ? [`Played by ${listNames(playedBy, CARD_LIMITS.line - 10)}`] : []),
          ...roleParts,
          `First seen in ${data.firstAppearance.label}`,
        ],
        monogram: monogramOf(data.name),
      };
    }
    case 'actor': {
      const roles = labels(data.roles);
      return {
        kind: 'Actor',
        title: data.name,
        lines: roles.length > 0 ? [`Plays ${listNames(roles, CARD_LIMITS.line - 6)}`] : [],
        monogram: monogramOf(data.name),
      };
    }
    case 'person':
      return {
        kind: 'Cast and crew',
        title: data.name,
        lines: [
          ...(data.roles.length > 0 ? [capitalise(data.roles.join(', '))] : []),
          ...(data.directed.length > 0 ? [`Directed ${plural(data.directed.length, 'episode')}`] : []),
          ...(data.wrote.length > 0 ? [`Wrote ${plural(data.wrote.length, 'episode')}`] : []),
        ],
        monogram: monogramOf(data.name),
      };
    case 'episode': {
      const directors = labels(data.directors);
      const writers = labels(data.writers);
      return {
        kind: `Episode · ${data.code.toUpperCase()}`,
        title: data.episodeTitle,
        lines: [
          `Season ${data.season}, episode ${data.number} · released ${formatDate(data.released)}`,
          ...(directors.length > 0 ? [`Directed by ${listNames(directors, CARD_LIMITS.line - 12)}`] : []),
          ...(writers.length > 0 ? [`Written by ${listNames(writers, CARD_LIMITS.line - 11)}`] : []),
        ],
      };
    }
    case 'scene': {
      const characters = labels(data.characters);
      return {
        kind: `Scene · ${data.episode.label}`,
        title: data.sceneTitle,
        lines: [
          ...(characters.length > 0 ? [`With ${listNames(characters, CARD_LIMITS.line - 5)}`] : []),
          `Scene ${data.order} of ${data.scenesInEpisode} in ${data.episode.label}`,
          data.setting,
        ],
      };
    }
    case 'commentary': {
      const { card } = data;
      // The quote is kept as its separate passages; joined the way the page's own description joins them.
      const excerpt = card.quote && card.quote.length > 0 ? card.quote.join(' … ') : undefined;
      return {
        kind: 'Commentary',
        title: card.topic,
        lines: [
          `${card.speaker.label} · ${formatDate(card.date)}`,
          ...(card.attribution ? [card.attribution] : []),
        ],
        ...(excerpt ? { quote: excerpt } : {}),
      };
    }
    case 'characters':
      return {
        kind: 'Characters',
        title: 'Every character',
        lines: [`${plural(data.items.length, 'character')}, who plays them and how they are connected`],
      };
    case 'actors':
      return {
        kind: 'Cast and crew',
        title: 'The cast and crew',
        lines: [
          `${plural(data.items.length, 'actor')} and ${plural(data.people.length, 'person', 'people')} behind the camera`,
        ],
      };
    case 'episodes':
      return {
        kind: 'Episodes',
        title: 'Every episode',
        lines: data.seasons.map(
          (season) =>
            `Season ${season.number} · ${plural(season.episodes.length, 'episode')} · ${formatDate(season.released)}`,
        ),
      };
    case 'scenes':
      return {
        kind: 'Scenes',
        title: 'Every scene',
        lines: [
          `${plural(
            data.episodes.reduce((total, entry) => total + entry.scenes.length, 0),
            'scene',
          )} across ${plural(data.episodes.length, 'episode')}, with who is in them`,
        ],
      };
    case 'commentary-index':
      return {
        kind: 'Commentary',
        title: 'In their own words',
        lines: [
          'What the creator, directors and cast have said',
          `${plural(data.items.length, 'statement')}, newest first`,
        ],
      };
    case 'appearances':
      return {
        kind: 'At a glance',
        title: 'Who appears in which episode',
        lines: [
          `${plural(data.rows.length, 'character')} × ${plural(
            data.seasons.reduce((total, season) => total + season.episodes.length, 0),
            'episode',
          )}, from the scenes`,
        ],
      };
    case 'relationships':
      return {
        kind: 'At a glance',
        title: 'Relationship map',
        lines: [
          'Partners, family, friends and school',
          `${plural(new Set(data.relationships.map((entry) => entry.pair)).size, 'pair')} of ${plural(data.nodes.length, 'character')}`,
        ],
      };
    case 'song':
      return {
        kind: data.episode ? `Song · ${data.episode.label}` : `Song · Season ${data.season}`,
        title: data.title,
        lines: [`By ${data.artists.join(', ')}`, ...(data.placement ? [data.placement] : [])],
      };
    case 'place':
      return {
        kind: data.placeKind === 'setting' ? 'A place in the story' : 'Filming location',
        title: data.name,
        lines: [
          ...(data.location ? [data.location] : []),
          ...(data.filmedAt.length > 0
            ? [`Filmed at ${listNames(labels(data.filmedAt), CARD_LIMITS.line - 10)}`]
            : []),
          ...(data.standsInFor.length > 0
            ? [`Played ${listNames(labels(data.standsInFor), CARD_LIMITS.line - 7)}`]
            : []),
        ],
      };
    case 'book':
      return {
        kind: data.volume === undefined ? data.bookKind : `Volume ${data.volume}`,
        title: data.title,
        lines: ['By Alice Oseman', ...(data.published ? [`Published ${formatDate(data.published)}`] : [])],
      };
    case 'music':
      return {
        kind: 'Music',
        title: 'The soundtrack',
        lines: [
          `${plural(
            data.seasons.reduce(
              (total, season) => total + season.episodes.reduce((sum, group) => sum + group.songs.length, 0),
              0,
            ),
            'song',
          )}, season by season and episode by episode`,
        ],
      };
    case 'places':
      return {
        kind: 'Places',
        title: 'Where it is set and filmed',
        lines: [
          `${plural(data.settings.length, 'place')} in the story`,
          `${plural(data.filming.length, 'filming location')}`,
        ],
      };
    case 'books':
      return {
        kind: 'Books',
        title: 'The books behind the show',
        lines: [`${plural(data.items.length, 'book')} by Alice Oseman, and which episodes adapt them`],
      };
    case 'awards':
      return {
        kind: 'Awards',
        title: 'What Heartstopper has won',
        lines: [
          `${plural(
            data.ceremonies.reduce((total, ceremony) => total + ceremony.rows.length, 0),
            'nomination',
          )}, ${plural(data.wins, 'win')}`,
        ],
      };
    case 'film':
      return {
        kind: 'The film',
        title: data.title,
        lines: [`Directed by ${listNames(labels(data.directors), CARD_LIMITS.line - 12)}`],
      };
    case 'my-wiki':
      return {
        kind: 'Your wiki',
        title: 'My wiki',
        lines: ['Watch progress, spoiler shield and favourites', 'Kept in your own browser'],
      };
    case 'open-data':
      return {
        kind: 'Open data',
        title: 'The whole wiki as data',
        lines: [
          `${plural(data.entries, 'entry', 'entries')} in one JSON download`,
          'A JSON Schema for each kind of entry',
          `Our own words under ${data.licence.name}`,
        ],
      };
    case 'corrections':
      return {
        kind: 'Found a mistake?',
        title: 'Suggest a correction',
        lines: ['Every page is drawn from one JSON file', 'Fix it, cite a source, check it'],
      };
    case 'random':
      return {
        kind: 'Surprise me',
        title: 'A random page',
        lines: ['A character, episode, scene or quote, picked at random'],
      };
    default:
      return generic();
  }
}

/** The card for a page, or undefined for data that is not a page of its own (redirects, search data). */
export function cardFor(data: PageData): ShareCardContent | undefined {
  if (!isCardPage(data)) return undefined;
  const card = rawCard(data);
  const lines = card.lines
    .filter((line) => line.trim() !== '')
    .slice(0, CARD_LIMITS.lines)
    .map((line) => clampText(line, CARD_LIMITS.line));
  return {
    kind: clampText(card.kind, CARD_LIMITS.kind),
    title: clampText(card.title, CARD_LIMITS.title),
    lines,
    ...(card.quote ? { quote: clampText(card.quote, CARD_LIMITS.quote) } : {}),
    ...(card.monogram ? { monogram: card.monogram } : {}),
  };
}
