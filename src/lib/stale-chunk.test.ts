import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ComponentProps, type ComponentType, createElement, lazy, Suspense } from 'react';
import type { MockInstance } from 'vitest';
import { ErrorBoundary, onCaughtError, PAGE_ERROR_LOG_PREFIX } from '../components/error-boundary';
import {
  browserEnvironment,
  isChunkLoadError,
  mayReloadForStaleChunk,
  reloadOnceForStaleChunk,
  type StaleChunkEnvironment,
  staleChunkKey,
} from './stale-chunk';

/** A tab: its own storage (a Map), address, network state and a counted reload. */
function fakeTab(pathname = '/characters/nick-nelson') {
  const items = new Map<string, string>();
  let reloads = 0;
  const storage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      items.set(key, value);
    },
  };
  const env: StaleChunkEnvironment & { path: string; isOnline: boolean } = {
    path: pathname,
    isOnline: true,
    storage: () => storage,
    pathname: () => env.path,
    online: () => env.isOnline,
    reload: () => {
      reloads += 1;
    },
    now: () => 1_767_225_600_000,
  };
  return { env, items, storage, reloads: () => reloads };
}

describe('which errors are a route’s code failing to load', () => {
  test.each([
    'Failed to fetch dynamically imported module: https://fans.example.org/assets/character-abc123.js',
    'Importing a module script failed.',
    'error loading dynamically imported module: https://fans.example.org/assets/episode-x.js',
    'Loading chunk 42 failed.',
    'Loading CSS chunk character failed.',
    'Unable to preload CSS for /assets/search-abc.css',
  ])('“%s” is a chunk failure', (message) => {
    expect(isChunkLoadError(new TypeError(message))).toBe(true);
  });

  test('an error named ChunkLoadError is one, whatever it says', () => {
    const error = new Error('something');
    error.name = 'ChunkLoadError';
    expect(isChunkLoadError(error)).toBe(true);
    expect(isChunkLoadError({ name: 'ChunkLoadError', message: '' })).toBe(true);
  });

  test.each<[string, unknown]>([
    ['a data fetch that failed', new TypeError('Failed to fetch')],
    ['a page-data HTTP error', new Error('Could not load this page (HTTP 500).')],
    ['a bug in a page', new TypeError("Cannot read properties of undefined (reading 'name')")],
    ['a malformed address', new URIError('URI malformed')],
    ['a string', 'Failed to fetch dynamically imported module'],
    ['null', null],
    ['undefined', undefined],
    ['an object whose message is not a string', { message: 42 }],
  ])('%s is not', (_label, error) => {
    expect(isChunkLoadError(error)).toBe(false);
  });
});

describe('the automatic reload', () => {
  test('reloads once and records the address and the time in this tab’s storage', () => {
    const tab = fakeTab();
    expect(mayReloadForStaleChunk(tab.env)).toBe(true);
    expect(reloadOnceForStaleChunk(tab.env)).toBe(true);
    expect(tab.reloads()).toBe(1);
    expect(tab.items.get(staleChunkKey('/characters/nick-nelson'))).toBe('1767225600000');
    expect(staleChunkKey('/characters/nick-nelson')).toContain('/characters/nick-nelson');
  });

  test('never reloads the same address twice in a tab: the second failure is left to the error view', () => {
    const tab = fakeTab();
    reloadOnceForStaleChunk(tab.env);
    expect(mayReloadForStaleChunk(tab.env)).toBe(false);
    expect(reloadOnceForStaleChunk(tab.env)).toBe(false);
    expect(reloadOnceForStaleChunk(tab.env)).toBe(false);
    expect(tab.reloads()).toBe(1);
  });

  test('another address may still reload once', () => {
    const tab = fakeTab();
    reloadOnceForStaleChunk(tab.env);
    tab.env.path = '/episodes/s1e4';
    expect(reloadOnceForStaleChunk(tab.env)).toBe(true);
    expect(reloadOnceForStaleChunk(tab.env)).toBe(false);
    expect(tab.reloads()).toBe(2);
  });

  test('offline, a failed import says nothing about a deploy: no reload (it would show the browser’s offline page)', () => {
    const tab = fakeTab();
    tab.env.isOnline = false;
    expect(mayReloadForStaleChunk(tab.env)).toBe(false);
    expect(reloadOnceForStaleChunk(tab.env)).toBe(false);
    expect(tab.reloads()).toBe(0);
    expect(tab.items.size).toBe(0);
  });

  test.each<[string, (tab: ReturnType<typeof fakeTab>) => void]>([
    [
      'storage cannot be reached at all',
      (tab) => {
        tab.env.storage = () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
      },
    ],
    ['there is no storage', (tab) => (tab.env.storage = () => undefined)],
    [
      'reading throws',
      (tab) => {
        tab.storage.getItem = () => {
          throw new Error('denied');
        };
      },
    ],
    [
      'writing throws (quota full, private mode)',
      (tab) => {
        tab.storage.setItem = () => {
          throw new DOMException('QuotaExceededError', 'QuotaExceededError');
        };
      },
    ],
    [
      'writes are silently dropped',
      (tab) => {
        tab.storage.setItem = () => {};
      },
    ],
  ])('never reloads when the tab cannot remember it did: %s', (_label, breakStorage) => {
    const tab = fakeTab();
    breakStorage(tab);
    expect(() => reloadOnceForStaleChunk(tab.env)).not.toThrow();
    expect(reloadOnceForStaleChunk(tab.env)).toBe(false);
    expect(tab.reloads()).toBe(0);
  });

  test('in the browser it uses the tab’s sessionStorage and the current path', () => {
    sessionStorage.clear();
    expect(mayReloadForStaleChunk()).toBe(true);
    sessionStorage.setItem(staleChunkKey(window.location.pathname), '1');
    expect(mayReloadForStaleChunk()).toBe(false);
    sessionStorage.clear();
  });
});

