/**
 * The wiki's open data: the whole validated dataset as one JSON document, JSON Schemas for it generated from
 * the zod schemas (./schema.ts), and what every field means, in words a reader of the Open data page can use.
 *
 * Build time only (zod and node:crypto): the Open data page's builder (./pages/open-data.ts) and the build
 * (scripts/published-files.ts) read it; the browser never does. See docs/decisions/0010-feeds-and-open-data.md.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Repository } from './repository';
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  type CollectionName,
  type Dataset,
  EPISODE_CODE_PATTERN,
  PARTIAL_DATE_PATTERN,
  SLUG_PATTERN,
} from './schema';

/**
 * The version of the shapes the download and the schemas describe (semantic versioning): the major number
 * goes up when a file valid under the old schemas may not be valid under the new (a field removed, renamed or
 * made required, a value no longer allowed), the minor number when only something new is allowed.
 */
export const SCHEMA_VERSION = '1.0.0';

/**
 * A fingerprint of the shapes published as SCHEMA_VERSION (`shapeFingerprint()`). A unit test compares the
 * two, so the shapes cannot change without someone deciding what the change means for SCHEMA_VERSION.
 */
export const SCHEMA_FINGERPRINT = 'a76ed4ca32bab910';

/**
 * The licence of our own text. The words of the people quoted, and the titles of the sources, are not ours
 * to licence: the notice says so, in the download itself as on the Open data page.
 */
export const LICENCE = {
  name: 'CC BY-SA 4.0',
  title: 'Creative Commons Attribution-ShareAlike 4.0 International',
  url: 'https://creativecommons.org/licenses/by-sa/4.0/',
  attribution: 'Heartstopper Wiki contributors',
  notice:
    'Our own text (synopses, descriptions, summaries, notes, and the ids and links between entries) is licensed under CC BY-SA 4.0: credit “Heartstopper Wiki contributors” and share what you make from it under the same licence. Quotations (`quote` in commentary) are the words of the people quoted, as the cited sources published them, and the titles of sources are their publishers’: they are not ours to licence. Nor are Heartstopper, its story and its characters, which belong to Alice Oseman and the makers of the series.',
} as const;

/** Where the files live on the site (app paths: the build adds the base path). */
export const OPEN_DATA_PATHS = {
  /** Always the newest version. */
  latest: '/data/dataset.json',
  /** One file per version, never changed once published: the one to cite or pin. */
  versioned: (version: string) => `/data/heartstopper-wiki-${version}.json`,
  schema: (name: SchemaName) => `/data/schema/${name}.schema.json`,
} as const;

/** A JSON Schema file: one per collection (one entry), and one for the whole download. */
export type SchemaName = CollectionName | 'dataset';
export const SCHEMA_NAMES: readonly SchemaName[] = [...COLLECTION_NAMES, 'dataset'];

type FieldName<K extends CollectionName> = keyof z.output<(typeof COLLECTIONS)[K]> & string;

/** What a collection holds and what each of its fields means. TypeScript requires a note for every field. */
type CollectionNotes = {
  [K in CollectionName]: { title: string; about: string; fields: Record<FieldName<K>, string> };
};

const ID = 'The entry’s id: also its file name in data/ and the last part of its page’s address.';
const SOURCES = 'Ids of the sources that back the entry (at least one).';
const UNVERIFIED =
  'Facts we record but could not confirm: the `field` and a `note` saying why. The wiki shows the note beside the fact.';
const ALIASES = 'Old or alternate ids that still lead to the same page.';

