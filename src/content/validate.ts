/**
 * The dataset validator: turns the raw text of every data file into a typed `Dataset` plus the full list of
 * problems, with the file, JSON path and offending value for each.
 *
 * Pure on purpose (no fs, no clock unless `today` is omitted): the CLI, the build and the tests all feed it
 * `RawFile`s, so every rule can be tested on a small in-memory fixture. It never stops at the first problem:
 * a fan fixing the data should see everything that is wrong in one run.
 */
import { z } from 'zod';
import {
  actorSchema,
  COLLECTION_NAMES,
  type CollectionName,
  characterSchema,
  commentarySchema,
  type Dataset,
  EPISODE_CODE_PATTERN,
  episodeSchema,
  INVERSE_RELATIONSHIP,
  isoDateSchema,
  personSchema,
  type Relationship,
  relationshipSchema,
  type SubjectKind,
  sceneSchema,
  seasonSchema,
  sourceSchema,
} from './schema';

/** One file under data/, as read from disk (or built by a test). */
export type RawFile = {
  /** Path relative to the repository, with forward slashes: "data/episodes/s1e4.json". */
  file: string;
  /** The collection its folder names, or null when the folder is not a collection. */
  collection: CollectionName | null;
  text: string;
};

export type Problem = {
  file: string;
  /** JSON path inside the file, e.g. "$.relationships[2].with"; "$" for the file as a whole. */
  path: string;
  /** The offending value; undefined when it is missing or the problem concerns the whole file. */
  value: unknown;
  message: string;
  /** The nearest valid id or name, when one is close enough to be a likely typo. */
  suggestion?: string;
};

export type ValidateOptions = {
  /** ISO date used for "not in the future" checks; defaults to the current UTC date. */
  today?: string;
};

export type ValidationResult = { dataset: Dataset; problems: Problem[] };

export type PathSegment = string | number;

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
};

const SUBJECT_TARGETS: Record<Exclude<SubjectKind, 'show'>, CollectionName> = {
  season: 'seasons',
  episode: 'episodes',
  scene: 'scenes',
  character: 'characters',
  actor: 'actors',
  person: 'people',
};

/** Where each collection keeps its slug aliases (old addresses that must keep working). */
const ALIAS_FIELDS: Partial<Record<CollectionName, string>> = {
  people: 'aliases',
  actors: 'aliases',
  scenes: 'aliases',
  commentary: 'aliases',
  characters: 'slugAliases',
};

// ---------------------------------------------------------------------------------------------------------
// Small pure helpers (exported where tests or other build code can use them)
// ---------------------------------------------------------------------------------------------------------

/**
 * Unrestricted Damerau-Levenshtein distance (Lowrance-Wagner): insertions, deletions, substitutions and
 * transpositions of adjacent characters, where a transposed pair may also be edited around. Works on code
 * points so an accented letter counts as one edit.
 */
export function damerauLevenshtein(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  const m = s.length;
  const n = t.length;
  if (m === 0) return n;
  if (n === 0) return m;
  const infinity = m + n;
  const width = n + 2;
  // A flat (m + 2) x (n + 2) table; row/column 0 hold the "infinity" sentinel the transposition step needs.
  const table = new Array<number>((m + 2) * width).fill(0);
  const get = (i: number, j: number): number => table[i * width + j] ?? infinity;
  const set = (i: number, j: number, value: number): void => {
    table[i * width + j] = value;
  };
  set(0, 0, infinity);
  for (let i = 0; i <= m; i++) {
    set(i + 1, 0, infinity);
    set(i + 1, 1, i);
  }
  for (let j = 0; j <= n; j++) {
    set(0, j + 1, infinity);
    set(1, j + 1, j);
  }
  // The last row of `s` in which each character was seen.
  const lastRowOf = new Map<string, number>();
  for (let i = 1; i <= m; i++) {
    const si = s[i - 1] ?? '';
    let lastMatchColumn = 0;
    for (let j = 1; j <= n; j++) {
      const tj = t[j - 1] ?? '';
      const i1 = lastRowOf.get(tj) ?? 0;
      const j1 = lastMatchColumn;
      const cost = si === tj ? 0 : 1;
      if (cost === 0) lastMatchColumn = j;
      set(
        i + 1,
        j + 1,
        Math.min(
          get(i, j) + cost,
          get(i + 1, j) + 1,
          get(i, j + 1) + 1,
          get(i1, j1) + (i - i1 - 1) + 1 + (j - j1 - 1),
        ),
      );
    }
    lastRowOf.set(si, i);
  }
  return get(m + 1, n + 1);
}

