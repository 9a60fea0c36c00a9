/**
 * Reading offline, in the page: the service worker's registration and the "Reload for the latest version"
 * prompt, and what a fan sees offline on a page that was not saved. The layout loads this module lazily,
 * through `OfflineReading`: the prompt once the page is ready, the offline view only when a page cannot
 * load offline; neither is part of any page's first load.
 */
import { onlineManager, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState, useSyncExternalStore } from 'react';
import { Link } from '../../lib/link';
import { useDocumentMeta } from '../../lib/page-meta';
import { useMarkPageReady } from '../../lib/page-ready';
import { readSavedPages, type SavedPage } from './saved-pages';
import {
  askWorkerWhenOffline,
  isUpdateWaiting,
  registerServiceWorker,
  reloadForUpdate,
  subscribeToUpdate,
} from './service-worker';

/**
 * At the top of every page once it is ready: registers the service worker, and offers the latest version
 * when a new build is waiting. A polite live region, so the offer is announced without interrupting.
 */
function UpdatePrompt() {
  const client = useQueryClient();
  useEffect(() => registerServiceWorker(client), [client]);
  const waiting = useSyncExternalStore(subscribeToUpdate, isUpdateWaiting, () => false);
  return (
    <div className="update-prompt" role="status">
      {waiting ? (
        <p>
          The wiki has been updated.{' '}
          <button type="button" onClick={reloadForUpdate}>
            Reload for the latest version
          </button>
        </p>
      ) : null}
    </div>
  );
}

function useSavedPages(): SavedPage[] | undefined {
  const [pages, setPages] = useState<SavedPage[]>();
  useEffect(() => {
    let current = true;
    const found = 'caches' in window ? readSavedPages(window.caches, import.meta.env.BASE_URL) : undefined;
    (found ?? Promise.resolve([])).then(
      (list) => current && setPages(list),
      () => current && setPages([]),
    );
    return () => {
      current = false;
    };
  }, []);
  return pages;
}

/** What a fan sees offline on a page this browser has not saved: why, and the pages it has saved. */
export function OfflineView() {
  // A page of its own, like the error view: the fan's layer may start (theme, a shielded page shown).
  useMarkPageReady();
  useDocumentMeta({ title: 'You’re offline · Heartstopper Wiki' });
  const pages = useSavedPages();
  return (
    <section className="offline-view" aria-labelledby="offline-heading">
      <h1 id="offline-heading">You’re offline, and this page wasn’t saved</h1>
      <p>
        It will load by itself when the connection returns. Pages you have opened before are saved in this
        browser, and you can read them now.
      </p>
      <h2>Saved pages</h2>
      {pages === undefined ? null : pages.length === 0 ? (
        <p className="muted">
          No pages are saved yet. The pages you open while online are kept here for reading offline.
        </p>
      ) : (
        <ul className="link-list">
          {pages.map((page) => (
            <li key={page.path}>
              <Link to={page.path}>{page.title}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * Whether the page's data has failed to load: a request that is still pending has failed at least once
 * (react-query is waiting for the connection before it asks again).
 */
function usePageDataFailed(): boolean {
  const cache = useQueryClient().getQueryCache();
  return useSyncExternalStore(
    (onChange) => cache.subscribe(onChange),
    () =>
      cache.getAll().some((query) => query.state.status === 'pending' && query.state.fetchFailureCount > 0),
    () => false,
  );
}

/**
 * The layout's loading state while offline (`children`: "You are offline…"), until the page's data has
 * failed to load from what the service worker saved: then the page was not saved, and the offline view
 * says so. A page whose data was saved loads in its place instead.
 */
function OfflinePending({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  useEffect(() => {
    // react-query assumes a connection until the browser announces a change, and a page opened offline
    // heard none: tell it, so that a failed request waits for the connection instead of being retried.
    if (!navigator.onLine) onlineManager.setOnline(false);
    askWorkerWhenOffline(client);
  }, [client]);
  return usePageDataFailed() ? <OfflineView /> : children;
}

/**
 * The layout's one way in: the update prompt at the top of the page, or, given the loading state a page
 * shows offline, `OfflinePending` around it. The wiki's one default export, as `React.lazy` takes it: the
 * layout's lazy import is in every page's first load, where a second import, or a `.then` renaming a named
 * export, costs bytes the JavaScript budget does not have.
 */
export default function OfflineReading({ children }: { children?: ReactNode }): ReactNode {
  return children === undefined ? <UpdatePrompt /> : <OfflinePending>{children}</OfflinePending>;
}