export const COLLECTION_NOTES: CollectionNotes = {
  sources: {
    title: 'Source',
    about:
      'The articles, pages and interviews that back the facts. Every other entry cites them by id in `sources`.',
    fields: {
      id: 'The source’s id.',
      outlet: 'Who published it: a newspaper, magazine, site, channel or event.',
      title: 'Its title, as published (the publisher’s words, not ours).',
      author: 'Its author, where the source names one.',
      url: 'Where to read it (an http or https address).',
      published: 'When it was published, as precisely as the source says.',
      event: 'The event it records, for a talk or a panel: its `name` and `date`.',
      note: 'How much weight the source can bear, for example that it mirrors another report.',
    },
  },
  people: {
    title: 'Person',
    about: 'The people behind the camera: the creator, directors, writers, producers and crew.',
    fields: {
      id: ID,
      name: 'Their name, as credited.',
      pronouns: 'Their pronouns, where they have said.',
      roles: 'Their jobs on the show.',
      credits:
        'Their jobs season by season and on the film: a `role`, the `seasons` (numbers) or `film`, and the `sources` for each.',
      bio: 'Who they are and what they did on the show, in our own words.',
      aliases: ALIASES,
      sources: SOURCES,
      unverified: UNVERIFIED,
    },
  },
  actors: {
    title: 'Actor',
    about: 'The cast. The characters they play name them (`actors` on a character).',
    fields: {
      id: ID,
      name: 'Their name, as credited.',
      pronouns: 'Their pronouns, where they have said.',
      bio: 'Notable facts about them, in our own words.',
      aliases: ALIASES,
      sources: SOURCES,
      unverified: UNVERIFIED,
    },
  },
  seasons: {
    title: 'Season',
    about: 'The three seasons. Their episodes name them by number (`season` on an episode).',
    fields: {
      id: 'The season’s id: `s1`, `s2`, `s3`.',
      number: 'Its number.',
      released: 'The day it came out on Netflix.',
      directors: 'Ids of the people who directed it.',
      summary: 'What happens in it, in our own words: it gives the whole season away.',
      castChanges:
        'Who joined the cast and who left: `change` (joined or left), the `actor` (an id) or their `name`, the `character`, a `note`, and `sources`.',
      sources: SOURCES,
      unverified: UNVERIFIED,
    },
  },
  episodes: {
    title: 'Episode',
    about: 'Every episode, in order.',
    fields: {
      id: 'The episode’s code: season and number, in lower case (`s1e4`).',
      season: 'The season’s number.',
      number: 'Its number within the season.',
      overall: 'Its place in the whole series: `s2e1` is 9.',
      title: 'Its title.',
      released: 'The day it came out on Netflix.',
      runtimeMinutes: 'How long it runs, in minutes, where a source says.',
      directors: 'Ids of the people who directed it.',
      writers: 'Ids of the people who wrote it.',
      synopsis: 'What happens, in our own words.',
      contentNotes:
        'Heads-ups about difficult material: a `topic`, a `note` in our own words, and the `sources` for it.',
      sources: SOURCES,
      unverified: UNVERIFIED,
    },
  },
  characters: {
    title: 'Character',
    about: 'The characters, with who plays them and how they are related.',
    fields: {
      id: ID,
      name: 'The name the show uses most.',
      aliases: 'Other names: full names and titles.',
      nicknames: 'What other characters call them.',
      actors: 'Ids of the actors who play them (empty for an animal or an uncredited part).',
      school: 'The school they go to.',
      role: 'Their school year, job or place in a family, in a few words.',
      description: 'Who they are, in our own words.',
      relationships:
        'What this character is to another: a `kind` (on Charlie’s entry, `child` with Jane means Charlie is Jane’s child), `with` (a character id), `since` and `until` (episode codes) and a `note`. Both characters record it.',
      firstAppearance: 'The episode they are first seen in.',
      descriptionReveals:
        'The latest episode whose events `description` gives away, when that is later than `firstAppearance`.',
      slugAliases: ALIASES,
      sources: SOURCES,
      unverified: UNVERIFIED,
    },
  },
  scenes: {
    title: 'Scene',
    about: 'Scenes the sources describe, with who is in them.',
    fields: {
      id: 'The episode’s code and a short title: `s1e4-bedroom-after-the-rain`.',
      episode: 'The episode it is in.',
      order: 'Its place among the episode’s scenes in this dataset, 1 being the earliest.',
      title: 'A short title, in our own words.',
      placement: 'Where in the episode it comes, as the sources put it (“Cold open”).',
      setting: 'Where it takes place.',
      characters: 'Ids of the characters in it.',
      description: 'What happens, in our own words.',
      contentNotes:
        'Heads-ups about difficult material: a `topic`, a `note` in our own words, and the `sources` for it.',
      aliases: ALIASES,
      sources: SOURCES,
      unverified: UNVERIFIED,
    },
  },
  commentary: {
    title: 'Statement',
    about: 'What the creator, the directors and the cast have said about the show.',
    fields: {
      id: ID,
      speaker: 'Who said it: `kind` (person or actor) and `id`.',
      quote:
        'Their exact words as the source prints them, one passage per item; absent when the source only paraphrases. Not ours: see the licence.',
      summary: 'What was said, in our own words.',
      date: 'When it was said, or first reported.',
      about:
        'What it is about: each a `kind`, an `id` (none for the show itself), a `certainty` (`unconfirmed` when the link is our reading) and a `note`.',
      topic: 'A short label for lists (“Favourite scene”).',
      aliases: ALIASES,
      sources: SOURCES,
      unverified: UNVERIFIED,
    },
  },
  songs: {
    title: 'Song',
    about: 'The songs heard in each episode, and the score.',
    fields: {
      id: ID,
      title: 'Its title, as released.',
      artists: 'Who performs it.',
      season: 'The season it is heard in.',
      episode: 'The episode it plays in, where the sources say.',
      scene: 'The scene it plays under, where a source says.',
      placement: 'Where in the episode it plays, in our own words.',
      sources: SOURCES,
      unverified: UNVERIFIED,
    },
  },
  places: {
    title: 'Place',
    about: 'Where the story is set, and the real places where it was filmed.',
    fields: {
      id: ID,
      name: 'Its name.',
      kind: '`setting` for a place in the story, `filming` for a real place where scenes were shot.',
      description: 'What it is and where it is seen, in our own words.',
      location: 'The town, region or country, for a real place.',
      standsInFor: 'For a filming place: ids of the story’s places it was used as.',
      episodes: 'The episodes it is seen in.',
      scenes: 'Ids of the scenes it is seen in.',
      sources: SOURCES,
      unverified: UNVERIFIED,
    },
  },
  books: {
    title: 'Book',
    about: 'The graphic novels and Alice Oseman’s other books, with what each episode adapts.',
    fields: {
      id: ID,
      title: 'Its title.',
      kind: 'What sort of book it is.',
      volume: 'Its volume number, for the Heartstopper graphic novels.',
      published: 'When it was first published, as precisely as the sources say.',
      description: 'What it tells, in our own words.',
      adaptations:
        'Which episodes adapt it: the `episodes`, the `chapters` as the sources name them, a `note`, and `sources`.',
      changes:
        'Where the show departs from the book: the `episode`, a `note` in our own words, and `sources`.',
      sources: SOURCES,
      unverified: UNVERIFIED,
    },
  },
  awards: {
    title: 'Nomination',
    about: 'One entry per award nomination, with its result.',
    fields: {
      id: ID,
      ceremony: 'The awards.',
      year: 'The year of the ceremony.',
      date: 'The day of the ceremony, where the sources give it.',
      category: 'The category, as the ceremony names it.',
      nominee:
        'Who or what was nominated: a `kind`, the `id` (none for the show itself), or a `name` for a nominee with no entry of its own.',
      result: 'Whether it won.',
      season: 'The season the nomination honours.',
      sources: SOURCES,
      unverified: UNVERIFIED,
    },
  },
  films: {
    title: 'Film',
    about: 'The film that closes the story.',
    fields: {
      id: ID,
      title: 'Its title.',
      summary: 'What it is, in our own words.',
      directors: 'Ids of the people who direct it.',
      writers: 'Ids of the people who wrote it.',
      adapts: 'Ids of the books it adapts.',
      announced: 'When it was announced.',
      filmingStarted: 'When filming began.',
      filmingEnded: 'When filming ended.',
      status: 'Where it stands: the `text`, the date it holds `asOf`, and its `sources`.',
      sources: SOURCES,
      unverified: UNVERIFIED,
    },
  },
};