/**
 * The candidate nearest to `value`, if it is close enough to be a plausible typo: at most
 * max(2, length / 3) edits. Case is ignored, so "S1E4" still finds "s1e4". Ties go to the alphabetically
 * first candidate so the output is stable.
 */
export function nearest(value: string, candidates: Iterable<string>): string | undefined {
  const needle = value.toLowerCase();
  const limit = Math.max(2, Math.floor(Array.from(needle).length / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    // The length difference is a lower bound on the distance: skip hopeless candidates cheaply.
    if (Math.abs(candidate.length - needle.length) > limit) continue;
    const distance = damerauLevenshtein(needle, candidate.toLowerCase());
    if (distance > limit) continue;
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best === value ? undefined : best;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `["relationships", 2, "with"]` -> `$.relationships[2].with`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment)) out += `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

const MAX_SHOWN_VALUE = 80;

function showValue(value: unknown): string {
  if (typeof value === 'string' && value.length > MAX_SHOWN_VALUE) {
    return `${JSON.stringify(value.slice(0, 60))}… (${value.length} characters)`;
  }
  const json = JSON.stringify(value);
  if (json === undefined) return String(value);
  return json.length > MAX_SHOWN_VALUE ? `${json.slice(0, MAX_SHOWN_VALUE - 1)}…` : json;
}

/** One line per problem: `data/scenes/x.json $.episode: "s1e9" is not an episode; did you mean "s1e4"?`. */
export function formatProblem(problem: Problem): string {
  const value = problem.value === undefined ? '' : `${showValue(problem.value)} `;
  const suggestion = problem.suggestion === undefined ? '' : `; did you mean "${problem.suggestion}"?`;
  return `${problem.file} ${problem.path}: ${value}${problem.message}${suggestion}`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The CLI's success line: "data ok: 3 seasons, 24 episodes, ...". */
export function summarizeDataset(dataset: Dataset): string {
  return `data ok: ${[
    plural(dataset.seasons.length, 'season', 'seasons'),
    plural(dataset.episodes.length, 'episode', 'episodes'),
    plural(dataset.characters.length, 'character', 'characters'),
    plural(dataset.actors.length, 'actor', 'actors'),
    plural(dataset.people.length, 'person', 'people'),
    plural(dataset.scenes.length, 'scene', 'scenes'),
    `${dataset.commentary.length} commentary`,
    plural(dataset.sources.length, 'source', 'sources'),
  ].join(', ')}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function itemsOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let current = json;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isRecord(current) && typeof segment === 'string') current = current[segment];
    else return undefined;
  }
  return current;
}

/** Parses one field on its own, so checks across files still see the good fields of a broken entry. */
function field<S extends z.ZodType>(json: unknown, key: string, schema: S): z.output<S> | undefined {
  if (!isRecord(json)) return undefined;
  const result = schema.safeParse(json[key]);
  return result.success ? result.data : undefined;
}

/** [season, number] of an episode code, or undefined when it is not one. */
function episodeOrder(code: string): [number, number] | undefined {
  const match = EPISODE_CODE_PATTERN.exec(code);
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2])];
}

