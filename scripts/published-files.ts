/**
 * The files the site publishes beside its pages: the Atom feed (/feed.xml) and the open data (the dataset as
 * one JSON file, under a versioned name and a stable one, and a JSON Schema per collection). The page-data
 * plugin writes them into dist/ at build time and serves them in the dev server.
 */
import { FEED_PATH, feedEntries } from '../src/content/feed';
import {
  jsonSchemas,
  OPEN_DATA_PATHS,
  openDataset,
  SCHEMA_NAMES,
  serialiseDataset,
} from '../src/content/open-data';
import type { Repository } from '../src/content/repository';
import { atomFeed } from './atom';
import { publicUrl } from './site-config';

export type PublishedFile = {
  /** The app path, e.g. `/data/dataset.json` (the base path is added where it is served). */
  path: string;
  contentType: string;
  body: string;
};

export function publishedFiles(
  repo: Repository,
  urlOf: (appPath: string) => string = publicUrl,
): PublishedFile[] {
  const dataset = openDataset(repo);
  const datasetText = serialiseDataset(dataset);
  const schemas = jsonSchemas((name) => urlOf(OPEN_DATA_PATHS.schema(name)));
  const json = 'application/json; charset=utf-8';
  return [
    {
      path: FEED_PATH,
      contentType: 'application/atom+xml; charset=utf-8',
      body: atomFeed(feedEntries(repo), urlOf),
    },
    { path: OPEN_DATA_PATHS.latest, contentType: json, body: datasetText },
    { path: OPEN_DATA_PATHS.versioned(dataset.version), contentType: json, body: datasetText },
    ...SCHEMA_NAMES.map((name) => ({
      path: OPEN_DATA_PATHS.schema(name),
      contentType: 'application/schema+json; charset=utf-8',
      body: `${JSON.stringify(schemas[name], null, 2)}\n`,
    })),
  ];
}