/** The download: a few lines about itself, then every collection, each entry as its file in data/ holds it. */
const collectionsSchema = z.strictObject(
  Object.fromEntries(COLLECTION_NAMES.map((name) => [name, z.array(COLLECTIONS[name])])) as {
    [K in CollectionName]: z.ZodArray<(typeof COLLECTIONS)[K]>;
  },
);

export const openDatasetSchema = z.strictObject({
  title: z.string(),
  version: z.string().regex(/^[0-9a-f]{12}$/),
  schemaVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
  licence: z.strictObject({
    name: z.string(),
    url: z.string(),
    attribution: z.string(),
    notice: z.string(),
  }),
  counts: z.strictObject(
    Object.fromEntries(COLLECTION_NAMES.map((name) => [name, z.number().int().min(0)])) as {
      [K in CollectionName]: z.ZodNumber;
    },
  ),
  collections: collectionsSchema,
});

export type OpenDataset = z.output<typeof openDatasetSchema>;

function byId<T extends { id: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Every collection, each sorted by id, so the same data always gives the same bytes. */
export function datasetOf(repo: Repository): Dataset {
  return {
    sources: byId(repo.sources()),
    people: byId(repo.people()),
    actors: byId(repo.actors()),
    seasons: byId(repo.seasons()),
    episodes: byId(repo.episodes()),
    characters: byId(repo.characters()),
    scenes: byId(repo.scenes()),
    commentary: byId(repo.commentary()),
    songs: byId(repo.songs()),
    places: byId(repo.places()),
    books: byId(repo.books()),
    awards: byId(repo.awards()),
    films: byId(repo.films()),
  };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The download. Its version is a fingerprint of its content (and of the schema version), so it changes when
 * any entry changes and never otherwise. It holds no build time: the same data gives the same file.
 */
export function openDataset(repo: Repository): OpenDataset {
  const collections = datasetOf(repo);
  const version = sha256(JSON.stringify({ schemaVersion: SCHEMA_VERSION, collections })).slice(0, 12);
  return {
    title: 'Heartstopper Wiki dataset',
    version,
    schemaVersion: SCHEMA_VERSION,
    licence: {
      name: LICENCE.name,
      url: LICENCE.url,
      attribution: LICENCE.attribution,
      notice: LICENCE.notice,
    },
    counts: Object.fromEntries(COLLECTION_NAMES.map((name) => [name, collections[name].length])) as Record<
      CollectionName,
      number
    >,
    collections,
  };
}

/** The download's text, as written to the site. */
export function serialiseDataset(dataset: OpenDataset): string {
  return `${JSON.stringify(dataset)}\n`;
}

/** The part of JSON Schema this module reads and writes. */
export type JsonSchema = {
  $id?: string;
  $ref?: string;
  title?: string;
  description?: string;
  type?: string;
  enum?: (string | number)[];
  const?: unknown;
  pattern?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  [keyword: string]: unknown;
};

const DATASET_ABOUT = {
  title: 'Heartstopper Wiki dataset',
  about:
    'The whole dataset of the Heartstopper Wiki, validated: every collection, each entry as its file in data/ holds it.',
};

function generate(uriOf: (name: SchemaName) => string, annotate: boolean): Record<SchemaName, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const name of COLLECTION_NAMES) registry.add(COLLECTIONS[name], { id: name });
  registry.add(openDatasetSchema, { id: 'dataset' });
  const { schemas } = z.toJSONSchema(registry, {
    // Every id in the registry is a SchemaName: the collections and the dataset, added just above.
    uri: (id) => uriOf(id as SchemaName),
    // Entries as the download holds them: after validation, so defaults are filled in (`certainty`).
    io: 'output',
    target: 'draft-2020-12',
  });
  const generated = schemas as Record<SchemaName, JsonSchema>;
  if (!annotate) return generated;
  // What each schema is and what its fields mean, from the notes above, beside the shapes zod wrote.
  const annotated = (name: SchemaName, title: string, description: string): JsonSchema => {
    const { $schema, $id, ...shape } = generated[name];
    return { $schema, $id, title, description, ...shape };
  };
  const result = { dataset: annotated('dataset', DATASET_ABOUT.title, DATASET_ABOUT.about) } as Record<
    SchemaName,
    JsonSchema
  >;
  for (const name of COLLECTION_NAMES) {
    const { title, about, fields } = COLLECTION_NOTES[name];
    const schema = annotated(name, title, about);
    for (const [field, note] of Object.entries(fields) as [string, string][]) {
      const property = schema.properties?.[field];
      if (property) property.description = note;
    }
    result[name] = schema;
  }
  return result;
}

