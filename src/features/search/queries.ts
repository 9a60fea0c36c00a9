/**
 * The search engines as react-query queries: each fetches its documents (page data) and loads the engine
 * module with a dynamic import, so neither MiniSearch nor any index is part of a page's first load. Each is
 * built once per visit: the dataset only changes with a deploy. This module holds the header's suggestions,
 * part of every page's first load; the results page's queries are in ./result-queries.ts.
 */
import { queryOptions } from '@tanstack/react-query';
import { pageQuery } from '../../content/queries';
import type { TitleDocument } from '../../content/search-documents';
import { pageDataKeys } from '../../lib/paths';
import type { SearchEngine } from './engine';

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

export const engineOptions = {
  staleTime: Number.POSITIVE_INFINITY,
  gcTime: Number.POSITIVE_INFINITY,
} as const;

/** The title-and-alias engine behind the header's suggestions; loaded on first focus of the box. */
export function suggestionEngineQuery() {
  return queryOptions({
    queryKey: ['search-engine', 'titles'],
    queryFn: async ({ client }): Promise<SearchEngine<TitleDocument>> => {
      const [data, engine] = await Promise.all([
        client.fetchQuery(pageQuery(pageDataKeys.searchTitles())),
        import('./engine'),
      ]);
      if (data.kind !== 'search-titles') throw new SearchIndexError('The search index could not be loaded.');
      return engine.createSearchEngine(data.documents, 'titles');
    },
    // An engine is not plain data: react-query must hand it over as is, not try to merge it with the last one.
    structuralSharing: false,
    ...engineOptions,
  });
}