function compareEpisodeCodes(a: string, b: string): number | undefined {
  const x = episodeOrder(a);
  const y = episodeOrder(b);
  if (!x || !y) return undefined;
  return x[0] - y[0] || x[1] - y[1];
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const EXPECTED_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/**
 * Our wording for zod's built-in messages. Passed per parse, so the schema's own custom messages
 * (which take precedence in zod) stay as written in schema.ts.
 */
const errorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'is required';
      if (issue.expected === 'int' && typeof issue.input === 'number') return 'must be a whole number';
      const expected = EXPECTED_NAMES[issue.expected] ?? issue.expected;
      return `must be ${expected}, not ${typeName(issue.input)}`;
    }
    case 'too_small':
      if (issue.origin === 'string') return `must be at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `must have at least ${issue.minimum} item(s)`;
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `must have at most ${issue.maximum} item(s)`;
      return `must be at most ${issue.maximum}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return 'has the wrong format';
    default:
      return undefined;
  }
};

function unwrapSchema(schema: unknown): unknown {
  let current = schema;
  while (
    current instanceof z.ZodOptional ||
    current instanceof z.ZodDefault ||
    current instanceof z.ZodNullable
  ) {
    current = current.unwrap();
  }
  return current;
}

/** The field names an object at `path` may have, for "did you mean" on an unknown key. */
function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const segment of path) {
    current = unwrapSchema(current);
    if (current instanceof z.ZodObject) current = current.shape[String(segment)];
    else if (current instanceof z.ZodArray) current = current.element;
    else return [];
  }
  current = unwrapSchema(current);
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
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
    default:
      break;
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

// ---------------------------------------------------------------------------------------------------------
// The validator
// ---------------------------------------------------------------------------------------------------------

type Entry = {
  file: string;
  collection: CollectionName;
  /** The file name without ".json": what the id must be. */
  stem: string;
  json: unknown;
  /** The entry's id as written, or the file name when the id is missing, so others can still resolve it. */
  id: string;
  /** False when the text is not JSON: the entry still claims its id, but nothing else is known about it. */
  readable: boolean;
};

function describeJsonError(error: unknown, text: string): string {
  const raw = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(raw);
  // V8 quotes the whole input in some messages; keep only the first clause.
  let message = raw.replace(/, ".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '');
  if (position) {
    const offset = Number(position[1]);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    message += ` at line ${line}, column ${column}`;
  }
  return message;
}

function fileStem(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1);
  return base.endsWith('.json') ? base.slice(0, -'.json'.length) : base;
}

function folderOf(file: string): string {
  const parts = file.split('/');
  return parts.length >= 2 ? (parts[parts.length - 2] ?? '') : '';
}

