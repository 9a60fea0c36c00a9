/**
 * Prerenders every route of the built site to static HTML (run after the client and SSR builds):
 * each page gets its content, its own <head> (title, description, canonical, Open Graph, Twitter card),
 * its page data embedded for hydration, its structured data (schema.org JSON-LD, src/content/structured-data.ts)
 * and a preload of its own code. Also writes the results of the most
 * common searches (for the search page to swap in), 404.html, offline.html (the service worker's app
 * shell), redirect pages for alternate names, sitemap.xml and robots.txt.
 *
 * Every page is written twice, as `a/b.html` and `a/b/index.html`, because static hosts disagree on which
 * one `/a/b` means; the app settles the address on its canonical form either way.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FEED_PATH, FEED_TITLE } from '../src/content/feed';
import { loadDataset } from '../src/content/load';
import { createPageDataBuilder, isRoutePage, type PageData } from '../src/content/page-data';
import { pageQuery } from '../src/content/queries';
import { createRepository } from '../src/content/repository';
import { createStructuredData, serializeStructuredData } from '../src/content/structured-data';
import type { renderAppShell as RenderAppShell, renderPage as RenderPage } from '../src/entry-server';
import { createSearchEngine } from '../src/features/search/engine';
import {
  PREBUILT_FOLDER,
  PREBUILT_LIST_ID,
  type PrebuiltList,
  type PrebuiltResults,
  prebuiltFileName,
  prebuiltQueries,
} from '../src/features/search/prebuilt';
import { searchResultsQuery } from '../src/features/search/result-queries';
import { searchResults } from '../src/features/search/results';
import { searchTitle } from '../src/features/search/search-address';
import { OFFLINE_PAGE } from '../src/lib/offline-caches';
import { PAGE_STATE_ID, type PageState, serializePageState } from '../src/lib/page-state';
import { pageDataKeys } from '../src/lib/paths';
import { ENTRY_PAGES, isEntryKind, matchPage, routeOf } from '../src/lib/routes';
import { THEME_COLOURS } from '../src/shared/theme-colour';
import { EARLY_SEARCH_ENTRY, EARLY_SEARCH_MANIFEST } from '../vite.early-search.config';
import { APP_SCRIPTS_ID, BOOT_SCRIPT, BOOT_SCRIPT_HASH, SEARCH_PAGE_SCRIPT, scriptHash } from './boot-script';
import { dataDates, describeHistory, readDataHistory } from './data-history';
import { cardFor } from './share-card/content';
import { CARD_HEIGHT, CARD_WIDTH } from './share-card/render';
import { shareCardPath } from './share-cards';
import { correctionSettings, publicUrl, siteConfig } from './site-config';
import { MANIFEST_FILE } from './web-app-manifest';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const SITE_NAME = 'Heartstopper Wiki';
/** The boot script as the Vite plugin writes it into the template (scripts/page-data-plugin.ts). */
const BOOT_TAG = `<script>${BOOT_SCRIPT}</script>`;

type Manifest = Record<
  string,
  { file: string; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean; css?: string[] }
>;

type Head = {
  title: string;
  description: string;
  canonicalPath?: string;
  ogType?: string;
  noindex?: boolean;
  /** The page's share card, relative to the site root (drawn by scripts/share-cards.ts). */
  image?: string;
  /**
   * Inline scripts the page carries besides the boot script, written before the stylesheet and the boot
   * script: they run as soon as they are parsed (after a stylesheet they would wait for it to load).
   */
  inlineScripts?: string[];
  /** JSON data blocks those scripts read, written just before them. */
  dataBlocks?: string[];
  /** The page's schema.org JSON-LD, already serialised: a data block the browser never runs. */
  structuredData?: string;
};

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * The Content-Security-Policy every page carries (as a meta tag: a static host cannot send headers we
 * control). The only inline scripts that may run are the boot script and, on the search page, the prebuilt
 * results script, each allowed by its hash; the page state is a JSON data block, not a script.
 */