/**
 * One JSON Schema per collection (what one entry looks like) and one for the whole download, which refers
 * to the others. `uriOf` names where each will be published: it becomes the schema's `$id`.
 *
 * JSON Schema cannot say everything zod checks: the rules between entries (every reference resolving,
 * relationships agreeing on both sides) and a date being a real day are checked by the wiki's validator.
 */
export function jsonSchemas(uriOf: (name: SchemaName) => string): Record<SchemaName, JsonSchema> {
  return generate(uriOf, true);
}

/** A fingerprint of the shapes alone: not of the notes, and not of where the schemas are published. */
export function shapeFingerprint(): string {
  const schemas = generate((name) => `schema:${name}`, false);
  return sha256(JSON.stringify(schemas)).slice(0, 16);
}

const PATTERN_LABELS = new Map<string, { one: string; many: string }>([
  [SLUG_PATTERN.source, { one: 'id', many: 'ids' }],
  [EPISODE_CODE_PATTERN.source, { one: 'episode code', many: 'episode codes' }],
  [PARTIAL_DATE_PATTERN.source, { one: 'date (YYYY-MM-DD, YYYY-MM or YYYY)', many: 'dates' }],
  ['^\\d{4}-\\d{2}-\\d{2}$', { one: 'date (YYYY-MM-DD)', many: 'dates (YYYY-MM-DD)' }],
]);

