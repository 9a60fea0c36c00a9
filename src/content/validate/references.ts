/** Links between entries: where an entry names another by id, and step 4 of validation, which checks them. */
import { COLLECTION_NAMES, type CollectionName, type SubjectKind } from '../schema';
import { isRecord, itemsOf } from './json';
import { formatPath, nearest, type PathSegment } from './messages';
import type { Rule } from './rule';

/** A place in an entry that holds the id of another entry. */
export type Reference = {
  path: PathSegment[];
  /** The value as written in the file (a season reference is a number). */
  value: string | number;
  target: CollectionName;
  /** The id the value resolves to in the target collection. */
  id: string;
};

/** Singular nouns, with their article, for messages such as `"s1e9" is not an episode`. */
const NOUNS: Record<CollectionName, string> = {
  sources: 'a source',
  people: 'a person',
  actors: 'an actor',
  seasons: 'a season',
  episodes: 'an episode',
  characters: 'a character',
  scenes: 'a scene',
  commentary: 'a commentary item',
  songs: 'a song',
  places: 'a place',
  books: 'a book',
  awards: 'an award',
  films: 'a film',
};

const SUBJECT_TARGETS: Record<Exclude<SubjectKind, 'show'>, CollectionName> = {
  season: 'seasons',
  episode: 'episodes',
  scene: 'scenes',
  character: 'characters',
  actor: 'actors',
  person: 'people',
};

const NOMINEE_TARGETS = {
  season: 'seasons',
  episode: 'episodes',
  person: 'people',
  actor: 'actors',
} as const satisfies Record<string, CollectionName>;

function isNomineeKind(kind: unknown): kind is keyof typeof NOMINEE_TARGETS {
  return typeof kind === 'string' && Object.hasOwn(NOMINEE_TARGETS, kind);
}

function isLinkedSubjectKind(kind: unknown): kind is keyof typeof SUBJECT_TARGETS {
  return typeof kind === 'string' && Object.hasOwn(SUBJECT_TARGETS, kind);
}

/** Every place in an entry that names another entry by id, read tolerantly from the raw JSON. */
export function referencesOf(collection: CollectionName, json: unknown): Reference[] {
  const refs: Reference[] = [];
  if (!isRecord(json)) return refs;
  const add = (path: PathSegment[], value: unknown, target: CollectionName): void => {
    if (typeof value === 'string') refs.push({ path, value, target, id: value });
  };
  const addList = (key: string, target: CollectionName): void => {
    itemsOf(json[key]).forEach((value, index) => {
      add([key, index], value, target);
    });
  };

  switch (collection) {
    case 'characters':
      addList('actors', 'actors');
      add(['firstAppearance'], json.firstAppearance, 'episodes');
      add(['descriptionReveals'], json.descriptionReveals, 'episodes');
      itemsOf(json.relationships).forEach((relationship, index) => {
        if (!isRecord(relationship)) return;
        add(['relationships', index, 'with'], relationship.with, 'characters');
        add(['relationships', index, 'since'], relationship.since, 'episodes');
        add(['relationships', index, 'until'], relationship.until, 'episodes');
      });
      break;
    case 'scenes':
      add(['episode'], json.episode, 'episodes');
      addList('characters', 'characters');
      break;
    case 'episodes':
      // An episode names its season by number; the season's file is s<number>.json.
      if (typeof json.season === 'number' && Number.isInteger(json.season) && json.season >= 1) {
        refs.push({ path: ['season'], value: json.season, target: 'seasons', id: `s${json.season}` });
      }
      addList('directors', 'people');
      addList('writers', 'people');
      break;
    case 'seasons':
      addList('directors', 'people');
      break;
    case 'commentary': {
      const speaker = json.speaker;
      if (isRecord(speaker)) {
        if (speaker.kind === 'person') add(['speaker', 'id'], speaker.id, 'people');
        if (speaker.kind === 'actor') add(['speaker', 'id'], speaker.id, 'actors');
      }
      itemsOf(json.about).forEach((subject, index) => {
        if (isRecord(subject) && isLinkedSubjectKind(subject.kind)) {
          add(['about', index, 'id'], subject.id, SUBJECT_TARGETS[subject.kind]);
        }
      });
      break;
    }
    case 'songs':
      add(['episode'], json.episode, 'episodes');
      add(['scene'], json.scene, 'scenes');
      break;
    case 'places':
      addList('standsInFor', 'places');
      addList('episodes', 'episodes');
      addList('scenes', 'scenes');
      break;
    case 'books':
      for (const key of ['adaptations', 'changes'] as const) {
        itemsOf(json[key]).forEach((item, index) => {
          if (!isRecord(item)) return;
          if (key === 'adaptations') {
            itemsOf(item.episodes).forEach((value, position) => {
              add([key, index, 'episodes', position], value, 'episodes');
            });
          } else add([key, index, 'episode'], item.episode, 'episodes');
          itemsOf(item.sources).forEach((value, position) => {
            add([key, index, 'sources', position], value, 'sources');
          });
        });
      }
      break;
    case 'awards': {
      const nominee = json.nominee;
      if (isRecord(nominee) && isNomineeKind(nominee.kind)) {
        add(['nominee', 'id'], nominee.id, NOMINEE_TARGETS[nominee.kind]);
      }
      break;
    }
    case 'films':
      addList('directors', 'people');
      addList('writers', 'people');
      addList('adapts', 'books');
      if (isRecord(json.status)) {
        itemsOf(json.status.sources).forEach((value, position) => {
          add(['status', 'sources', position], value, 'sources');
        });
      }
      break;
    case 'sources':
    case 'people':
    case 'actors':
      // Nothing but sources (below): a source names nothing, a person's and an actor's links are made by
      // the entries that name them.
      break;
    default: {
      // A new collection must say which of its fields name other entries, or its links go unchecked.
      const unhandled: never = collection;
      return unhandled;
    }
  }
  if (collection === 'people') {
    itemsOf(json.credits).forEach((credit, index) => {
      if (!isRecord(credit)) return;
      itemsOf(credit.sources).forEach((value, position) => {
        add(['credits', index, 'sources', position], value, 'sources');
      });
    });
  }
  if (collection === 'seasons') {
    itemsOf(json.castChanges).forEach((change, index) => {
      if (!isRecord(change)) return;
      add(['castChanges', index, 'actor'], change.actor, 'actors');
      add(['castChanges', index, 'character'], change.character, 'characters');
      itemsOf(change.sources).forEach((value, position) => {
        add(['castChanges', index, 'sources', position], value, 'sources');
      });
    });
  }
  if (collection === 'episodes' || collection === 'scenes') {
    itemsOf(json.contentNotes).forEach((note, index) => {
      if (!isRecord(note)) return;
      itemsOf(note.sources).forEach((value, position) => {
        add(['contentNotes', index, 'sources', position], value, 'sources');
      });
    });
  }
  addList('sources', 'sources');
  return refs;
}

