/**
 * Vite plugin: validates data/ and serves each page's data as `/page-data/<key>.json` in the dev server,
 * and writes every one of them into dist/ at build time. The browser never sees the dataset or zod (except
 * as the open data download, a file a fan fetches on purpose). The feed and the open data files
 * (./published-files.ts) are served and written the same way.
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { loadDataset } from '../src/content/load';
import { createPageDataBuilder, type PageDataBuilder } from '../src/content/page-data';
import type { BuildFacts } from '../src/content/pages/refs';
import { createRepository, type Repository } from '../src/content/repository';
import { BOOT_SCRIPT } from './boot-script';
import { dataDates, readDataHistory } from './data-history';
import { type PublishedFile, publishedFiles } from './published-files';
import { correctionSettings } from './site-config';

const PREFIX = 'page-data/';
/** The run of episodes in order (code, number, title): small enough to ship in the main bundle. */
const EPISODE_LIST = 'virtual:episode-list';
const RESOLVED_EPISODE_LIST = `\0${EPISODE_LIST}`;

/**
 * Every page's data from `dataDir`, each entity page dated by its data file's last commit (read from the git
 * history of the folder holding `dataDir`, scripts/data-history.ts).
 */
export function createSitePages(dataDir: string): PageDataBuilder {
  return createPageDataBuilder(createRepository(loadDataset(dataDir)), buildFacts(dataDir));
}

/** What the pages need to know besides the data: when each file last changed, and where corrections go. */
function buildFacts(dataDir: string): BuildFacts {
  const root = path.dirname(path.resolve(dataDir));
  return {
    dates: dataDates(readDataHistory(root, path.relative(root, path.resolve(dataDir)))),
    corrections: correctionSettings(),
  };
}

export function pageDataPlugin(dataDir = path.resolve(import.meta.dirname, '../data')): Plugin {
  let site: { repo: Repository; pages: PageDataBuilder; files?: PublishedFile[] } | undefined;
  let base = '/';
  let isBuild = false;
  const load = () => {
    const repo = createRepository(loadDataset(dataDir));
    return { repo, pages: createPageDataBuilder(repo, buildFacts(dataDir)) };
  };
  const current = () => {
    site ??= load();
    return site.pages;
  };
  const files = () => {
    site ??= load();
    site.files ??= publishedFiles(site.repo);
    return site.files;
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
        if (file.startsWith(dataDir)) site = undefined;
      });
      server.middlewares.use((request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        if (url.pathname.endsWith('.xml') || url.pathname.startsWith(`${base}data/`)) {
          let published: PublishedFile | undefined;
          try {
            published = files().find((entry) => `${base}${entry.path.slice(1)}` === url.pathname);
          } catch (error) {
            response.statusCode = 500;
            response.setHeader('content-type', 'text/plain; charset=utf-8');
            response.end(error instanceof Error ? error.message : String(error));
            return;
          }
          if (!published) return next();
          response.setHeader('content-type', published.contentType);
          response.end(published.body);
          return;
        }
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
      site = load();
    },
    generateBundle() {
      if (!isBuild) return;
      const pages = current();
      for (const key of pages.keys()) {
        this.emitFile({
          type: 'asset',
          fileName: `${PREFIX}${key}.json`,
          source: JSON.stringify(pages.page(key)),
        });
      }
      for (const file of files()) {
        this.emitFile({ type: 'asset', fileName: file.path.slice(1), source: file.body });
      }
    },
  };
}