/** What a value looks like, in a few words: "id", "list of episode codes", "one of: won, nominated". */
export function typeLabel(schema: JsonSchema): { one: string; many: string } {
  if (schema.enum) {
    const values = schema.enum.join(', ');
    return { one: `one of: ${values}`, many: `each one of: ${values}` };
  }
  if (schema.const !== undefined) return { one: String(schema.const), many: String(schema.const) };
  switch (schema.type) {
    case 'string':
      return (schema.pattern && PATTERN_LABELS.get(schema.pattern)) || { one: 'text', many: 'texts' };
    case 'integer':
      return { one: 'whole number', many: 'whole numbers' };
    case 'number':
      return { one: 'number', many: 'numbers' };
    case 'boolean':
      return { one: 'true or false', many: 'true or false' };
    case 'array': {
      const items = schema.items ? typeLabel(schema.items) : { one: 'value', many: 'values' };
      const list = schema.items?.enum ? `list, ${items.many}` : `list of ${items.many}`;
      return { one: list, many: `lists of ${items.many}` };
    }
    case 'object':
      return { one: 'object', many: 'objects' };
    default:
      return { one: 'value', many: 'values' };
  }
}

/** One collection's fields as the Open data page lists them, in the schema's order. */
export function fieldsOf(
  schema: JsonSchema,
): { name: string; type: string; required: boolean; note: string }[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    type: typeLabel(property).one,
    required: required.has(name),
    note: property.description ?? '',
  }));
}
