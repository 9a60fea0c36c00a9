/**
 * What the service worker (src/service-worker/sw.ts) and the page agree on: the caches the worker keeps,
 * the app shell it answers an unsaved address with, and how a saved page answers for its own data.
 *
 * Every cache is named after the build that made it (`heartstopper-wiki-pages-3f9c2a1b7d04`), and a worker
 * deletes the caches of every other build of its own copy of the wiki when it takes over. So a saved page, and its data, is only ever
 * served by the worker of the build that saved it, next to that build's code. See
 * docs/decisions/0013-offline-reading.md.
 */
import { PAGE_STATE_ID, type PageState } from './page-state';
import { pageDataKeys } from './paths';

const CACHE_PREFIX = 'heartstopper-wiki';

/**
 * The start of every cache name of the wiki served under `base`: `heartstopper-wiki` at the root of a
 * domain, `heartstopper-wiki@/wiki/` in a folder. Two copies of the wiki on one domain (the site and a
 * preview in a folder) share the browser's caches, and would otherwise delete each other's.
 */
export function cachePrefix(base: string): string {
  return base === '/' ? CACHE_PREFIX : `${CACHE_PREFIX}@${base}`;
}

/** The app shell (dist/offline.html) the worker answers an address it has not saved with, while offline. */
export const OFFLINE_PAGE = 'offline.html';

/**
 * - `precache`: the build's code and the offline page, fetched when the worker installs;
 * - `pages`: the HTML of pages a fan opened, keyed by their canonical address;
 * - `data`: the page data of pages a fan reached inside the app;
 * - `assets`: code a page asked for that is not in the precache (a page of a newer build, opened while
 *   this build's worker is still in charge).
 */
export type CacheKind = 'precache' | 'pages' | 'data' | 'assets';

export function cacheName(kind: CacheKind, version: string, base: string): string {
  return `${cachePrefix(base)}-${kind}-${version}`;
}

/**
 * Whether a cache is of this copy of the wiki (served under `base`) and was made by another build: the
 * worker of `version` deletes it. Versions are hexadecimal (scripts/precache.ts), so the name's last part is
 * the version whatever the kind.
 */
export function isCacheOfOtherBuild(name: string, version: string, base: string): boolean {
  return name.startsWith(`${cachePrefix(base)}-`) && !name.endsWith(`-${version}`);
}

/** Which of the caches that hold what a fan has read of the copy under `base` this one is, if either. */
export function readingCacheKind(name: string, base: string): 'pages' | 'data' | undefined {
  if (name.startsWith(`${cachePrefix(base)}-pages-`)) return 'pages';
  if (name.startsWith(`${cachePrefix(base)}-data-`)) return 'data';
  return undefined;
}

/**
 * The folder of each page's data file, `page-data/characters/nick-nelson.json`, and the react-query key
 * its data is kept under, `['page', 'characters', 'nick-nelson']`: as `pageDataUrl` and `pageQuery` in
 * src/content/queries.ts write them (a test holds the two together). Written out here rather than shared,
 * so the first load of every page carries nothing for the offline feature.
 */
export const PAGE_DATA_FOLDER = 'page-data';

export function pageQueryKey(key: string): string[] {
  return ['page', ...key.split('/')];
}

/** The address (without the base path) of the page whose data has this key: `home` is `/`. */
export function pagePathOfKey(key: string): string {
  return key === pageDataKeys.page('home') ? '/' : `/${key}`;
}

/**
 * The page key of a page-data address (`/page-data/characters/nick-nelson.json` under the base path `/`),
 * or undefined when the address is not a page-data file.
 */
export function pageKeyOfDataPath(pathname: string, base: string): string | undefined {
  const prefix = `${base}${PAGE_DATA_FOLDER}/`;
  if (!pathname.startsWith(prefix) || !pathname.endsWith('.json')) return undefined;
  try {
    return pathname.slice(prefix.length, -'.json'.length).split('/').map(decodeURIComponent).join('/');
  } catch {
    return undefined;
  }
}

/**
 * The data of page `key` as embedded in that page's prerendered HTML (its page state), or undefined. A page
 * a fan opened by its address is saved as HTML only; this lets the worker answer the app's request for the
 * same page's data file from it, when the fan comes back to the page by a link while offline.
 */
export function pageDataInSavedPage(html: string, key: string): unknown {
  const text = new RegExp(`<script type="application/json" id="${PAGE_STATE_ID}">([^<]*)</script>`).exec(
    html,
  )?.[1];
  if (text === undefined) return undefined;
  let pageState: PageState;
  try {
    pageState = JSON.parse(text);
  } catch {
    return undefined;
  }
  const wanted = JSON.stringify(pageQueryKey(key));
  return pageState.state.queries.find((query) => JSON.stringify(query.queryKey) === wanted)?.state.data;
}
