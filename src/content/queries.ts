/**
 * How the browser (and the prerender step) reads page data: one `queryOptions` factory per page key, so a
 * route component, a prefetch and the server render all share the same key and fetcher.
 */
import { queryOptions } from '@tanstack/react-query';
import type { PageData } from './page-data';

export type PageResult = PageData | { kind: 'not-found' };

export class PageDataError extends Error {
  override name = 'PageDataError';
}

/** The address of a page key's JSON file, under the site's base path. */
export function pageDataUrl(key: string): string {
  return `${import.meta.env.BASE_URL}page-data/${key.split('/').map(encodeURIComponent).join('/')}.json`;
}

/**
 * Every page key is one or two lower-case kebab-case parts (`home`, `characters/nick-nelson`). Anything else
 * (a NUL, an encoded slash, stray punctuation) names no page, so it is not worth asking the host about.
 */
const PAGE_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?$/;

async function fetchPage(key: string, signal: AbortSignal): Promise<PageResult> {
  if (!PAGE_KEY.test(key)) return { kind: 'not-found' };
  const response = await fetch(pageDataUrl(key), { signal, headers: { accept: 'application/json' } });
  if (response.status === 404) return { kind: 'not-found' };
  if (!response.ok) throw new PageDataError(`Could not load this page (HTTP ${response.status}).`);
  // Some static hosts answer a missing file with their HTML fallback page and a 200: that is a missing page.
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return { kind: 'not-found' };
  return response.json();
}

export function pageQuery(key: string) {
  return queryOptions({
    queryKey: ['page', ...key.split('/')],
    queryFn: ({ signal }) => fetchPage(key, signal),
    // The dataset only changes with a deploy: data once loaded never goes stale in a visit.
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 30 * 60 * 1000,
  });
}
