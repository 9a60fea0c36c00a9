import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BUDGET,
  firstLoadFiles,
  htmlAssets,
  type Manifest,
  measurePage,
  overBudget,
  type PageWeight,
  samplePages,
} from './size';

const gz = (text: string) => gzipSync(text, { level: 9 }).length;

// A tiny built site: an entry chunk with one static and one dynamic import, a route chunk the page
// preloads, the search engine reachable only by a dynamic import, and one stylesheet.
const files: Record<string, string> = {
  'assets/entry.js': 'import "./shared.js"; const load = () => import("./engine.js"); console.log("entry");',
  'assets/shared.js': 'export const shared = "shared code";',
  'assets/route.js': 'import "./shared.js"; export const route = 1;',
  'assets/engine.js': 'throw new Error("MiniSearch: duplicate ID " + id);',
  'assets/style.css': 'body { color: red; }',
  'assets/route.css': '.route { color: blue; }',
};

const manifest: Manifest = {
  'index.html': {
    file: 'assets/entry.js',
    isEntry: true,
    imports: ['_shared.js'],
    dynamicImports: ['src/engine.ts', 'src/route.tsx'],
    css: ['assets/style.css'],
  },
  '_shared.js': { file: 'assets/shared.js' },
  'src/route.tsx': {
    file: 'assets/route.js',
    imports: ['_shared.js', 'index.html'],
    css: ['assets/route.css'],
  },
  'src/engine.ts': { file: 'assets/engine.js' },
};

function page(head: string): string {
  return `<!doctype html><html><head>${head}</head><body><div id="root"><h1>Hi</h1></div>
<script type="application/json" id="state">{"a":1}</script></body></html>`;
}

let dist: string;

