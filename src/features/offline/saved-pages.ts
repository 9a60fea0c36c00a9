/**
 * The pages saved in this browser, read from the service worker's caches through the Cache API: the pages a
 * fan opened by their address (saved as HTML) and those reached by a link inside the app (saved as page
 * data). Either kind opens offline (src/service-worker/sw.ts).
 */
import { pageKeyOfDataPath, pagePathOfKey, readingCacheKind } from '../../lib/offline-caches';
import { canonicalPathname } from '../../lib/paths';
import { matchPage } from '../../lib/routes';

export type SavedPage = { path: string; title: string };

/** What this module needs of the browser's `caches`; tests pass their own. */
export type CacheReader = {
  keys(): Promise<readonly Request[]>;
  match(request: Request): Promise<Response | undefined>;
};
export type CachesReader = { keys(): Promise<string[]>; open(name: string): Promise<CacheReader> };

/** Every page title ends with the site's name; the list shows the page's own part. */
function shortTitle(title: string): string {
  return title.replace(/ · Heartstopper Wiki$/, '');
}

function titleOfHtml(html: string): string | undefined {
  const tag = /<title>[^<]*<\/title>/.exec(html)?.[0];
  return tag === undefined ? undefined : new DOMParser().parseFromString(tag, 'text/html').title;
}

function titleOfData(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || !('meta' in data)) return undefined;
  const { meta } = data;
  if (typeof meta !== 'object' || meta === null || !('title' in meta)) return undefined;
  return typeof meta.title === 'string' ? meta.title : undefined;
}

/** A saved HTML page's address within the app (`/characters/nick-nelson`), whatever spelling was saved. */
function appPathOf(url: URL, base: string): string | undefined {
  const root = base.replace(/\/$/, '');
  const canonical = canonicalPathname(url.pathname);
  if (canonical !== root && !canonical.startsWith(`${root}/`)) return undefined;
  return canonical.slice(root.length) || '/';
}

async function savedPage(
  cache: CacheReader,
  request: Request,
  kind: 'pages' | 'data',
  base: string,
): Promise<SavedPage | undefined> {
  const url = new URL(request.url);
  const key = kind === 'data' ? pageKeyOfDataPath(url.pathname, base) : undefined;
  const path = kind === 'pages' ? appPathOf(url, base) : key === undefined ? undefined : pagePathOfKey(key);
  // Only pages of the wiki: not the search index or prerendered search results, and no 404s.
  if (path === undefined || matchPage(path) === undefined) return undefined;
  const response = await cache.match(request);
  if (!response) return undefined;
  const title = kind === 'pages' ? titleOfHtml(await response.text()) : titleOfData(await response.json());
  return title === undefined ? undefined : { path, title: shortTitle(title) };
}

/** The saved pages, one entry per page, in alphabetical order of title. */
export async function readSavedPages(storage: CachesReader, base: string): Promise<SavedPage[]> {
  const byPath = new Map<string, SavedPage>();
  for (const name of await storage.keys()) {
    const kind = readingCacheKind(name, base);
    if (kind === undefined) continue;
    const cache = await storage.open(name);
    const pages = await Promise.all(
      (await cache.keys()).map((request) => savedPage(cache, request, kind, base).catch(() => undefined)),
    );
    for (const page of pages) if (page && !byPath.has(page.path)) byPath.set(page.path, page);
  }
  return [...byPath.values()].sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
}
