/**
 * The last build step: writes the service worker to dist/sw.js from the bundle Vite made of it
 * (dist-sw/sw.js, see vite.sw.config.ts), with the build's precache list and version in place of its two
 * placeholders, `self.__WB_MANIFEST` and `self.__BUILD_VERSION` (src/service-worker/sw.ts).
 *
 * What Workbox's own build tool (workbox-build's injectManifest) would do, in a few lines, without its
 * dependencies (it would bring a second Babel into the tree; docs/decisions/0013-offline-reading.md).
 *
 * The precache is the code (every file in dist/assets/, named by content hash), the offline page the worker
 * answers an unsaved address with (src/lib/offline-caches.ts) and the favicon it links. Each entry is the
 * file's address and a revision (a hash of its content); the version is a hash of the whole list, so it
 * changes exactly when one of those files does, and a deploy that changes only the data keeps the worker.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { OFFLINE_PAGE } from '../src/lib/offline-caches';
import { siteConfig } from './site-config';

export type PrecacheEntry = { url: string; revision: string };

export const MANIFEST_PLACEHOLDER = 'self.__WB_MANIFEST';
export const VERSION_PLACEHOLDER = 'self.__BUILD_VERSION';

/** Files besides the code that the worker needs offline, relative to dist/. */
const SHELL_FILES = [OFFLINE_PAGE, 'favicon.svg'];

function hash(content: string | Buffer, length: number): string {
  return createHash('sha256').update(content).digest('hex').slice(0, length);
}

/** The files to precache, relative to dist/: the shell files and every file of assets/ but source maps. */
export function precacheFiles(distDir: string): string[] {
  const assets = readdirSync(path.join(distDir, 'assets'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.map'))
    .map((entry) =>
      path.relative(distDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    );
  return [...SHELL_FILES, ...assets.sort()];
}

/** Each file's address under the base path, and a hash of its content as its revision. */
export function precacheEntries(
  files: readonly { file: string; content: string | Buffer }[],
  basePath: string,
): PrecacheEntry[] {
  return files.map(({ file, content }) => ({ url: `${basePath}${file}`, revision: hash(content, 16) }));
}

/** The build's version: a hash of the precache list, in hexadecimal (cache names end with it). */
export function buildVersion(entries: readonly PrecacheEntry[]): string {
  return hash(entries.map((entry) => `${entry.url} ${entry.revision}`).join('\n'), 12);
}

/** The worker's source with the list and version written in; each placeholder must appear exactly once. */
export function injectPrecache(source: string, entries: readonly PrecacheEntry[], version: string): string {
  for (const placeholder of [MANIFEST_PLACEHOLDER, VERSION_PLACEHOLDER]) {
    const count = source.split(placeholder).length - 1;
    if (count !== 1)
      throw new Error(`precache: the service worker has ${count} "${placeholder}", expected exactly one`);
  }
  // Functions as replacements, so a `$` in an address is never read as a replacement pattern.
  return source
    .replace(MANIFEST_PLACEHOLDER, () => JSON.stringify(entries))
    .replace(VERSION_PLACEHOLDER, () => JSON.stringify(version));
}

/** Writes `<distDir>/sw.js` from the bundled worker; returns what it precaches and the version. */
export function writeServiceWorker(options: { bundle: string; distDir: string; basePath: string }): {
  entries: PrecacheEntry[];
  version: string;
} {
  const { bundle, distDir, basePath } = options;
  const entries = precacheEntries(
    precacheFiles(distDir).map((file) => ({ file, content: readFileSync(path.join(distDir, file)) })),
    basePath,
  );
  const version = buildVersion(entries);
  writeFileSync(path.join(distDir, 'sw.js'), injectPrecache(readFileSync(bundle, 'utf8'), entries, version));
  return { entries, version };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = path.resolve(import.meta.dirname, '..');
  const { entries, version } = writeServiceWorker({
    bundle: path.join(root, 'dist-sw', 'sw.js'),
    distDir: path.join(root, 'dist'),
    basePath: siteConfig.basePath,
  });
  console.log(`service worker: version ${version}, ${entries.length} files precached`);
}
