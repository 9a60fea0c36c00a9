/**
 * Registers the service worker (src/service-worker/sw.ts) and follows its updates. Loaded with the offline
 * feature once the page is ready (`<html data-app="ready">`), never in the first load, and only in the built
 * site: the layout does not load it in development or in unit tests.
 */
import type { QueryClient } from '@tanstack/react-query';
import { Workbox } from 'workbox-window';

/** How often a tab left open asks whether the wiki has been deployed again, besides when it is shown again. */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

let workbox: Workbox | undefined;
let registration: ServiceWorkerRegistration | undefined;
let updateWaiting = false;
const listeners = new Set<() => void>();

/** Whether a new build's worker is installed and waiting for the fan to ask for it. */
export function isUpdateWaiting(): boolean {
  return updateWaiting;
}

export function subscribeToUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function announceUpdate() {
  updateWaiting = true;
  for (const listener of listeners) listener();
}

/** The address this document was loaded from (the fan may have moved on inside the app since). */
function loadedPageUrl(): string {
  const [navigation] = performance.getEntriesByType('navigation');
  return navigation?.name ?? window.location.href;
}

function checkForUpdate(wb: Workbox) {
  // Offline, or the host is down: the next check will tell.
  wb.update().catch(() => undefined);
}

/**
 * react-query does not ask for data while the browser is offline (its `networkMode: 'online'`), which is
 * right when nothing could answer. With a service worker in charge of the page something may: from then
 * on a request is made once even offline, and only its retries wait for the connection.
 */
export function askWorkerWhenOffline(client: QueryClient): void {
  if (!navigator.serviceWorker?.controller) return;
  const defaults = client.getDefaultOptions();
  client.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, networkMode: 'offlineFirst' } });
}

export function registerServiceWorker(client: QueryClient): void {
  if (workbox || !('serviceWorker' in navigator)) return;
  askWorkerWhenOffline(client);
  navigator.serviceWorker.addEventListener('controllerchange', () => askWorkerWhenOffline(client));
  const base = import.meta.env.BASE_URL;
  const wb = new Workbox(`${base}sw.js`, { scope: base });
  workbox = wb;
  // A new build waits (it never takes over by itself): the page offers to reload into it.
  wb.addEventListener('waiting', announceUpdate);
  wb.addEventListener('activated', (event) => {
    // This browser's first worker: the page that installed it loaded before it existed, so it was not
    // saved on the way in. Ask the worker to save it now, as it would any page it serves.
    if (!event.isUpdate && !event.isExternal) {
      wb.messageSW({ type: 'CACHE_URLS', payload: { urlsToCache: [loadedPageUrl()] } }).catch(
        () => undefined,
      );
    }
  });
  wb.register().then(
    (found) => {
      registration = found;
    },
    // A host without sw.js, or storage the browser refuses: the wiki works as before, online.
    () => undefined,
  );
  window.setInterval(() => checkForUpdate(wb), UPDATE_CHECK_INTERVAL_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') checkForUpdate(wb);
  });
}

/**
 * The fan asked for the latest version: the waiting worker takes over, and the page reloads once it is in
 * charge, so the new build's HTML and code arrive together. If another tab has already let it take over,
 * this page is in its charge already and only needs the reload.
 */
export function reloadForUpdate(): void {
  if (!workbox || !registration?.waiting) {
    window.location.reload();
    return;
  }
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
}
