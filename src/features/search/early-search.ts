/**
 * Results before the app, for a search that was not prerendered. This module is the entry of a bundle of its
 * own (vite.early-search.config.ts: the engine, MiniSearch and the results code, sharing no chunk with the
 * app, so no other page's first load changes), which the search page's inline script (SEARCH_PAGE_SCRIPT,
 * scripts/boot-script.ts) imports as soon as the page's head is parsed, while it holds the app's code back.
 *
 * With the full-text index (fetched by the script), it builds the engine the app would build and works out the results the app
 * would show; the script then calls the function it returns on the parsed page, unless the fan has started
 * typing, and lets the app's code load. The app hydrates the results from the page state like prerendered
 * ones, and loads its own engine only when the fan searches again (docs/decisions/0016).
 */
import { isSearchKind, type SearchIndexData } from '../../content/search-documents';
import { PAGE_STATE_ID, type PageState, serializePageState } from '../../lib/page-state';
import { showResults, withResults } from './early-results';
import { buildSearchEngine } from './engine';
import { searchResults } from './results';
import { searchTitle } from './search-address';

function isSearchIndex(data: unknown): data is SearchIndexData {
  return (
    typeof data === 'object' &&
    data !== null &&
    'kind' in data &&
    data.kind === 'search-index' &&
    'documents' in data &&
    Array.isArray(data.documents)
  );
}

/**
 * Works out the results for the page's address (`search`, as `location.search`), the way the results page
 * reads it, from the full-text index (`index`, the response the script asked for with this bundle, so the
 * two download side by side), and resolves to the function that puts them on the page, with the page state
 * and title the app will hydrate with. Rejects if the address has no query or the index cannot be loaded.
 */
export async function prepareResults(
  index: Promise<Response>,
  search: string,
): Promise<(root: HTMLElement) => void> {
  const params = new URLSearchParams(search);
  const addressQuery = params.get('q') ?? '';
  const query = addressQuery.trim();
  const kindParam = params.get('kind');
  const kind = isSearchKind(kindParam) ? kindParam : undefined;
  if (query === '') throw new Error('The address has no search');
  const response = await index;
  if (!response.ok) throw new Error(`The search index could not be loaded (HTTP ${response.status}).`);
  const data: unknown = await response.json();
  if (!isSearchIndex(data)) throw new Error('The search index could not be loaded.');
  const results = searchResults(await buildSearchEngine(data.documents, 'full'), query, kind);
  return (root) => {
    const stateElement = document.getElementById(PAGE_STATE_ID);
    if (!stateElement?.textContent) throw new Error('The search page has no page state');
    const page: PageState = JSON.parse(stateElement.textContent);
    showResults(root, results, addressQuery);
    stateElement.textContent = serializePageState(withResults(page, search, results, Date.now()));
    document.title = searchTitle(query);
  };
}
