/**
 * The results page's queries: the full-text engine and a query's results. Apart from ./queries.ts (the
 * header's suggestions, in every page's first load), so only the results page carries them.
 */
import { queryOptions } from '@tanstack/react-query';
import { pageQuery } from '../../content/queries';
import type { SearchDocument, SearchKind } from '../../content/search-documents';
import { pageDataKeys } from '../../lib/paths';
import type { SearchEngine } from './engine';
import { engineOptions, SearchIndexError } from './queries';
import type { SearchResultsData } from './results';
import { resultsQueryKey } from './search-address';

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
    queryKey: resultsQueryKey(query, kind),
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