export function contentSecurityPolicy(inlineScripts: readonly string[] = []): string {
  return [
    "default-src 'self'",
    ['script-src', "'self'", BOOT_SCRIPT_HASH, ...inlineScripts.map(scriptHash)].join(' '),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

function headTags(head: Head): string {
  const tags = [
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(head.inlineScripts)}" />`,
    `<title>${escapeHtml(head.title)}</title>`,
    `<meta name="description" content="${escapeHtml(head.description)}" />`,
    // Feed readers find the feed from any page (a link, not a fetch: the Content-Security-Policy is unaffected).
    `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(FEED_TITLE)}" href="${siteConfig.basePath}${FEED_PATH.slice(1)}" />`,
    // What installing the wiki needs (scripts/web-app-manifest.ts); same origin, so `default-src 'self'` allows it.
    `<link rel="manifest" href="${siteConfig.basePath}${MANIFEST_FILE}" />`,
    `<meta name="theme-color" content="${THEME_COLOURS.light}" media="(prefers-color-scheme: light)" />`,
    `<meta name="theme-color" content="${THEME_COLOURS.dark}" media="(prefers-color-scheme: dark)" />`,
  ];
  if (head.noindex) tags.push('<meta name="robots" content="noindex" />');
  if (head.canonicalPath !== undefined) {
    const url = escapeHtml(publicUrl(head.canonicalPath));
    tags.push(
      `<link rel="canonical" href="${url}" />`,
      `<meta property="og:title" content="${escapeHtml(head.title)}" />`,
      `<meta property="og:description" content="${escapeHtml(head.description)}" />`,
      `<meta property="og:type" content="${head.ogType ?? 'website'}" />`,
      `<meta property="og:url" content="${url}" />`,
      `<meta property="og:site_name" content="${SITE_NAME}" />`,
      `<meta name="twitter:card" content="${head.image ? 'summary_large_image' : 'summary'}" />`,
      `<meta name="twitter:title" content="${escapeHtml(head.title)}" />`,
      `<meta name="twitter:description" content="${escapeHtml(head.description)}" />`,
    );
    if (head.image) {
      const image = escapeHtml(publicUrl(`/${head.image}`));
      tags.push(
        `<meta property="og:image" content="${image}" />`,
        `<meta property="og:image:width" content="${CARD_WIDTH}" />`,
        `<meta property="og:image:height" content="${CARD_HEIGHT}" />`,
        `<meta property="og:image:alt" content="${escapeHtml(head.title)}" />`,
        `<meta name="twitter:image" content="${image}" />`,
      );
    }
  }
  if (head.structuredData !== undefined)
    tags.push(`<script type="application/ld+json">${head.structuredData}</script>`);
  return tags.join('\n    ');
}

/** The route module a page key renders (from the registry of page kinds), to preload its chunk with the page. */
function routeModule(key: string): string | undefined {
  const page = matchPage(key === pageDataKeys.page('home') ? '/' : `/${key}`);
  return page === undefined ? undefined : `src/app/routes/${routeOf(page).module}.tsx`;
}

/** The chunks these modules need: themselves and everything they import statically. */
function staticClosure(manifest: Manifest, keys: string[]): Set<string> {
  const found = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || found.has(key)) return;
    found.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return found;
}

/** The chunks these modules need that the entry has not loaded already (Vite writes the entry's tags). */
function chunksBeyondEntry(manifest: Manifest, modules: string[]): string[] {
  const entry = staticClosure(
    manifest,
    Object.keys(manifest).filter((key) => manifest[key]?.isEntry),
  );
  return [...staticClosure(manifest, modules)].filter((key) => !entry.has(key));
}

