/**
 * The service worker: reading offline, one build at a time (docs/decisions/0013-offline-reading.md).
 *
 * Bundled on its own (vite.sw.config.ts) to dist-sw/sw.js; the last build step (scripts/precache.ts) writes
 * it to dist/sw.js with the build's precache list and version in place of the two placeholders on `self`.
 * The page registers it once it is ready (src/features/offline/service-worker.ts).
 *
 * - The precache holds the build's code and the offline page, so the app itself runs offline.
 * - Pages and their data are network-first: a fan online always reads the latest deploy, and each answer is
 *   saved; offline, the saved copy is read. Only complete answers (status 200) are saved, never an error.
 * - Every cache carries the build's version, and activating deletes every other build's caches: a saved
 *   page is only ever served by the worker of the build that saved it, so old HTML never meets new code.
 * - A new build waits until the fan asks for it (the page's "Reload for the latest version" sends
 *   SKIP_WAITING); it never takes over a page in the middle of a visit by itself.
 */
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types';
import { type PrecacheEntry, PrecacheFallbackPlugin, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import {
  cacheName,
  cachePrefix,
  isCacheOfOtherBuild,
  OFFLINE_PAGE,
  PAGE_DATA_FOLDER,
  pageDataInSavedPage,
  pageKeyOfDataPath,
  pagePathOfKey,
} from '../lib/offline-caches';
import { canonicalPathname } from '../lib/paths';

declare const self: ServiceWorkerGlobalScope & {
  /** Replaced by the build's precache list (scripts/precache.ts). */
  __WB_MANIFEST: PrecacheEntry[];
  /** Replaced by the build's version (scripts/precache.ts). */
  __BUILD_VERSION: string;
};

const VERSION = self.__BUILD_VERSION;
const SCOPE = new URL(self.registration.scope);
/** The site's base path: `/`, or `/wiki/` for a site in a folder. */
const BASE = SCOPE.pathname;
/**
 * A connection that answers nothing at all (a train between stations) is given this long before a saved
 * copy is read instead; the answer still updates the saved copy if it comes later.
 */
const NETWORK_TIMEOUT_SECONDS = 5;

setCacheNameDetails({ prefix: cachePrefix(BASE), precache: 'precache', suffix: VERSION });
// Hashed code and the offline page, cache-first. No clean URLs: the offline page is not a page of its own.
precacheAndRoute(self.__WB_MANIFEST, { cleanURLs: false });

function isOurs(url: URL): boolean {
  return url.origin === SCOPE.origin && url.pathname.startsWith(BASE);
}

/** A page is an address of ours whose last part is not a file name (feed.xml, sw.js, a card), or is `.html`. */
function isPage(url: URL): boolean {
  if (!isOurs(url)) return false;
  const name = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  return !name.includes('.') || name.endsWith('.html');
}

/** The canonical address of a page: `/characters/nick-nelson.html` and `/characters/nick-nelson/` are one page. */
function canonicalUrl(url: URL): string {
  return `${url.origin}${canonicalPathname(url.pathname)}${url.search}`;
}

/** Only complete answers are saved: never an error page, a 404 or an opaque response. */
const onlyComplete = new CacheableResponsePlugin({ statuses: [200] });

/** Saves and finds a page under its canonical address, whichever spelling the fan followed. */
const canonicalPages: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => canonicalUrl(new URL(request.url)),
};

registerRoute(
  ({ url }) => isPage(url),
  new NetworkFirst({
    cacheName: cacheName('pages', VERSION, BASE),
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    plugins: [
      canonicalPages,
      onlyComplete,
      // Offline, a page not saved gets the app shell: the app then shows the page from its saved data, or
      // says the page was not saved and lists those that were.
      new PrecacheFallbackPlugin({ fallbackURL: `${BASE}${OFFLINE_PAGE}` }),
    ],
  }),
);

/** A page opened by its address is saved as HTML, with its data inside: that answers for its data file. */
async function dataOfSavedPage(request: Request): Promise<Response | undefined> {
  const key = pageKeyOfDataPath(new URL(request.url).pathname, BASE);
  if (key === undefined) return undefined;
  const pageUrl = new URL(`${BASE}${pagePathOfKey(key).slice(1)}`, SCOPE);
  const saved = await caches.match(canonicalUrl(pageUrl), { cacheName: cacheName('pages', VERSION, BASE) });
  const data = saved ? pageDataInSavedPage(await saved.text(), key) : undefined;
  if (data === undefined) return undefined;
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
}

registerRoute(
  ({ url }) => isOurs(url) && url.pathname.startsWith(`${BASE}${PAGE_DATA_FOLDER}/`),
  new NetworkFirst({
    cacheName: cacheName('data', VERSION, BASE),
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    plugins: [onlyComplete, { handlerDidError: ({ request }) => dataOfSavedPage(request) }],
  }),
);

// Code that is not in the precache: a page of a newer build, opened while this worker is still in charge,
// asks for that build's chunks. Their names are content hashes, so a saved copy is never out of date.
registerRoute(
  ({ url }) => isOurs(url) && url.pathname.startsWith(`${BASE}assets/`),
  new CacheFirst({ cacheName: cacheName('assets', VERSION, BASE), plugins: [onlyComplete] }),
);

self.addEventListener('message', (event) => {
  const data: unknown = event.data;
  if (typeof data === 'object' && data !== null && 'type' in data && data.type === 'SKIP_WAITING') {
    void self.skipWaiting();
  }
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((name) => isCacheOfOtherBuild(name, VERSION, BASE)).map((name) => caches.delete(name)),
        ),
      ),
  );
});

// The first worker takes charge of the page that installed it, so what that visit reads next is saved too.
// A later build never gets here before the fan asks for it (skipWaiting above), and then takes over anyway.
clientsClaim();