/** Every id resolves; misspellings get the nearest id. */
export const checkReferences: Rule = ({ entries, idsOf, resolves, report, reportedAt }) => {
  for (const entry of entries) {
    const seenInList = new Map<string, PathSegment[]>();
    for (const ref of referencesOf(entry.collection, entry.json)) {
      const candidates = idsOf(ref.target);
      const existing = reportedAt(entry.file, ref.path);
      if (existing) {
        // The shape is already wrong (e.g. "S1E4"); still point at the id that was probably meant.
        if (existing.suggestion === undefined && typeof ref.value === 'string') {
          const suggestion = nearest(ref.value, candidates.keys());
          if (suggestion !== undefined) existing.suggestion = suggestion;
        }
        continue;
      }
      if (entry.collection === 'characters' && ref.path[0] === 'relationships' && ref.path[2] === 'with') {
        if (ref.id === entry.id) {
          report(
            entry.file,
            ref.path,
            ref.value,
            'is the character itself; a relationship needs another character',
          );
          continue;
        }
      }
      if (!resolves(ref.target, ref.id)) {
        if (ref.target === 'seasons' && typeof ref.value === 'number') {
          report(
            entry.file,
            ref.path,
            ref.value,
            `has no season file (expected data/seasons/${ref.id}.json)`,
          );
          continue;
        }
        const elsewhere = COLLECTION_NAMES.find((c) => c !== ref.target && resolves(c, ref.id));
        const hint = elsewhere ? ` (it is the id of ${NOUNS[elsewhere]})` : '';
        report(
          entry.file,
          ref.path,
          ref.value,
          `is not ${NOUNS[ref.target]}${hint}`,
          nearest(ref.id, candidates.keys()),
        );
        continue;
      }
      // A list (sources, actors, a scene's characters, ...) names each entry once.
      const last = ref.path[ref.path.length - 1];
      if (typeof last === 'number') {
        const listKey = `${formatPath(ref.path.slice(0, -1))}\u0000${ref.id}`;
        const earlier = seenInList.get(listKey);
        if (earlier) {
          report(entry.file, ref.path, ref.value, `is listed twice (also at ${formatPath(earlier)})`);
        } else {
          seenInList.set(listKey, ref.path);
        }
      }
    }
  }
};