function preloadTags(manifest: Manifest, module: string | undefined): string {
  if (!module || !manifest[module]) return '';
  const ownChunks = chunksBeyondEntry(manifest, [module]);
  // A route's own stylesheet (the glance pages have one) loads with the HTML, so the page is styled before
  // its code runs; Vite sees the <link> and does not add it again when the chunk loads.
  const stylesheets = [...new Set(ownChunks.flatMap((key) => manifest[key]?.css ?? []))].map(
    (file) => `<link rel="stylesheet" href="${siteConfig.basePath}${file}" />`,
  );
  return [
    ...ownChunks.map(
      (key) => `<link rel="modulepreload" crossorigin href="${siteConfig.basePath}${manifest[key]?.file}" />`,
    ),
    ...stylesheets,
  ].join('\n    ');
}

/**
 * The page is complete without scripts, so its code waits until it has been painted: the module script and
 * modulepreload tags become a JSON list that the boot script (scripts/boot-script.ts) turns back into the
 * same tags right after the first paint. On a slow connection the code then no longer competes with the
 * HTML and stylesheet for bandwidth before the fan sees the page.
 */
export function deferScripts(html: string): string {
  let entry: string | undefined;
  const preload: string[] = [];
  const rest = html
    .replace(/\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g, (_tag, src: string) => {
      entry = src;
      return '';
    })
    .replace(/\s*<link rel="modulepreload" crossorigin href="([^"]+)"\s*\/?>/g, (_tag, href: string) => {
      preload.push(href);
      return '';
    });
  if (entry === undefined) throw new Error('prerender: the template has no module script to defer');
  const list = JSON.stringify({ entry, preload }).replace(/</g, '\\u003c');
  return rest.replace(
    '</body>',
    `  <script type="application/json" id="${APP_SCRIPTS_ID}">${list}</script>\n  </body>`,
  );
}

function ogTypeOf(data: PageData): string {
  return isEntryKind(data.kind) ? ENTRY_PAGES[data.kind].ogType : 'website';
}

