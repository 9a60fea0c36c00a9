/**
 * The stale-chunk guard. Every page but home loads its code on first visit (src/app/router.tsx). After a
 * deploy, a tab opened before it still asks for the old chunk names, which the host no longer has: the
 * dynamic import fails, and the only cure is to load the page afresh. The guard reloads the page once, by
 * itself, and remembers that it did (in sessionStorage: per address, per tab), so a chunk that fails again
 * after the reload shows the friendly error instead of reloading for ever.
 */

/** How each browser words a failed dynamic import, and webpack-style and Vite preload failures. */
const CHUNK_ERROR_MESSAGES = [
  /Failed to fetch dynamically imported module/i, // Chromium
  /Importing a module script failed/i, // Safari
  /error loading dynamically imported module/i, // Firefox
  /Loading (CSS )?chunk [\w-]+ failed/i, // webpack-style ChunkLoadError
  /Unable to preload CSS for/i, // Vite's preload helper, when a chunk's stylesheet is gone
];

/** Whether an error is a route's code failing to load (rather than a bug, or data failing to load). */
export function isChunkLoadError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const name = 'name' in error && typeof error.name === 'string' ? error.name : '';
  const message = 'message' in error && typeof error.message === 'string' ? error.message : '';
  if (name === 'ChunkLoadError') return true;
  return CHUNK_ERROR_MESSAGES.some((pattern) => pattern.test(message));
}

/** The sessionStorage key that records the automatic reload of one address. */
export const STALE_CHUNK_KEY_PREFIX = 'heartstopper-wiki:stale-chunk-reload:';

export function staleChunkKey(pathname: string): string {
  return `${STALE_CHUNK_KEY_PREFIX}${pathname}`;
}

/** What the guard needs from the browser; tests pass their own. */
export type StaleChunkEnvironment = {
  /** The tab's sessionStorage; reading it may throw (storage disabled), or there may be none. */
  storage: () => Pick<Storage, 'getItem' | 'setItem'> | undefined;
  pathname: () => string;
  /** False when the browser knows it is offline: a failed import then says nothing about a deploy. */
  online: () => boolean;
  reload: () => void;
  now: () => number;
};

/** The real browser (tests spy on its methods: jsdom cannot reload). */
export const browserEnvironment: StaleChunkEnvironment = {
  storage: () => (typeof window === 'undefined' ? undefined : window.sessionStorage),
  pathname: () => (typeof window === 'undefined' ? '' : window.location.pathname),
  online: () => typeof navigator === 'undefined' || navigator.onLine !== false,
  reload: () => window.location.reload(),
  now: () => Date.now(),
};

/** When this address was reloaded for a stale chunk in this tab, or null; undefined if storage is unusable. */
function reloadedAt(env: StaleChunkEnvironment): string | null | undefined {
  try {
    const storage = env.storage();
    if (!storage) return undefined;
    return storage.getItem(staleChunkKey(env.pathname()));
  } catch {
    return undefined;
  }
}

/**
 * Whether the guard would reload now: the browser is online, the tab can remember the reload, and this
 * address has not been reloaded for a failed chunk in this tab before. Reads only; safe during render.
 */
export function mayReloadForStaleChunk(env: StaleChunkEnvironment = browserEnvironment): boolean {
  if (!env.online()) return false;
  return reloadedAt(env) === null;
}

/**
 * Reloads the page for a failed chunk, at most once per address per tab: records the reload first (with
 * its time) and reloads only if that worked. Returns whether it reloaded. A tab that cannot remember (no
 * storage, or storage that throws) never reloads by itself, since it could not tell a second failure from
 * the first.
 */
export function reloadOnceForStaleChunk(env: StaleChunkEnvironment = browserEnvironment): boolean {
  if (!mayReloadForStaleChunk(env)) return false;
  try {
    const storage = env.storage();
    if (!storage) return false;
    const key = staleChunkKey(env.pathname());
    storage.setItem(key, String(env.now()));
    // A storage that accepts writes but keeps nothing would loop: check the mark is really there.
    if (storage.getItem(key) === null) return false;
  } catch {
    return false;
  }
  env.reload();
  return true;
}

/** A reload the fan asked for (the error view's Retry after a chunk failed): not counted, not limited. */
export function reloadPage(env: StaleChunkEnvironment = browserEnvironment): void {
  env.reload();
}
