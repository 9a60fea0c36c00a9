/**
 * Size budget for the built site (`npm run size`, after `npm run build`): for one page of every kind, adds up
 * the gzip size of every script and stylesheet the page's HTML makes the browser fetch before a fan can
 * interact, and the HTML itself, and fails when any budget is exceeded. That is all the code a page loads
 * before it is ready (`<html data-app="ready">`): the fan's saved state is read by the first load's own code
 * (src/shared/fan-start.tsx; tests/first-load.spec.ts). The chunks that load after (the fan layer, the theme
 * switch, offline reading) are requested in the render that marks the page ready, not before it. It also checks that no first-load
 * file carries the search engine (MiniSearch): search code must load only when a fan searches.
 *
 * "Before interaction" means: module scripts, modulepreload links and stylesheets named in the HTML, plus
 * everything those chunks import statically (from dist/.vite/manifest.json), since the browser fetches a
 * module's static imports before running it. Dynamic imports are not followed: they load on demand.
 * The search page's prerendered results are held to the HTML budget, and what any other search loads is
 * reported.
 *
 * Sizes are in kB of 1000 bytes, as Vite prints them, so the figures here and in the build log agree.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PREBUILT_FOLDER, PREBUILT_LIST_ID, type PrebuiltList } from '../src/features/search/prebuilt';
import { routeTable } from '../src/lib/routes';
import { APP_SCRIPTS_ID } from './boot-script';

export const BUDGET = {
  /** Every first-load script together, gzip. */
  js: 110_000,
  /** The goal beyond the budget: reported, not enforced. */
  jsGoal: 100_000,
  css: 10_000,
  /** One network round trip (a TCP initial window is about 14.6 kB). */
  html: 14_000,
} as const;

/**
 * Strings that survive minification in MiniSearch's code (its error messages), so a chunk holding the
 * engine can be recognised after the build however its identifiers were renamed.
 */
export const SEARCH_ENGINE_MARKERS = [
  'MiniSearch: cannot deserialize an index created with an incompatible version',
  'MiniSearch: duplicate ID',
  'MiniSearch: unknown option',
] as const;

type ManifestChunk = {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  isEntry?: boolean;
};
export type Manifest = Record<string, ManifestChunk>;

export type AssetWeight = {
  /** Path relative to dist/, e.g. "assets/index-abc.js". */
  file: string;
  kind: 'js' | 'css';
  bytes: number;
  gzip: number;
  hasSearchEngine: boolean;
};

export type PageWeight = {
  /** The HTML file, relative to dist/. */
  page: string;
  html: number;
  js: number;
  css: number;
  assets: AssetWeight[];
  /** First-load files that contain MiniSearch: should always be empty. */
  searchEngineFiles: string[];
};

