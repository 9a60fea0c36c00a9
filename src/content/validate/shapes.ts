/** Step 2 of validation: every entry against its collection's schema, reporting every zod issue. */
import { z } from 'zod';
import {
  actorSchema,
  awardSchema,
  bookSchema,
  type CollectionName,
  characterSchema,
  commentarySchema,
  type Dataset,
  episodeSchema,
  filmSchema,
  personSchema,
  placeSchema,
  sceneSchema,
  seasonSchema,
  songSchema,
  sourceSchema,
} from '../schema';
import type { Entry } from './entries';
import { valueAt } from './json';
import { nearest } from './messages';
import type { Reporter } from './reporter';

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

/** The entries of `collection` that match `schema`; the issues of the others are reported. */
function parseCollection<S extends z.ZodType>(
  entries: readonly Entry[],
  collection: CollectionName,
  schema: S,
  { report, reportedAt }: Reporter,
): z.output<S>[] {
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
}

/** The dataset: in each collection, the entries that match its schema. */
export function parseDataset(entries: readonly Entry[], reporter: Reporter): Dataset {
  return {
    sources: parseCollection(entries, 'sources', sourceSchema, reporter),
    people: parseCollection(entries, 'people', personSchema, reporter),
    actors: parseCollection(entries, 'actors', actorSchema, reporter),
    seasons: parseCollection(entries, 'seasons', seasonSchema, reporter),
    episodes: parseCollection(entries, 'episodes', episodeSchema, reporter),
    characters: parseCollection(entries, 'characters', characterSchema, reporter),
    scenes: parseCollection(entries, 'scenes', sceneSchema, reporter),
    commentary: parseCollection(entries, 'commentary', commentarySchema, reporter),
    songs: parseCollection(entries, 'songs', songSchema, reporter),
    places: parseCollection(entries, 'places', placeSchema, reporter),
    books: parseCollection(entries, 'books', bookSchema, reporter),
    awards: parseCollection(entries, 'awards', awardSchema, reporter),
    films: parseCollection(entries, 'films', filmSchema, reporter),
  };
}
