import { readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadDataset } from './load';
import {
  fieldsOf,
  type JsonSchema,
  jsonSchemas,
  OPEN_DATA_PATHS,
  openDataset,
  openDatasetSchema,
  SCHEMA_FINGERPRINT,
  SCHEMA_NAMES,
  SCHEMA_VERSION,
  type SchemaName,
  serialiseDataset,
  shapeFingerprint,
} from './open-data';
import { createRepository } from './repository';
import { COLLECTION_NAMES, COLLECTIONS, type Dataset } from './schema';
import { fixtureDataset } from './test-fixtures';

const dataDir = path.resolve(import.meta.dirname, '../../data');
const repo = createRepository(loadDataset(dataDir));
const download = JSON.parse(serialiseDataset(openDataset(repo)));
const uriOf = (name: SchemaName) => `https://fans.example.org${OPEN_DATA_PATHS.schema(name)}`;
const schemas = jsonSchemas(uriOf);

/** A JSON Schema as a zod schema, to check values against it (zod reads local `$ref`s only). */
const check = (schema: JsonSchema) => z.fromJSONSchema(schema as z.core.JSONSchema.JSONSchema);

test('the download holds every entry of every collection in data/, sorted by id', () => {
  for (const name of COLLECTION_NAMES) {
    const files = readdirSync(path.join(dataDir, name)).filter((file) => file.endsWith('.json'));
    const ids = download.collections[name].map((entry: { id: string }) => entry.id);
    expect(ids, name).toEqual(files.map((file) => file.replace(/\.json$/, '')).sort());
    expect(download.counts[name], name).toBe(files.length);
  }
});

test('the download reads back through the wiki’s own zod schemas unchanged', () => {
  expect(openDatasetSchema.parse(download)).toEqual(download);
  for (const name of COLLECTION_NAMES) {
    for (const entry of download.collections[name]) expect(COLLECTIONS[name].parse(entry)).toEqual(entry);
  }
});

test('the download names its version, its schema version and its licence', () => {
  expect(download.version).toMatch(/^[0-9a-f]{12}$/);
  expect(download.schemaVersion).toBe(SCHEMA_VERSION);
  expect(download.licence.name).toBe('CC BY-SA 4.0');
  expect(download.licence.notice).toMatch(/Quotations .* are not ours to licence/);
});

test('there is a JSON Schema for every collection and one for the whole download, each with its address', () => {
  expect(Object.keys(schemas).sort()).toEqual([...COLLECTION_NAMES, 'dataset'].sort());
  for (const name of SCHEMA_NAMES) {
    expect(schemas[name].$schema, name).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schemas[name].$id, name).toBe(uriOf(name));
    expect(schemas[name].title, name).toBeTruthy();
    expect(schemas[name].description, name).toBeTruthy();
  }
});

test('every entry of the download is valid under its collection’s JSON Schema', () => {
  for (const name of COLLECTION_NAMES) {
    const schema = check(schemas[name]);
    for (const entry of download.collections[name]) {
      const result = schema.safeParse(entry);
      expect(result.success, `${name}/${entry.id}: ${result.error?.message}`).toBe(true);
    }
  }
});

test('the whole download is valid under its JSON Schema, which refers to each collection’s', () => {
  const collections = schemas.dataset.properties?.collections?.properties ?? {};
  expect(Object.keys(collections)).toEqual(COLLECTION_NAMES);
  // Put each collection's schema where the download's schema refers to it.
  const resolved: JsonSchema = JSON.parse(JSON.stringify(schemas.dataset));
  for (const name of COLLECTION_NAMES) {
    const list = resolved.properties?.collections?.properties?.[name];
    expect(list?.items?.$ref, name).toBe(uriOf(name));
    if (list) {
      const { $schema: _, $id: __, ...entry } = schemas[name];
      list.items = entry;
    }
  }
  const result = check(resolved).safeParse(download);
  expect(result.success, result.error?.message).toBe(true);
});

test('the JSON Schemas refuse an unknown field, a missing field and a malformed id', () => {
  const schema = check(schemas.episodes);
  const [episode] = download.collections.episodes;
  expect(schema.safeParse(episode).success).toBe(true);
  expect(schema.safeParse({ ...episode, rating: 5 }).success).toBe(false);
  const { title: _, ...untitled } = episode;
  expect(schema.safeParse(untitled).success).toBe(false);
  expect(schema.safeParse({ ...episode, id: 'S1E4' }).success).toBe(false);
});

test('every field of every collection says what it means and what it holds', () => {
  for (const name of COLLECTION_NAMES) {
    const fields = fieldsOf(schemas[name]);
    expect(fields.map((field) => field.name).sort(), name).toEqual(
      Object.keys(COLLECTIONS[name].shape).sort(),
    );
    for (const field of fields) {
      expect(field.note, `${name}.${field.name}`).not.toBe('');
      expect(field.type, `${name}.${field.name}`).not.toMatch(/value/);
    }
  }
  // Fields of the same shape in different collections keep their own meaning.
  expect(schemas.sources.properties?.id?.description).toBe('The source’s id.');
  expect(schemas.episodes.properties?.id?.description).toMatch(/season and number/);
  const episodeFields = fieldsOf(schemas.episodes);
  expect(episodeFields.find((field) => field.name === 'id')).toMatchObject({
    type: 'episode code',
    required: true,
  });
  expect(episodeFields.find((field) => field.name === 'directors')?.type).toBe('list of ids');
  expect(episodeFields.find((field) => field.name === 'runtimeMinutes')).toMatchObject({
    type: 'whole number',
    required: false,
  });
  expect(fieldsOf(schemas.awards).find((field) => field.name === 'result')?.type).toBe(
    'one of: won, nominated',
  );
});

test('the version changes when an entry changes, and only then', () => {
  const version = (change: (dataset: Dataset) => void = () => {}) => {
    const dataset = fixtureDataset();
    change(dataset);
    return openDataset(createRepository(dataset)).version;
  };
  expect(version()).toBe(version());
  // The order entries arrive in is not a change: the download sorts them.
  expect(version((dataset) => dataset.actors.reverse())).toBe(version());
  expect(
    version((dataset) => {
      const episode = dataset.episodes[0];
      if (episode) episode.title = `${episode.title}!`;
    }),
  ).not.toBe(version());
});

test('the schema version is decided whenever the shapes change', () => {
  // If this fails, the zod schemas changed what the published JSON Schemas allow. Bump SCHEMA_VERSION in
  // src/content/open-data.ts (major if a file that was valid may no longer be, else minor), then set
  // SCHEMA_FINGERPRINT to the fingerprint this test prints.
  expect(shapeFingerprint(), `schemas changed; new fingerprint ${shapeFingerprint()}`).toBe(
    SCHEMA_FINGERPRINT,
  );
});