export function validateFiles(files: readonly RawFile[], options: ValidateOptions = {}): ValidationResult {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (!isoDateSchema.safeParse(today).success) {
    throw new Error(
      `validateFiles: options.today must be an ISO date YYYY-MM-DD, got ${JSON.stringify(today)}`,
    );
  }

  const problems: Problem[] = [];
  /** Problems by file and path, so later checks do not repeat a fault already reported at the same spot. */
  const reported = new Map<string, Problem>();
  const report = (
    file: string,
    path: readonly PropertyKey[],
    value: unknown,
    message: string,
    suggestion?: string,
  ): void => {
    const problem: Problem = { file, path: formatPath(path), value, message };
    if (suggestion !== undefined) problem.suggestion = suggestion;
    problems.push(problem);
    const key = `${file}\u0000${problem.path}`;
    if (!reported.has(key)) reported.set(key, problem);
  };
  const reportedAt = (file: string, path: readonly PropertyKey[]): Problem | undefined =>
    reported.get(`${file}\u0000${formatPath(path)}`);

  // 1. Files: folder, extension, JSON syntax.
  const entries: Entry[] = [];
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const raw of sorted) {
    if (raw.collection === null) {
      const folder = folderOf(raw.file);
      report(
        raw.file,
        [],
        undefined,
        `is not in a collection folder ("${folder}"); entries live in data/<collection>/, one of ${COLLECTION_NAMES.join(', ')}`,
        nearest(folder, COLLECTION_NAMES),
      );
      continue;
    }
    if (!raw.file.endsWith('.json')) {
      report(raw.file, [], undefined, 'is not a .json file; each entry is data/<collection>/<id>.json');
      continue;
    }
    const stem = fileStem(raw.file);
    // An unreadable file still claims its id (from its name), so links to it are not also reported.
    const unreadable = {
      file: raw.file,
      collection: raw.collection,
      stem,
      json: undefined,
      id: stem,
      readable: false,
    };
    if (raw.text.startsWith('\uFEFF')) {
      report(raw.file, [], undefined, 'starts with a byte-order mark; save it as UTF-8 without BOM');
      entries.push(unreadable);
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(raw.text);
    } catch (error) {
      report(raw.file, [], undefined, `is not valid JSON: ${describeJsonError(error, raw.text)}`);
      entries.push(unreadable);
      continue;
    }
    const id = isRecord(json) && typeof json.id === 'string' ? json.id : stem;
    entries.push({ file: raw.file, collection: raw.collection, stem, json, id, readable: true });
  }

  // 2. Shapes: every zod issue of every file.
  const parseAll = <S extends z.ZodType>(collection: CollectionName, schema: S): z.output<S>[] => {
    const out: z.output<S>[] = [];
    for (const entry of entries) {
      if (entry.collection !== collection || !entry.readable) continue;
      const result = schema.safeParse(entry.json, { error: errorMap });
      if (result.success) {
        out.push(result.data);
        continue;
      }
      for (const issue of result.error.issues) {
        if (issue.code === 'unrecognized_keys') {
          const known = knownKeysAt(schema, issue.path);
          for (const key of issue.keys) {
            const path = [...issue.path, key];
            report(
              entry.file,
              path,
              valueAt(entry.json, path),
              `is under an unknown field "${key}"`,
              nearest(key, known),
            );
          }
          continue;
        }
        // One message per spot: "17/02/2023" fails both the format and the calendar check.
        if (reportedAt(entry.file, issue.path)) continue;
        const value = valueAt(entry.json, issue.path);
        const suggestion =
          issue.code === 'invalid_value' && typeof value === 'string'
            ? nearest(
                value,
                issue.values.filter((v): v is string => typeof v === 'string'),
              )
            : undefined;
        report(entry.file, issue.path, value, issue.message, suggestion);
      }
    }
    return out;
  };
  const dataset: Dataset = {
    sources: parseAll('sources', sourceSchema),
    people: parseAll('people', personSchema),
    actors: parseAll('actors', actorSchema),
    seasons: parseAll('seasons', seasonSchema),
    episodes: parseAll('episodes', episodeSchema),
    characters: parseAll('characters', characterSchema),
    scenes: parseAll('scenes', sceneSchema),
    commentary: parseAll('commentary', commentarySchema),
  };

  // 3. Ids: equal to the file name, unique within the collection.
  const ids = new Map<CollectionName, Map<string, Entry>>(COLLECTION_NAMES.map((c) => [c, new Map()]));
  /** Ids plus file names: what a reference may resolve to without a second report for a misnamed file. */
  const resolvable = new Map<CollectionName, Set<string>>(COLLECTION_NAMES.map((c) => [c, new Set()]));
  for (const entry of entries) {
    const idValue = isRecord(entry.json) ? entry.json.id : undefined;
    if (typeof idValue === 'string' && idValue !== entry.stem && !reportedAt(entry.file, ['id'])) {
      report(entry.file, ['id'], idValue, `does not match the file name "${entry.stem}.json"`);
    }
  }
  // The file whose name matches the id owns it; any other file claiming it is the duplicate.
  const byOwnership = [...entries].sort(
    (a, b) => Number(a.stem !== a.id) - Number(b.stem !== b.id) || (a.file < b.file ? -1 : 1),
  );
  for (const entry of byOwnership) {
    const byId = ids.get(entry.collection);
    const first = byId?.get(entry.id);
    if (first) {
      report(entry.file, ['id'], entry.id, `duplicates the id of ${first.file}`);
    } else {
      byId?.set(entry.id, entry);
    }
    resolvable.get(entry.collection)?.add(entry.id).add(entry.stem);
  }
  const idsOf = (collection: CollectionName): Map<string, Entry> => ids.get(collection) ?? new Map();
  const resolves = (collection: CollectionName, id: string): boolean =>
    resolvable.get(collection)?.has(id) ?? false;

  // 4. References: every id resolves; misspellings get the nearest id.
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

  // 5. Slug aliases: never an id or another alias of the same kind, or old links would become ambiguous.
  for (const collection of COLLECTION_NAMES) {
    const key = ALIAS_FIELDS[collection];
    if (key === undefined) continue;
    const owners = new Map<string, { file: string; path: PathSegment[] }>();
    for (const entry of entries) {
      if (entry.collection !== collection || !isRecord(entry.json)) continue;
      itemsOf(entry.json[key]).forEach((alias, index) => {
        const path: PathSegment[] = [key, index];
        if (typeof alias !== 'string' || reportedAt(entry.file, path)) return;
        const owner = idsOf(collection).get(alias);
        if (owner) {
          const whose = owner === entry ? "the entry's own id" : `the id of ${owner.file}`;
          report(entry.file, path, alias, `collides with ${whose}`);
          return;
        }
        const other = owners.get(alias);
        if (other) {
          report(entry.file, path, alias, `is also an alias at ${other.file} ${formatPath(other.path)}`);
          return;
        }
        owners.set(alias, { file: entry.file, path });
      });
    }
  }

  checkSeasonsAndEpisodes(entries, report, reportedAt);
  checkRelationships(entries, idsOf('characters'), (id) => resolves('characters', id), report, reportedAt);
  checkScenes(entries, report);
  checkContentNotes(entries, report);
  checkDescriptionReveals(entries, idsOf('episodes'), report, reportedAt);
  checkDates(entries, today, report);

  // Group by file, keeping each file's problems in the order they were found.
  const order = new Map(sorted.map((f, index) => [f.file, index]));
  problems.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  return { dataset, problems };
}

