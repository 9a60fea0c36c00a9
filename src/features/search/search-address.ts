/**
 * The results page's address, title and cache key, shared by the page itself (search-page.tsx), the results drawn
 * before the app has loaded (early-results.ts) and the build (scripts/prerender.ts), so all three agree.
 */
import type { SearchKind } from '../../content/search-documents';
import { paths } from '../../lib/paths';

export function searchParams(query: string, kind?: SearchKind): URLSearchParams {
  const params = new URLSearchParams();
  if (query !== '') params.set('q', query);
  if (kind !== undefined) params.set('kind', kind);
  return params;
}

/** The results page for a query (and a kind filter), as an in-app path. */
export function searchHref(query: string, kind?: SearchKind): string {
  const search = searchParams(query, kind).toString();
  return search === '' ? paths.search() : `${paths.search()}?${search}`;
}

/** The results page's title for a trimmed query ('' for the page without one). */
export function searchTitle(query: string): string {
  return query === '' ? 'Search · Heartstopper Wiki' : `Search: ${query} · Heartstopper Wiki`;
}

/**
 * The react-query key a query's results are cached under (./result-queries.ts); a page's state carries them
 * under it too, so the app hydrates with them (prerendered or early results).
 */
export function resultsQueryKey(query: string, kind: SearchKind | undefined) {
  return ['search-results', query, kind ?? null] as const;
}
