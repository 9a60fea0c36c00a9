import { onlineManager } from '@tanstack/react-query';
import { act, screen, within } from '@testing-library/react';
import { askWorkerWhenOffline } from '../features/offline/service-worker';
import { savedCaches, savedHtml, savedJson } from '../test/fake-caches';
import { renderApp } from '../test/render-app';
import { createQueryClient } from './query-client';

/**
 * The browser's connection as the page sees it: navigator.onLine and the events that announce a change,
 * which react-query hears too once a page has been open for a moment.
 */
function setConnection(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    onlineManager.setOnline(online);
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

/** A service worker in charge of the page (jsdom has none), and what it has saved. */
function withServiceWorker(saved: Parameters<typeof savedCaches>[0]) {
  Object.defineProperty(navigator, 'serviceWorker', { value: { controller: {} }, configurable: true });
  vi.stubGlobal('caches', savedCaches(saved));
  const client = createQueryClient();
  // What the offline feature does once the page has registered the worker and the worker is in charge.
  askWorkerWhenOffline(client);
  return client;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'serviceWorker');
  onlineManager.setOnline(true);
});

test('without a service worker, a page opened offline says so, then loads by itself when the connection returns', async () => {
  setConnection(false);
  renderApp('/characters/charlie-spring');
  expect(
    await screen.findByText('You are offline. This page will load by itself when the connection returns.'),
  ).toBeVisible();
  expect(screen.queryByRole('heading', { level: 1 })).toBeNull();

  setConnection(true);
  expect(await screen.findByRole('heading', { level: 1, name: 'Charlie Spring' })).toBeVisible();
  expect(screen.queryByText(/You are offline/)).toBeNull();
});

test('a search opened without a connection says so, then shows its results when the connection returns', async () => {
  setConnection(false);
  renderApp('/search?q=rugby');
  expect(
    await screen.findByText('You are offline. Search will load by itself when the connection returns.'),
  ).toBeVisible();

  setConnection(true);
  expect(await screen.findByText(/^\d+ results for “rugby”$/)).toBeVisible();
  expect(screen.queryByText(/You are offline/)).toBeNull();
});

test('with a service worker, a page it did not save says so offline, lists the saved pages, and loads by itself when the connection returns', async () => {
  const client = withServiceWorker({
    'heartstopper-wiki-pages-abc123': {
      [`${window.location.origin}/episodes/s1e4`]: savedHtml('S1E4: Secret · Heartstopper Wiki'),
    },
    'heartstopper-wiki-data-abc123': {
      [`${window.location.origin}/page-data/characters/nick-nelson.json`]: savedJson({
        meta: { title: 'Nick Nelson · Heartstopper Wiki' },
      }),
    },
  });
  setConnection(false);
  renderApp('/characters/charlie-spring', { client });
  const view = await screen.findByRole('region', { name: 'You’re offline, and this page wasn’t saved' });
  expect(await within(view).findByRole('link', { name: 'Nick Nelson' })).toHaveAttribute(
    'href',
    '/characters/nick-nelson',
  );
  expect(
    within(view)
      .getAllByRole('link')
      .map((link) => link.textContent),
  ).toEqual(['Nick Nelson', 'S1E4: Secret']);

  setConnection(true);
  expect(await screen.findByRole('heading', { level: 1, name: 'Charlie Spring' })).toBeVisible();
  expect(screen.queryByText(/You’re offline/)).toBeNull();
});

test('with a service worker that has saved nothing yet, the offline view says how pages come to be saved', async () => {
  const client = withServiceWorker({});
  setConnection(false);
  renderApp('/characters/charlie-spring', { client });
  expect(
    await screen.findByText(
      'No pages are saved yet. The pages you open while online are kept here for reading offline.',
    ),
  ).toBeVisible();
});

test('with a service worker, a page opened offline that it did not save waits for the connection, and never gives up into the error view', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  const client = withServiceWorker({});
  // Opened offline: the browser says so, but a page that has just loaded has heard no event about it.
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  renderApp('/characters/charlie-spring', { client });
  expect(
    await screen.findByRole('heading', { level: 1, name: 'You’re offline, and this page wasn’t saved' }),
  ).toBeVisible();
  // Longer than the retries would take (1 s, then 2 s).
  await act(() => vi.advanceTimersByTimeAsync(5_000));
  expect(
    screen.getByRole('heading', { level: 1, name: 'You’re offline, and this page wasn’t saved' }),
  ).toBeVisible();
  expect(screen.queryByRole('heading', { level: 1, name: 'This page could not load' })).toBeNull();
  vi.useRealTimers();
});