type Report = (
  file: string,
  path: readonly PropertyKey[],
  value: unknown,
  message: string,
  suggestion?: string,
) => void;
type ReportedAt = (file: string, path: readonly PropertyKey[]) => Problem | undefined;

function byNumber<T extends { number: number; entry: Entry }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.number - b.number || (a.entry.file < b.entry.file ? -1 : 1));
}

/** Reports numbers missing from 1..max (on the entry right after the gap) and numbers used twice. */
function checkNumbering<T extends { number: number; entry: Entry }>(
  items: T[],
  gapMessage: (first: number, last: number) => string,
  report: Report,
): void {
  let previous = 0;
  let previousEntry: Entry | undefined;
  for (const item of byNumber(items)) {
    if (item.number === previous && previousEntry) {
      report(item.entry.file, ['number'], item.number, `is also the number of ${previousEntry.file}`);
      continue;
    }
    if (item.number > previous + 1) {
      report(item.entry.file, ['number'], item.number, gapMessage(previous + 1, item.number - 1));
    }
    previous = item.number;
    previousEntry = item.entry;
  }
}

function range(first: number, last: number): string {
  return first === last ? `${first}` : `${first} to ${last}`;
}

function checkSeasonsAndEpisodes(entries: Entry[], report: Report, reportedAt: ReportedAt): void {
  const seasons: { entry: Entry; number: number; released: string | undefined }[] = [];
  for (const entry of entries) {
    if (entry.collection !== 'seasons') continue;
    const number = field(entry.json, 'number', seasonSchema.shape.number);
    if (number === undefined) continue;
    const idMatch = /^s([1-9][0-9]*)$/.exec(entry.id);
    if (idMatch && Number(idMatch[1]) !== number) {
      report(entry.file, ['number'], number, `does not match the id "${entry.id}" (season ${idMatch[1]})`);
    }
    seasons.push({ entry, number, released: field(entry.json, 'released', seasonSchema.shape.released) });
  }
  checkNumbering(seasons, (first, last) => `leaves a gap: there is no season ${range(first, last)}`, report);
  const seasonByNumber = new Map(seasons.map((s) => [s.number, s]));

  const episodes: { entry: Entry; season: number; number: number; overall: number | undefined }[] = [];
  for (const entry of entries) {
    if (entry.collection !== 'episodes') continue;
    const season = field(entry.json, 'season', episodeSchema.shape.season);
    const number = field(entry.json, 'number', episodeSchema.shape.number);
    const code = episodeOrder(entry.id);
    if (code && !reportedAt(entry.file, ['id'])) {
      if (season !== undefined && season !== code[0]) {
        report(entry.file, ['season'], season, `does not match the id "${entry.id}" (season ${code[0]})`);
      }
      if (number !== undefined && number !== code[1]) {
        report(entry.file, ['number'], number, `does not match the id "${entry.id}" (episode ${code[1]})`);
      }
    }
    const released = field(entry.json, 'released', episodeSchema.shape.released);
    // A season or number that is itself broken (already reported) falls back to the id, so the numbering
    // checks below do not also report a gap or a shifted `overall` for it.
    const seasonOrId = season ?? code?.[0];
    const numberOrId = number ?? code?.[1];
    const seasonEntry = seasonOrId === undefined ? undefined : seasonByNumber.get(seasonOrId);
    if (released !== undefined && seasonEntry?.released !== undefined && released < seasonEntry.released) {
      report(
        entry.file,
        ['released'],
        released,
        `is before its season's release (${seasonEntry.released} in ${seasonEntry.entry.file})`,
      );
    }
    if (seasonOrId !== undefined && numberOrId !== undefined) {
      const overall = field(entry.json, 'overall', episodeSchema.shape.overall);
      episodes.push({ entry, season: seasonOrId, number: numberOrId, overall });
    }
  }

  const bySeason = new Map<number, typeof episodes>();
  for (const episode of episodes) {
    const list = bySeason.get(episode.season) ?? [];
    list.push(episode);
    bySeason.set(episode.season, list);
  }
  for (const [season, list] of bySeason) {
    checkNumbering(
      list,
      (first, last) =>
        `leaves a gap: season ${season} has no episode ${range(first, last)} (episodes run 1..n without gaps)`,
      report,
    );
  }

  // `overall` counts earlier seasons in full (by their highest episode number), so one missing episode is
  // reported once as a gap rather than shifting every later episode's expected position.
  const seasonNumbers = [...bySeason.keys()].sort((a, b) => a - b);
  const offset = new Map<number, number>();
  let running = 0;
  for (const season of seasonNumbers) {
    offset.set(season, running);
    running += Math.max(...(bySeason.get(season) ?? []).map((e) => e.number));
  }
  for (const episode of episodes) {
    if (episode.overall === undefined) continue;
    const expected = (offset.get(episode.season) ?? 0) + episode.number;
    if (episode.overall !== expected) {
      report(
        episode.entry.file,
        ['overall'],
        episode.overall,
        `should be ${expected}: the episode's position across the series, in season and episode order`,
      );
    }
  }
}

