/**
 * Vite plugin: validates data/ and serves each page's data as `/page-data/<key>.json` in the dev server,
 * and writes every one of them into dist/ at build time. The browser never sees the dataset or zod.
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { loadDataset } from '../src/content/load';
import { createPageDataBuilder, type PageDataBuilder } from '../src/content/page-data';
import { createRepository } from '../src/content/repository';
import { BOOT_SCRIPT } from './boot-script';

const PREFIX = 'page-data/';
/** The run of episodes in order (code, number, title): small enough to ship in the main bundle. */
const EPISODE_LIST = 'virtual:episode-list';
const RESOLVED_EPISODE_LIST = `\0${EPISODE_LIST}`;

export function createSitePages(dataDir: string): PageDataBuilder {
  return createPageDataBuilder(createRepository(loadDataset(dataDir)));
}

export function pageDataPlugin(dataDir = path.resolve(import.meta.dirname, '../data')): Plugin {
  let pages: PageDataBuilder | undefined;
  let base = '/';
  let isBuild = false;
  const current = () => {
    pages ??= createSitePages(dataDir);
    return pages;
  };

  return {
    name: 'heartstopper-page-data',
    transformIndexHtml(html) {
      return html.replace('</title>', `</title>\n    <script>${BOOT_SCRIPT}</script>`);
    },
    resolveId(id) {
      return id === EPISODE_LIST ? RESOLVED_EPISODE_LIST : undefined;
    },
    load(id) {
      if (id !== RESOLVED_EPISODE_LIST) return undefined;
      return `export default ${JSON.stringify(current().episodeList())};`;
    },
    configResolved(config) {
      base = config.base;
      isBuild = config.command === 'build' && !config.build.ssr;
    },
    configureServer(server) {
      server.watcher.add(dataDir);
      server.watcher.on('all', (_event, file) => {
        if (file.startsWith(dataDir)) pages = undefined;
      });
      server.middlewares.use((request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        const prefix = `${base}${PREFIX}`;
        if (!url.pathname.startsWith(prefix) || !url.pathname.endsWith('.json')) return next();
        const key = decodeURIComponent(url.pathname.slice(prefix.length, -'.json'.length));
        let page: ReturnType<PageDataBuilder['page']>;
        try {
          page = current().page(key);
        } catch (error) {
          // A broken data file: show the validator's message instead of a blank page.
          response.statusCode = 500;
          response.setHeader('content-type', 'text/plain; charset=utf-8');
          response.end(error instanceof Error ? error.message : String(error));
          return;
        }
        response.statusCode = page ? 200 : 404;
        response.setHeader('content-type', 'application/json; charset=utf-8');
        response.end(JSON.stringify(page ?? { kind: 'not-found' }));
      });
    },
    buildStart() {
      if (!isBuild) return;
      // Re-read data/ on every build, and fail the build (with every problem listed) if it is invalid.
      pages = createSitePages(dataDir);
    },
    generateBundle() {
      if (!isBuild) return;
      const site = current();
      for (const key of site.keys()) {
        this.emitFile({
          type: 'asset',
          fileName: `${PREFIX}${key}.json`,
          source: JSON.stringify(site.page(key)),
        });
      }
    },
  };
}