beforeEach(() => {
  dist = mkdtempSync(path.join(tmpdir(), 'size-test-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), content);
  }
});

afterEach(() => {
  rmSync(dist, { recursive: true, force: true });
});

describe('htmlAssets', () => {
  it('finds module scripts, modulepreloads and stylesheets in any attribute order, once each', () => {
    const html = page(`
      <script type="module" crossorigin src="/assets/entry.js"></script>
      <link crossorigin href='/assets/route.js' rel="modulepreload">
      <link rel="stylesheet" href="/assets/style.css?v=1">
      <link rel="icon" href="/favicon.svg">
      <link rel="modulepreload" href="/assets/route.js">
      <script src="https://example.org/elsewhere.js"></script>`);
    expect(htmlAssets(html)).toEqual(['assets/entry.js', 'assets/route.js', 'assets/style.css']);
  });

  it('counts the code the boot script loads after the first paint', () => {
    const html = page(`
      <link rel="stylesheet" href="/assets/style.css">
      <script type="application/json" id="app-scripts">{"entry":"/assets/entry.js","preload":["/assets/route.js"]}</script>`);
    expect(htmlAssets(html)).toEqual(['assets/entry.js', 'assets/route.js', 'assets/style.css']);
  });

  it('strips a sub-folder base path', () => {
    expect(htmlAssets(page('<script type="module" src="/wiki/assets/entry.js"></script>'), '/wiki/')).toEqual(
      ['assets/entry.js'],
    );
  });
});

describe('firstLoadFiles', () => {
  it("follows the entry's static imports and CSS but not its dynamic imports", () => {
    const html = page('<script type="module" src="/assets/entry.js"></script>');
    expect(firstLoadFiles(html, manifest).sort()).toEqual(
      ['assets/entry.js', 'assets/shared.js', 'assets/style.css'].sort(),
    );
  });

  it('adds a preloaded route chunk with its own imports and CSS', () => {
    const html = page(
      '<script type="module" src="/assets/entry.js"></script><link rel="modulepreload" href="/assets/route.js">',
    );
    expect(firstLoadFiles(html, manifest).sort()).toEqual(
      [
        'assets/entry.js',
        'assets/route.css',
        'assets/route.js',
        'assets/shared.js',
        'assets/style.css',
      ].sort(),
    );
  });
});

describe('measurePage', () => {
  it('sums gzip sizes of first-load JS and CSS and of the HTML', () => {
    const html = page('<script type="module" src="/assets/entry.js"></script>');
    writeFileSync(path.join(dist, 'index.html'), html);
    const weight = measurePage(dist, 'index.html', manifest);
    expect(weight.js).toBe(gz(files['assets/entry.js'] ?? '') + gz(files['assets/shared.js'] ?? ''));
    expect(weight.css).toBe(gz(files['assets/style.css'] ?? ''));
    expect(weight.html).toBe(gz(html));
    expect(weight.searchEngineFiles).toEqual([]);
    expect(overBudget(weight)).toEqual([]);
  });

  it('flags the search engine when a page loads it up front', () => {
    mkdirSync(path.join(dist, 'search'));
    writeFileSync(
      path.join(dist, 'search', 'eager.html'),
      page(
        '<script type="module" src="/assets/entry.js"></script><link rel="modulepreload" href="/assets/engine.js">',
      ),
    );
    const weight = measurePage(dist, 'search/eager.html', manifest);
    expect(weight.searchEngineFiles).toEqual(['assets/engine.js']);
    expect(overBudget(weight)).toEqual([
      'search/eager.html: search engine on first load in assets/engine.js',
    ]);
  });

  it('fails loudly when the HTML names a file that was not built', () => {
    writeFileSync(
      path.join(dist, 'broken.html'),
      page('<script type="module" src="/assets/gone.js"></script>'),
    );
    expect(() => measurePage(dist, 'broken.html', manifest)).toThrow(/gone\.js/);
  });
});

describe('overBudget', () => {
  const within: PageWeight = { page: 'p.html', html: 1, js: 1, css: 1, assets: [], searchEngineFiles: [] };

  it('names each budget a page exceeds', () => {
    expect(overBudget({ ...within, js: BUDGET.js + 1, css: BUDGET.css + 1, html: BUDGET.html + 1 })).toEqual([
      'p.html: JS 110.0 kB over the 110.0 kB budget by 1 B',
      'p.html: CSS 10.0 kB over the 10.0 kB budget by 1 B',
      'p.html: HTML 14.0 kB over the 14.0 kB budget by 1 B',
    ]);
  });

  it('accepts a page exactly at its budgets', () => {
    expect(overBudget({ ...within, js: BUDGET.js, css: BUDGET.css, html: BUDGET.html })).toEqual([]);
  });
});

describe('samplePages', () => {
  const sitemap = (...paths: string[]) =>
    `<urlset>${paths.map((appPath) => `<url><loc>https://example.org/wiki${appPath}</loc></url>`).join('')}</urlset>`;

  it('weighs one page of every kind in the registry: the deep link first, each list, the first entry of each kind, and the 404 page', () => {
    const pages = samplePages(
      sitemap(
        '/',
        '/characters',
        '/characters/nick-nelson',
        '/characters/charlie-spring',
        '/actors/joe-locke',
        '/people/alice-oseman',
        '/episodes/s1e1',
        '/scenes/s1e1-meeting',
        '/commentary/oseman-favourite-scene',
      ),
      '/wiki/',
    );
    expect(pages[0]).toEqual({ label: 'episode (deep link)', file: 'episodes/s1e4.html' });
    expect(pages.at(-1)).toEqual({ label: '404', file: '404.html' });
    expect(pages).toContainEqual({ label: 'home', file: 'index.html' });
    expect(pages).toContainEqual({ label: 'my-wiki', file: 'my-wiki.html' });
    expect(pages).toContainEqual({ label: 'character list', file: 'characters.html' });
    expect(pages).toContainEqual({ label: 'character', file: 'characters/nick-nelson.html' });
    expect(pages).toContainEqual({ label: 'person', file: 'people/alice-oseman.html' });
    expect(pages).toContainEqual({ label: 'commentary', file: 'commentary/oseman-favourite-scene.html' });
    expect(pages.filter((page) => page.label === 'character')).toHaveLength(1);
  });

  it('names a kind with no page in the sitemap, so the budget check fails rather than skipping it', () => {
    expect(samplePages(sitemap('/'))).toContainEqual({ label: 'scene', file: undefined });
  });
});