/** The relationship shape without the unknown-key rule: a stray key is reported once, by the schema pass. */
const lenientRelationship = z.object(relationshipSchema.shape);

type Located = { entry: Entry; index: number; relationship: Relationship };

function relationshipPath(index: number, key?: keyof Relationship): PathSegment[] {
  return key === undefined ? ['relationships', index] : ['relationships', index, key];
}

function endsAfter(a: Relationship, b: Relationship): boolean {
  // Periods are [since, until); a missing until runs to the end of the show.
  if (a.until === undefined) return true;
  return (compareEpisodeCodes(a.until, b.since) ?? 1) > 0;
}

function checkRelationships(
  entries: Entry[],
  characters: Map<string, Entry>,
  isCharacter: (id: string) => boolean,
  report: Report,
  reportedAt: ReportedAt,
): void {
  // Each relationship is parsed on its own, so a character with an unrelated fault still has its
  // relationships checked from both sides instead of looking like a missing inverse.
  const cache = new Map<Entry, { list: Located[]; doubtful: boolean }>();
  const relationshipsOf = (entry: Entry): { list: Located[]; doubtful: boolean } => {
    const cached = cache.get(entry);
    if (cached) return cached;
    const list: Located[] = [];
    // A side with an unreadable relationship or an unknown `with` may hold the missing inverse under a typo;
    // that typo is already reported, so "no inverse" on the other side would only repeat it.
    let doubtful = !entry.readable;
    if (isRecord(entry.json)) {
      itemsOf(entry.json.relationships).forEach((item, index) => {
        const result = lenientRelationship.safeParse(item);
        if (!result.success) doubtful = true;
        else if (!isCharacter(result.data.with)) doubtful = true;
        else list.push({ entry, index, relationship: result.data });
      });
    }
    const value = { list, doubtful };
    cache.set(entry, value);
    return value;
  };
  const pathReported = (located: Located, key: 'since' | 'until'): boolean =>
    reportedAt(located.entry.file, relationshipPath(located.index, key)) !== undefined;

  for (const entry of entries) {
    if (entry.collection !== 'characters') continue;
    const own = relationshipsOf(entry).list;
    own.forEach((mine, position) => {
      const { index, relationship: r } = mine;
      if (r.until !== undefined) {
        const order = compareEpisodeCodes(r.until, r.since);
        if (order !== undefined && order < 0) {
          report(entry.file, relationshipPath(index, 'until'), r.until, `is before since "${r.since}"`);
        }
      }
      const duplicate = own
        .slice(0, position)
        .find(
          (o) =>
            o.relationship.kind === r.kind &&
            o.relationship.with === r.with &&
            endsAfter(o.relationship, r) &&
            endsAfter(r, o.relationship),
        );
      if (duplicate) {
        report(
          entry.file,
          relationshipPath(index),
          r,
          `repeats the "${r.kind}" relationship with ${r.with} at ${formatPath(relationshipPath(duplicate.index))}`,
        );
        return;
      }

      const other = characters.get(r.with);
      if (!other || other === entry) return; // dangling or self: reported with the references
      const theirs = relationshipsOf(other);
      const inverseKind = INVERSE_RELATIONSHIP[r.kind];
      const back = theirs.list.filter((o) => o.relationship.with === entry.id);
      const candidates = back.filter((o) => o.relationship.kind === inverseKind);
      // Mismatches that both sides would see are reported once, by the character whose id sorts first.
      const reportsPair = entry.id < other.id;
      if (candidates.length === 0) {
        if ((back.length > 0 && !reportsPair) || (back.length === 0 && theirs.doubtful)) return;
        const recorded =
          back.length > 0 ? ` (it records ${back.map((o) => `"${o.relationship.kind}"`).join(', ')})` : '';
        report(
          entry.file,
          relationshipPath(index, 'kind'),
          r.kind,
          `has no inverse: ${other.file} records no "${inverseKind}" relationship with ${entry.id}${recorded}`,
        );
        return;
      }
      const same = (o: Located) => o.relationship.since === r.since && o.relationship.until === r.until;
      if (candidates.some(same) || !reportsPair) return;
      const match =
        candidates.find((o) => o.relationship.since === r.since) ??
        candidates.find((o) => o.relationship.until === r.until) ??
        candidates[0];
      if (!match) return;
      const where = `${other.file} ${formatPath(relationshipPath(match.index))}`;
      // A dangling episode on either side is already reported; comparing it would say the same thing twice.
      if (
        match.relationship.since !== r.since &&
        !pathReported(mine, 'since') &&
        !pathReported(match, 'since')
      ) {
        report(
          entry.file,
          relationshipPath(index, 'since'),
          r.since,
          `differs from the inverse "${inverseKind}" record at ${where}, whose since is "${match.relationship.since}"`,
        );
      }
      if (
        match.relationship.until !== r.until &&
        !pathReported(mine, 'until') &&
        !pathReported(match, 'until')
      ) {
        const until =
          match.relationship.until === undefined ? 'has no until' : `has until "${match.relationship.until}"`;
        report(
          entry.file,
          relationshipPath(index, 'until'),
          r.until,
          `differs from the inverse "${inverseKind}" record at ${where}, which ${until}`,
        );
      }
    });
  }
}

