/**
 * The two search engines as react-query queries: each fetches its documents (page data) and loads the
 * engine module with a dynamic import, so neither MiniSearch nor any index is part of a page's first load.
 * Both are built once per visit: the dataset only changes with a deploy.
 */
import { queryOptions } from '@tanstack/react-query';
import { pageQuery } from '../../content/queries';
import type { SearchDocument, SearchKind, TitleDocument } from '../../content/search-documents';
import { pageDataKeys } from '../../lib/paths';
import type { SearchEngine } from './engine';
import type { SearchResultsData } from './results';

class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

const engineOptions = { staleTime: Number.POSITIVE_INFINITY, gcTime: Number.POSITIVE_INFINITY } as const;

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

/** The full-text engine behind the results page. */
export function fullTextEngineQuery() {
  return queryOptions({
    queryKey: ['search-engine', 'full'],
    queryFn: async ({ client }): Promise<SearchEngine<SearchDocument>> => {
      const [data, engine] = await Promise.all([
        client.fetchQuery(pageQuery(pageDataKeys.searchIndex())),
        import('./engine'),
      ]);
      if (data.kind !== 'search-index') throw new SearchIndexError('The search index could not be loaded.');
      return engine.buildSearchEngine(data.documents, 'full');
    },
    structuralSharing: false,
    ...engineOptions,
  });
}

/**
 * The results page's data for a trimmed, non-empty query. A prerendered result page carries this in its
 * page state, so the browser shows and hydrates it without the engine; any other query loads the engine.
 */
export function searchResultsQuery(query: string, kind: SearchKind | undefined) {
  return queryOptions({
    queryKey: ['search-results', query, kind ?? null],
    queryFn: async ({ client }): Promise<SearchResultsData> => {
      const [engine, { searchResults }] = await Promise.all([
        client.ensureQueryData(fullTextEngineQuery()),
        import('./results'),
      ]);
      return searchResults(engine, query, kind);
    },
    // Loading the engine already retries with backoff; a second layer of retries would multiply them.
    retry: false,
  });
}
