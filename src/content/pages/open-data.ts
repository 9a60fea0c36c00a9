/**
 * Page data for the Open data page: where to download the dataset, its schemas and the feed, what each
 * collection and field means, and the licence. Drawn from the same functions that write the files
 * (../open-data.ts, scripts/published-files.ts), so the page names exactly what the build publishes.
 */
import { FEED_PATH } from '../feed';
import {
  COLLECTION_NOTES,
  fieldsOf,
  jsonSchemas,
  LICENCE,
  OPEN_DATA_PATHS,
  openDataset,
  serialiseDataset,
} from '../open-data';
import { COLLECTION_NAMES } from '../schema';
import type { Meta } from '../view-model';
import { type Refs, SITE_NAME } from './refs';

export type OpenDataField = { name: string; type: string; required: boolean; note: string };

export type OpenDataCollection = {
  /** Its key in the download's `collections`, and its folder in data/. */
  name: string;
  /** One entry of it, in words: "Episode". */
  title: string;
  about: string;
  count: number;
  /** Its JSON Schema (an app path). */
  schema: string;
  fields: OpenDataField[];
};

export type OpenDataPageData = Meta & {
  kind: 'open-data';
  version: string;
  schemaVersion: string;
  /** Entries across every collection. */
  entries: number;
  downloads: {
    versioned: { href: string; name: string; bytes: number };
    latest: { href: string; name: string };
    /** The JSON Schema of the whole download. */
    schema: string;
    feed: string;
  };
  licence: { name: string; title: string; url: string; attribution: string };
  collections: OpenDataCollection[];
};

const fileName = (href: string) => href.slice(href.lastIndexOf('/') + 1);

export function createOpenDataPages({ repo }: Refs) {
  let built: OpenDataPageData | undefined;

  const openData = (): OpenDataPageData => {
    if (built) return built;
    const dataset = openDataset(repo);
    // Only the fields and their notes are read here, which do not depend on where the schemas are published.
    const schemas = jsonSchemas(OPEN_DATA_PATHS.schema);
    const versioned = OPEN_DATA_PATHS.versioned(dataset.version);
    const entries = COLLECTION_NAMES.reduce((total, name) => total + dataset.counts[name], 0);
    built = {
      kind: 'open-data',
      meta: {
        title: `Open data · ${SITE_NAME}`,
        description: `Every entry of the Heartstopper Wiki as one JSON download (${entries} entries), with a JSON Schema for each collection, an Atom feed, and the licence.`,
      },
      version: dataset.version,
      schemaVersion: dataset.schemaVersion,
      entries,
      downloads: {
        versioned: {
          href: versioned,
          name: fileName(versioned),
          bytes: new TextEncoder().encode(serialiseDataset(dataset)).length,
        },
        latest: { href: OPEN_DATA_PATHS.latest, name: fileName(OPEN_DATA_PATHS.latest) },
        schema: OPEN_DATA_PATHS.schema('dataset'),
        feed: FEED_PATH,
      },
      licence: {
        name: LICENCE.name,
        title: LICENCE.title,
        url: LICENCE.url,
        attribution: LICENCE.attribution,
      },
      collections: COLLECTION_NAMES.map((name) => ({
        name,
        title: COLLECTION_NOTES[name].title,
        about: COLLECTION_NOTES[name].about,
        count: dataset.counts[name],
        schema: OPEN_DATA_PATHS.schema(name),
        fields: fieldsOf(schemas[name]),
      })),
    };
    return built;
  };

  return { openData };
}