function writePage(appPath: string, html: string) {
  if (appPath === '/') {
    writeFileSync(path.join(dist, 'index.html'), html);
    return;
  }
  const relative = appPath.replace(/^\//, '');
  const asFile = path.join(dist, `${relative}.html`);
  const asFolder = path.join(dist, relative, 'index.html');
  mkdirSync(path.dirname(asFile), { recursive: true });
  mkdirSync(path.dirname(asFolder), { recursive: true });
  writeFileSync(asFile, html);
  writeFileSync(asFolder, html);
}

function redirectPage(to: string): string {
  const target = escapeHtml(`${siteConfig.basePath}${to.replace(/^\//, '')}`);
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" href="${siteConfig.basePath}favicon.svg" type="image/svg+xml" />
    <title>Redirecting… · ${SITE_NAME}</title>
    <link rel="canonical" href="${escapeHtml(publicUrl(to))}" />
    <meta name="robots" content="noindex" />
    <meta http-equiv="refresh" content="0; url=${target}" />
  </head>
  <body>
    <p>This page has moved to <a href="${target}">${target}</a>.</p>
  </body>
</html>
`;
}

function sitemap(paths: string[]): string {
  const urls = paths.map((appPath) => `  <url><loc>${escapeHtml(publicUrl(appPath))}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls}
</urlset>
`;
}

async function main() {
  const started = performance.now();
  const template = readFileSync(path.join(dist, 'index.html'), 'utf8');
  if (!template.includes('<div id="root"></div>') || !template.includes(BOOT_TAG))
    throw new Error('dist/index.html is not the untouched template');
  const manifest: Manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'));
  const serverEntry = pathToFileURL(path.join(root, 'dist-ssr', 'entry-server.js')).href;
  const {
    renderPage,
    renderAppShell,
  }: { renderPage: typeof RenderPage; renderAppShell: typeof RenderAppShell } = await import(serverEntry);
  const repo = createRepository(loadDataset(path.join(root, 'data')));
  // The same dates as the page data the Vite plugin wrote (scripts/page-data-plugin.ts), from the same history.
  const history = readDataHistory(root);
  const site = createPageDataBuilder(repo, {
    dates: dataDates(history),
    corrections: correctionSettings(),
  });
  const structuredData = createStructuredData(repo, publicUrl);

  // The app's stylesheet goes before the boot script, which then waits for it, and the body with it: the page
  // is laid out once, with its styles. Parsed before its stylesheet had loaded, the page was laid out twice on
  // every load, the first time unstyled, when the browser's autofill looked at the search form at
  // DOMContentLoaded (about 40 ms of an unthrottled CPU, four times that on a phone).
  const appStylesheets: string[] = [];
  const page = template.replace(/\s*<link rel="stylesheet" crossorigin href="[^"]+">/g, (tag) => {
    appStylesheets.push(tag.trim());
    return '';
  });
  if (appStylesheets.length === 0) throw new Error('prerender: the template links no stylesheet');
  const fill = (head: Head, body: string, preload: string) =>
    deferScripts(
      page
        .replace(/<title>[^<]*<\/title>/, `${headTags(head)}${preload ? `\n    ${preload}` : ''}`)
        .replace(BOOT_TAG, () =>
          [
            ...(head.dataBlocks ?? []),
            ...(head.inlineScripts ?? []).map((script) => `<script>${script}</script>`),
            ...appStylesheets,
            BOOT_TAG,
          ].join('\n    '),
        )
        .replace('<div id="root"></div>', `<div id="root">${body}</div>`),
    );

  const canonicalPaths: string[] = [];
  let pages = 0;
  let redirects = 0;

  for (const key of site.keys()) {
    const data = site.page(key);
    const appPath = key === 'home' ? '/' : `/${key}`;
    if (data?.kind === 'redirect') {
      writePage(appPath, redirectPage(data.to));
      redirects += 1;
      continue;
    }
    if (!isRoutePage(data)) continue;
    const query = pageQuery(key);
    const { html, state } = await renderPage(appPath, [{ queryKey: query.queryKey, data }]);
    const stateTag = `<script type="application/json" id="${PAGE_STATE_ID}">${serializePageState({ path: appPath, state })}</script>`;
    // Pages that differ per fan or per visit are not for search engines.
    const personal = data.kind === 'my-wiki' || data.kind === 'random';
    const jsonLd = structuredData(key);
    const head: Head = {
      ...data.meta,
      ...(personal ? { noindex: true } : {}),
      canonicalPath: appPath,
      ogType: ogTypeOf(data),
      ...(cardFor(data) ? { image: shareCardPath(key) } : {}),
      ...(jsonLd ? { structuredData: serializeStructuredData(jsonLd) } : {}),
    };
    writePage(
      appPath,
      fill(head, `${html}`, preloadTags(manifest, routeModule(key))).replace(
        '</body>',
        `  ${stateTag}\n  </body>`,
      ),
    );
    if (!personal) canonicalPaths.push(appPath);
    pages += 1;
  }

  // The searches fans make most (names, episode codes), prerendered with their results: files the search
  // page's own script swaps into its shell when the address asks for one of them (SEARCH_PAGE_SCRIPT in
  // scripts/boot-script.ts, src/features/search/prebuilt.ts). Rendered first, so the shell can list them.
  const prebuilt: string[] = [];
  {
    const index = site.page(pageDataKeys.searchIndex());
    const titles = site.page(pageDataKeys.searchTitles());
    if (index?.kind !== 'search-index' || titles?.kind !== 'search-titles')
      throw new Error('prerender: the search index pages are missing');
    const engine = createSearchEngine(index.documents, 'full');
    const folder = path.join(dist, 'page-data', PREBUILT_FOLDER);
    mkdirSync(folder, { recursive: true });
    for (const query of prebuiltQueries(titles.documents)) {
      const results = searchResults(engine, query, undefined);
      if (results.hits.length === 0) continue;
      const search = `?${new URLSearchParams({ q: query })}`;
      const { html, state } = await renderPage(`/search${search}`, [
        { queryKey: searchResultsQuery(query, undefined).queryKey, data: results },
      ]);
      const pageState: PageState = { path: '/search', search, state };
      const file: PrebuiltResults = { title: searchTitle(query), html, state: pageState };
      writeFileSync(path.join(folder, prebuiltFileName(query)), JSON.stringify(file));
      prebuilt.push(query);
    }
  }

  // The search page's shell: the query itself arrives in the address and is rendered in the browser. It
  // hydrates whatever the query (the page renders as if there were none until hydration is over), so words
  // a fan types into it before the code has loaded are kept.
  {
    const { html, state } = await renderPage('/search', []);
    const stateTag = `<script type="application/json" id="${PAGE_STATE_ID}">${serializePageState({ path: '/search', state })}</script>`;
    // A search the browser works out: the early-results bundle (built apart, vite.early-search.config.ts)
    // and the full-text index; and the app's own engine, for when that bundle is not used.
    const engineModules = ['src/features/search/engine.ts', 'src/features/search/results.ts'];
    for (const module of engineModules)
      if (!manifest[module]) throw new Error(`prerender: ${module} is not a chunk of the build any more`);
    const earlyManifest: Manifest = JSON.parse(readFileSync(path.join(dist, EARLY_SEARCH_MANIFEST), 'utf8'));
    const early = earlyManifest[EARLY_SEARCH_ENTRY]?.file;
    if (!early) throw new Error(`prerender: ${EARLY_SEARCH_MANIFEST} has no ${EARLY_SEARCH_ENTRY}`);
    const list: PrebuiltList = {
      url: `${siteConfig.basePath}page-data/${PREBUILT_FOLDER}/`,
      queries: prebuilt,
      early: `${siteConfig.basePath}${early}`,
      engine: chunksBeyondEntry(manifest, engineModules).map(
        (key) => `${siteConfig.basePath}${manifest[key]?.file}`,
      ),
      index: `${siteConfig.basePath}page-data/${pageDataKeys.searchIndex()}.json`,
    };
    const listTag = `<script type="application/json" id="${PREBUILT_LIST_ID}">${JSON.stringify(list).replace(/</g, '\\u003c')}</script>`;
    const head: Head = {
      title: searchTitle(''),
      description: 'Search every character, actor, episode, scene and quote in the Heartstopper Wiki.',
      canonicalPath: '/search',
      dataBlocks: [listTag],
      inlineScripts: [SEARCH_PAGE_SCRIPT],
    };
    writePage(
      '/search',
      fill(head, html, preloadTags(manifest, routeModule('search'))).replace(
        '</body>',
        `  ${stateTag}\n  </body>`,
      ),
    );
    canonicalPaths.push('/search');
    pages += 1;
  }

  // 404.html: served by most static hosts for any unknown address. It carries no page state, so the app
  // renders whatever the address turns out to be (a differently spelled page, or this same 404 page).
  {
    const { html } = await renderPage('/404', []);
    writeFileSync(
      path.join(dist, '404.html'),
      fill(
        {
          title: `Page not found · ${SITE_NAME}`,
          description: 'There is no page at this address.',
          noindex: true,
        },
        html,
        preloadTags(manifest, 'src/app/routes/not-found.tsx'),
      ),
    );
  }

  // offline.html: the app shell the service worker answers an unsaved address with while offline (see
  // renderAppShell). Like 404.html it carries no page state; it preloads the offline view's code.
  writeFileSync(
    path.join(dist, OFFLINE_PAGE),
    fill(
      {
        title: SITE_NAME,
        description: 'The wiki, while your device is offline.',
        noindex: true,
      },
      renderAppShell(),
      preloadTags(manifest, 'src/features/offline/offline.tsx'),
    ),
  );

  writeFileSync(path.join(dist, 'sitemap.xml'), sitemap(canonicalPaths));
  writeFileSync(
    path.join(dist, 'robots.txt'),
    `User-agent: *\nAllow: /\n\nSitemap: ${publicUrl('/sitemap.xml')}\n`,
  );

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `prerendered ${pages} pages, ${prebuilt.length} search result pages, ${redirects} redirect pages, 404.html, ${OFFLINE_PAGE} and sitemap.xml in ${seconds} s`,
  );
  console.log(describeHistory(history));
}

await main();