export function gzipSize(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

/** The attributes of every `<tagName …>` opening tag in the HTML, lower-cased names. */
export function tagsOf(html: string, tagName: string): Record<string, string>[] {
  const tags: Record<string, string>[] = [];
  const tagPattern = new RegExp(`<${tagName}\\b([^>]*)>`, 'gi');
  for (const tag of html.matchAll(tagPattern)) {
    const attributes: Record<string, string> = {};
    const attributePattern = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
    for (const attribute of (tag[1] ?? '').matchAll(attributePattern)) {
      const name = attribute[1];
      if (name) attributes[name.toLowerCase()] = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
    }
    tags.push(attributes);
  }
  return tags;
}

/** The text of the page's JSON data block with this id (`<script type="application/json" id=…>`), if any. */
export function jsonBlock(html: string, id: string): string | undefined {
  return new RegExp(`<script type="application/json" id="${id}">([^<]*)</script>`).exec(html)?.[1];
}

/**
 * The files the HTML itself asks for before interaction, relative to dist/: scripts with a src (module or
 * classic; JSON data blocks have no src), modulepreload links, stylesheets, and the code listed for the
 * boot script to load after the first paint. Other origins are skipped:
 * the wiki loads nothing from elsewhere, and a budget cannot measure what it cannot read.
 */
export function htmlAssets(html: string, basePath = '/'): string[] {
  const urls: string[] = [];
  for (const script of tagsOf(html, 'script')) {
    if (script.src) urls.push(script.src);
  }
  // The code the boot script loads right after the first paint (see deferScripts in prerender.ts) is as
  // much a part of the first load as a <script> tag.
  const deferred = jsonBlock(html, APP_SCRIPTS_ID);
  if (deferred !== undefined) {
    const list: { entry: string; preload: string[] } = JSON.parse(deferred);
    urls.push(list.entry, ...list.preload);
  }
  for (const link of tagsOf(html, 'link')) {
    const rel = (link.rel ?? '').toLowerCase().split(/\s+/);
    if (link.href && (rel.includes('modulepreload') || rel.includes('stylesheet'))) urls.push(link.href);
  }
  const files: string[] = [];
  for (const url of urls) {
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) continue;
    const pathname = url.split(/[?#]/)[0] ?? '';
    const relative = pathname.startsWith(basePath)
      ? pathname.slice(basePath.length)
      : pathname.replace(/^\//, '');
    if (!files.includes(relative)) files.push(relative);
  }
  return files;
}

/**
 * The first-load files of a page: what its HTML names, plus every static import (and the CSS) of those
 * chunks, recursively. Dynamic imports are left out on purpose.
 */
export function firstLoadFiles(html: string, manifest: Manifest, basePath = '/'): string[] {
  const byFile = new Map<string, ManifestChunk>();
  for (const chunk of Object.values(manifest)) byFile.set(chunk.file, chunk);
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const chunk = byFile.get(file);
    if (!chunk) return;
    for (const css of chunk.css ?? []) visit(css);
    for (const key of chunk.imports ?? []) {
      const imported = manifest[key];
      if (imported) visit(imported.file);
    }
  };
  for (const file of htmlAssets(html, basePath)) visit(file);
  return [...files];
}

/** Reads one built page and weighs its first load. */
export function measurePage(
  distDir: string,
  htmlFile: string,
  manifest: Manifest,
  basePath = '/',
): PageWeight {
  const html = readFileSync(path.join(distDir, htmlFile), 'utf8');
  const assets: AssetWeight[] = [];
  for (const file of firstLoadFiles(html, manifest, basePath)) {
    const kind = file.endsWith('.css') ? 'css' : file.endsWith('.js') || file.endsWith('.mjs') ? 'js' : null;
    if (kind === null) continue;
    const absolute = path.join(distDir, file);
    // A missing file would make the page weigh less than it does: fail rather than under-report.
    if (!existsSync(absolute)) throw new Error(`${htmlFile} loads ${file}, which is not in ${distDir}`);
    const content = readFileSync(absolute);
    const text = content.toString('utf8');
    assets.push({
      file,
      kind,
      bytes: content.length,
      gzip: gzipSize(content),
      hasSearchEngine: SEARCH_ENGINE_MARKERS.some((marker) => text.includes(marker)),
    });
  }
  const sum = (kind: 'js' | 'css') =>
    assets.filter((asset) => asset.kind === kind).reduce((total, asset) => total + asset.gzip, 0);
  return {
    page: htmlFile,
    html: gzipSize(html),
    js: sum('js'),
    css: sum('css'),
    assets,
    searchEngineFiles: assets.filter((asset) => asset.hasSearchEngine).map((asset) => asset.file),
  };
}

/** Which budgets a page exceeds, as readable lines (empty when it is within all of them). */
export function overBudget(weight: PageWeight): string[] {
  const problems: string[] = [];
  // The excess in bytes too: rounded kB alone could read "110.0 kB over 110.0 kB".
  const over = (name: string, size: number, budget: number) =>
    `${weight.page}: ${name} ${kb(size)} over the ${kb(budget)} budget by ${size - budget} B`;
  if (weight.js > BUDGET.js) problems.push(over('JS', weight.js, BUDGET.js));
  if (weight.css > BUDGET.css) problems.push(over('CSS', weight.css, BUDGET.css));
  if (weight.html > BUDGET.html) problems.push(over('HTML', weight.html, BUDGET.html));
  if (weight.searchEngineFiles.length > 0)
    problems.push(`${weight.page}: search engine on first load in ${weight.searchEngineFiles.join(', ')}`);
  return problems;
}

export function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/**
 * One page of every kind in the registry (src/lib/routes.ts), the deep-linked episode page first; for a kind
 * with a page per entry, the first of its addresses in the sitemap. Then the 404 page.
 */
export function samplePages(sitemap: string, basePath = '/'): { label: string; file: string | undefined }[] {
  // Addresses in the app's own terms: without the site's origin and base path.
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => {
    const { pathname } = new URL(match[1] ?? '', 'http://site.invalid');
    return pathname.startsWith(basePath) ? `/${pathname.slice(basePath.length)}` : pathname;
  });
  const fileOf = (appPath: string) => (appPath === '/' ? 'index.html' : `${appPath.slice(1)}.html`);
  const rows = routeTable().map(({ pattern, kind: page }) => {
    const label =
      page.type === 'single' ? page.name : page.type === 'index' ? `${page.kind} list` : page.kind;
    if (page.type !== 'entry') return { label, file: fileOf(pattern) };
    const prefix = pattern.replace(':slug', '');
    const first = listed.find(
      (appPath) => appPath.startsWith(prefix) && !appPath.slice(prefix.length).includes('/'),
    );
    return { label, file: first === undefined ? undefined : fileOf(first) };
  });
  return [
    { label: 'episode (deep link)', file: 'episodes/s1e4.html' },
    ...rows,
    { label: '404', file: '404.html' },
  ];
}

/** Every HTML page in dist/ (the prerendered `a/b.html` copies; `a/b/index.html` holds the same bytes). */
function allPages(distDir: string, folder = ''): string[] {
  const pages: string[] = [];
  for (const name of readdirSync(path.join(distDir, folder))) {
    const relative = folder ? `${folder}/${name}` : name;
    if (statSync(path.join(distDir, relative)).isDirectory()) {
      if (name !== 'assets' && !name.startsWith('.')) pages.push(...allPages(distDir, relative));
    } else if (name.endsWith('.html') && !(folder && name === 'index.html')) pages.push(relative);
  }
  return pages;
}

type FileSize = { file: string; gzip: number };

/** The file with the largest gzip size (an empty entry when there are none). */
function largestOf(files: FileSize[]): FileSize {
  return files.reduce((a, b) => (b.gzip > a.gzip ? b : a), { file: '', gzip: 0 });
}

function pad(value: string, width: number, right = false): string {
  return right ? value.padStart(width) : value.padEnd(width);
}

function main() {
  const root = path.resolve(import.meta.dirname, '..');
  const distDir = path.join(root, 'dist');
  const manifestPath = path.join(distDir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) {
    console.error('size: dist/.vite/manifest.json is missing; run `npm run build` first');
    process.exit(1);
  }
  const manifest: Manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const basePath = process.env.BASE_PATH ?? '/';
  const problems: string[] = [];

  const sitemapPath = path.join(distDir, 'sitemap.xml');
  const pages = samplePages(existsSync(sitemapPath) ? readFileSync(sitemapPath, 'utf8') : '', basePath);
  const weights = pages.map(({ label, file }) => {
    if (file === undefined) {
      problems.push(`${label}: no page of this kind in sitemap.xml (is the build complete?)`);
      return null;
    }
    if (!existsSync(path.join(distDir, file))) {
      problems.push(`${file}: not built (is the build complete?)`);
      return null;
    }
    return { label, weight: measurePage(distDir, file, manifest, basePath) };
  });

  const header = `${pad('page', 20)} ${pad('file', 42)} ${pad('JS', 9, true)} ${pad('CSS', 8, true)} ${pad('HTML', 8, true)}  search code`;
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const row of weights) {
    if (!row) continue;
    const { label, weight } = row;
    console.log(
      `${pad(label, 20)} ${pad(weight.page, 42)} ${pad(kb(weight.js), 9, true)} ${pad(kb(weight.css), 8, true)} ${pad(kb(weight.html), 8, true)}  ${weight.searchEngineFiles.length === 0 ? '0 B' : weight.searchEngineFiles.join(', ')}`,
    );
    problems.push(...overBudget(weight));
  }
  console.log('-'.repeat(header.length));
  console.log(
    `${pad('budget', 20)} ${pad(`(JS goal ${kb(BUDGET.jsGoal)})`, 42)} ${pad(kb(BUDGET.js), 9, true)} ${pad(kb(BUDGET.css), 8, true)} ${pad(kb(BUDGET.html), 8, true)}  0 B`,
  );

  const measured = weights.flatMap((row) => (row ? [row.weight] : []));
  // Where the deep-linked page's bytes go, biggest first, so a regression points at its chunk.
  const deepLink = measured[0];
  if (deepLink) {
    console.log(`\n${deepLink.page} loads before interaction (gzip):`);
    for (const asset of [...deepLink.assets].sort((a, b) => b.gzip - a.gzip))
      console.log(`  ${pad(kb(asset.gzip), 9, true)}  ${asset.file}`);
  }
  const heaviestJs = Math.max(0, ...measured.map((weight) => weight.js));
  if (heaviestJs > BUDGET.jsGoal && heaviestJs <= BUDGET.js)
    console.log(`\nnote: heaviest first-load JS ${kb(heaviestJs)} is within budget but above the goal`);

  // The HTML budget matters for every page a fan may land on, not only the sample above.
  const htmlSizes = allPages(distDir).map((file) => ({
    file,
    gzip: gzipSize(readFileSync(path.join(distDir, file))),
  }));
  const largest = largestOf(htmlSizes);
  const overHtml = htmlSizes.filter((page) => page.gzip > BUDGET.html);
  console.log(
    `\n${htmlSizes.length} HTML pages; largest ${largest.file} at ${kb(largest.gzip)} gzip; ${overHtml.length} over the HTML budget`,
  );
  for (const page of overHtml)
    problems.push(`${page.file}: HTML ${kb(page.gzip)} over the ${kb(BUDGET.html)} budget`);

  // A prerendered search result is the content of the search page it is swapped into (see
  // src/features/search/prebuilt.ts): it is held to the same one-round-trip budget as a page's HTML.
  const prebuiltDir = path.join(distDir, 'page-data', PREBUILT_FOLDER);
  const prebuilt = existsSync(prebuiltDir)
    ? readdirSync(prebuiltDir).map((name) => ({
        file: `page-data/${PREBUILT_FOLDER}/${name}`,
        gzip: gzipSize(readFileSync(path.join(prebuiltDir, name))),
      }))
    : [];
  if (prebuilt.length === 0) problems.push(`page-data/${PREBUILT_FOLDER}/: no prerendered search results`);
  const largestResult = largestOf(prebuilt);
  console.log(
    `${prebuilt.length} prerendered search results; largest ${largestResult.file} at ${kb(largestResult.gzip)} gzip (HTML budget)`,
  );
  for (const result of prebuilt.filter((result) => result.gzip > BUDGET.html))
    problems.push(`${result.file}: ${kb(result.gzip)} over the ${kb(BUDGET.html)} budget`);

  // Any other search is worked out in the browser, before the app, by the early-results bundle from the
  // full-text index, both asked for with the page's stylesheet; the app's own engine loads when the fan
  // searches again. Reported, not budgeted: these are what searching costs.
  const searchHtml = path.join(distDir, 'search.html');
  const list = existsSync(searchHtml)
    ? jsonBlock(readFileSync(searchHtml, 'utf8'), PREBUILT_LIST_ID)
    : undefined;
  if (list === undefined) problems.push(`search.html: no #${PREBUILT_LIST_ID} list`);
  else {
    const { early, engine, index }: PrebuiltList = JSON.parse(list);
    const weigh = (url: string) => {
      const file = path.join(distDir, url.startsWith(basePath) ? url.slice(basePath.length) : url);
      if (!existsSync(file)) throw new Error(`search.html names ${url}, which is not in ${distDir}`);
      return gzipSize(readFileSync(file));
    };
    const engineBytes = engine.reduce((total, url) => total + weigh(url), 0);
    console.log(
      `a search not prerendered loads the early results, ${kb(weigh(early))}, and the index, ${kb(weigh(index))} gzip (the app's engine, ${kb(engineBytes)}, once the fan searches again)`,
    );
  }

  if (problems.length > 0) {
    console.error(`\nsize: ${problems.length} over budget:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\nsize: every page within budget; no search code on first load');
}

// Run only as a script, not when the unit test imports the functions above.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