function checkScenes(entries: Entry[], report: Report): void {
  const byEpisodeOrder = new Map<string, Entry>();
  for (const entry of entries) {
    if (entry.collection !== 'scenes') continue;
    const episode = field(entry.json, 'episode', sceneSchema.shape.episode);
    const order = field(entry.json, 'order', sceneSchema.shape.order);
    if (episode === undefined || order === undefined) continue;
    const key = `${episode}\u0000${order}`;
    const first = byEpisodeOrder.get(key);
    if (first) {
      report(entry.file, ['order'], order, `is also the order of ${first.file} in ${episode}`);
    } else {
      byEpisodeOrder.set(key, entry);
    }
  }
}

/** One note per topic on an episode or scene: a second note on the same topic belongs in the first. */
function checkContentNotes(entries: Entry[], report: Report): void {
  for (const entry of entries) {
    if (entry.collection !== 'episodes' && entry.collection !== 'scenes') continue;
    if (!isRecord(entry.json)) continue;
    const firstByTopic = new Map<string, PathSegment[]>();
    itemsOf(entry.json.contentNotes).forEach((note, index) => {
      if (!isRecord(note) || typeof note.topic !== 'string') return;
      const path: PathSegment[] = ['contentNotes', index, 'topic'];
      const first = firstByTopic.get(note.topic);
      if (first) {
        report(
          entry.file,
          path,
          note.topic,
          `repeats the topic of ${formatPath(first)}; give each topic one note, citing all its sources`,
        );
      } else {
        firstByTopic.set(note.topic, path);
      }
    });
  }
}