describe('the page error boundary', () => {
  const chunkError = () =>
    new TypeError('Failed to fetch dynamically imported module: http://wiki.test/assets/character-abc.js');
  let reload: MockInstance<() => void>;
  let consoleError: MockInstance<typeof console.error>;

  beforeEach(() => {
    sessionStorage.clear();
    reload = vi.spyOn(browserEnvironment, 'reload').mockImplementation(() => {});
    consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
    sessionStorage.clear();
  });

  const prefixedLogs = () => consoleError.mock.calls.filter((call) => call[0] === PAGE_ERROR_LOG_PREFIX);

  /** A page whose code fails to load with `error`, inside the boundary as the layout uses it. */
  function renderFailingPage(error: Error, options: { rootLogsOnce?: boolean } = {}) {
    const Page = lazy<ComponentType>(() => Promise.reject(error));
    const onReset = vi.fn();
    const props: ComponentProps<typeof ErrorBoundary> = {
      onReset,
      fallback: (retry) =>
        createElement(
          'section',
          null,
          createElement('h1', null, 'This page could not load'),
          createElement('button', { type: 'button', onClick: retry }, 'Try again'),
        ),
      children: createElement(
        Suspense,
        { fallback: createElement('p', null, 'Loading…') },
        createElement(Page),
      ),
    };
    const ui = createElement(ErrorBoundary, props);
    const result = render(ui, options.rootLogsOnce ? { onCaughtError } : {});
    return { ...result, onReset };
  }

  test('a page whose code is gone reloads once by itself, saying so instead of showing an error', async () => {
    renderFailingPage(chunkError(), { rootLogsOnce: true });
    expect(await screen.findByText('Loading the latest version of the wiki…')).toBeVisible();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(sessionStorage.getItem(staleChunkKey(window.location.pathname))).toMatch(/^\d+$/);
    expect(screen.queryByText('This page could not load')).not.toBeInTheDocument();
    expect(prefixedLogs()).toHaveLength(1);
    expect(consoleError).toHaveBeenCalledTimes(1);
  });

  test('after that one reload, a second failure shows the error view; its Retry reloads only when asked', async () => {
    sessionStorage.setItem(staleChunkKey(window.location.pathname), String(Date.now()));
    renderFailingPage(chunkError(), { rootLogsOnce: true });
    expect(await screen.findByRole('heading', { name: 'This page could not load' })).toBeVisible();
    expect(reload).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  test('a tab that cannot remember the reload shows the error view instead of risking a loop', async () => {
    vi.spyOn(browserEnvironment, 'storage').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    renderFailingPage(chunkError());
    expect(await screen.findByRole('heading', { name: 'This page could not load' })).toBeVisible();
    expect(reload).not.toHaveBeenCalled();
  });

  test('any other error shows the error view, and Retry resets the page without reloading', async () => {
    const { onReset } = renderFailingPage(new Error('Could not load this page (HTTP 500).'), {
      rootLogsOnce: true,
    });
    expect(await screen.findByRole('heading', { name: 'This page could not load' })).toBeVisible();
    expect(reload).not.toHaveBeenCalled();
    expect(sessionStorage.length).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();
  });

  test('each caught error is logged once, with the prefix, even when the same failure is caught again', async () => {
    const error = new Error('Could not load this page (HTTP 503).');
    renderFailingPage(error, { rootLogsOnce: true });
    await screen.findByRole('heading', { name: 'This page could not load' });
    // Retry renders the same lazy page, which rethrows the very same error.
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'This page could not load' });
    expect(prefixedLogs()).toEqual([[PAGE_ERROR_LOG_PREFIX, error, expect.any(String)]]);
    expect(consoleError).toHaveBeenCalledTimes(1);
  });

  test('without the root option React logs the error too, but the boundary’s own line still appears once', async () => {
    renderFailingPage(new Error('boom'));
    await screen.findByRole('heading', { name: 'This page could not load' });
    expect(prefixedLogs()).toHaveLength(1);
  });
});
