/**
 * An in-memory stand-in for the browser's Cache API (`caches`), which jsdom lacks: enough of it to read
 * what the service worker saved. `savedCaches({ name: { url: response } })`.
 */
import type { CacheReader, CachesReader } from '../features/offline/saved-pages';

export function savedCaches(contents: Record<string, Record<string, Response>>): CachesReader {
  const open = async (name: string): Promise<CacheReader> => {
    const entries = contents[name] ?? {};
    return {
      keys: async () => Object.keys(entries).map((url) => new Request(url)),
      match: async (request) => entries[request.url]?.clone(),
    };
  };
  return { keys: async () => Object.keys(contents), open };
}

/** A saved page-data file, as the worker keeps it. */
export function savedJson(value: unknown): Response {
  return new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });
}

/** A saved HTML page with this title. */
export function savedHtml(title: string): Response {
  return new Response(`<!doctype html><html><head><title>${title}</title></head><body></body></html>`, {
    headers: { 'content-type': 'text/html' },
  });
}