/**
 * A character's `descriptionReveals` may not come before its `firstAppearance`: a description cannot give
 * away an episode the character is not yet in. Compared by the episodes' `overall` positions; a dangling or
 * malformed episode on either side is already reported, so it is skipped here.
 */
function checkDescriptionReveals(
  entries: Entry[],
  episodes: Map<string, Entry>,
  report: Report,
  reportedAt: ReportedAt,
): void {
  const overallOf = (code: string | undefined): number | undefined => {
    const episode = code === undefined ? undefined : episodes.get(code);
    return episode === undefined ? undefined : field(episode.json, 'overall', episodeSchema.shape.overall);
  };
  for (const entry of entries) {
    if (entry.collection !== 'characters') continue;
    if (reportedAt(entry.file, ['descriptionReveals']) || reportedAt(entry.file, ['firstAppearance']))
      continue;
    const reveals = field(entry.json, 'descriptionReveals', characterSchema.shape.descriptionReveals);
    const first = field(entry.json, 'firstAppearance', characterSchema.shape.firstAppearance);
    const revealsAt = overallOf(reveals);
    const firstAt = overallOf(first);
    if (revealsAt === undefined || firstAt === undefined || revealsAt >= firstAt) continue;
    report(
      entry.file,
      ['descriptionReveals'],
      reveals,
      `is earlier than the character's firstAppearance "${first}" (overall ${revealsAt} < ${firstAt})`,
    );
  }
}

/** True when a partial date's first possible day is after `today`. */
function isFuture(date: string, today: string): boolean {
  return date > today.slice(0, date.length);
}

function checkDates(entries: Entry[], today: string, report: Report): void {
  const check = (entry: Entry, path: PathSegment[], date: string | undefined): void => {
    if (date !== undefined && isFuture(date, today)) {
      report(entry.file, path, date, `is in the future (today is ${today})`);
    }
  };
  for (const entry of entries) {
    if (entry.collection === 'commentary') {
      check(entry, ['date'], field(entry.json, 'date', commentarySchema.shape.date));
    }
    if (entry.collection === 'sources') {
      check(entry, ['published'], field(entry.json, 'published', sourceSchema.shape.published));
      const event = field(entry.json, 'event', sourceSchema.shape.event);
      check(entry, ['event', 'date'], event?.date);
    }
  }
}
