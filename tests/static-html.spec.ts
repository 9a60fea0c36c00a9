import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { JSDOM } from 'jsdom';
import { headingOf, sitePages } from './site';

// These read the built files straight from dist/, as a link-preview bot or a search crawler would.
const dist = path.resolve(import.meta.dirname, '../dist');
const pages = sitePages();

function htmlOf(appPath: string): string {
  const file = appPath === '/' ? 'index.html' : `${appPath.slice(1)}.html`;
  return readFileSync(path.join(dist, file), 'utf8');
}

function attribute(html: string, selector: RegExp): string | undefined {
  return selector.exec(html)?.[1];
}

function decode(value: string | undefined): string | undefined {
  return value
    ?.replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

test('every page has its own title, description, canonical link, Open Graph and Twitter tags', () => {
  const seen = { titles: new Set<string>(), canonicals: new Set<string>(), images: new Set<string>() };
  for (const { path: appPath, data } of pages) {
    const html = htmlOf(appPath);
    const title = decode(attribute(html, /<title>([^<]*)<\/title>/));
    expect(title, appPath).toBe(data.meta.title);
    expect(decode(attribute(html, /<meta name="description" content="([^"]*)"/)), appPath).toBe(
      data.meta.description,
    );
    const canonical = attribute(html, /<link rel="canonical" href="([^"]*)"/) ?? '';
    expect(new URL(canonical).pathname, appPath).toBe(appPath);
    expect(attribute(html, /<meta property="og:url" content="([^"]*)"/), appPath).toBe(canonical);
    expect(decode(attribute(html, /<meta property="og:title" content="([^"]*)"/)), appPath).toBe(
      data.meta.title,
    );
    expect(attribute(html, /<meta property="og:description" content="([^"]*)"/), appPath).toBeTruthy();
    expect(attribute(html, /<meta property="og:type" content="([^"]*)"/), appPath).toBeTruthy();
    expect(attribute(html, /<meta property="og:site_name" content="([^"]*)"/), appPath).toBe(
      'Heartstopper Wiki',
    );
    expect(attribute(html, /<meta name="twitter:card" content="([^"]*)"/), appPath).toBe(
      'summary_large_image',
    );
    const image = attribute(html, /<meta property="og:image" content="([^"]*)"/) ?? '';
    expect(existsSync(path.join(dist, new URL(image).pathname)), `${appPath} card ${image}`).toBe(true);
    seen.titles.add(title ?? '');
    seen.canonicals.add(canonical);
    seen.images.add(image);
  }
  // Specific to each page: no two pages share a title, an address or a card.
  expect(seen.titles.size).toBe(pages.length);
  expect(seen.canonicals.size).toBe(pages.length);
  expect(seen.images.size).toBe(pages.length);
});

test('every page’s HTML already holds its content, before any script runs', () => {
  for (const { path: appPath, data } of pages) {
    const html = htmlOf(appPath);
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(main, appPath).toContain('<h1');
    expect(main, appPath).not.toContain('<template');
    if (data.kind === 'character') expect(main).toContain(data.name);
    if (data.kind === 'episode') expect(main).toContain(data.synopsis.replace(/&/g, '&amp;').slice(0, 20));
  }
});

/** Whether the built site has a page at this address: its prerendered file or its redirect file. */
function builtPageExists(href: string): boolean {
  const appPath = href.split(/[#?]/)[0] ?? '';
  // The feed and the open data are files the build writes beside the pages, linked as themselves.
  if (/\.(?:json|xml)$/.test(appPath)) return existsSync(path.join(dist, appPath));
  return existsSync(path.join(dist, appPath === '/' ? 'index.html' : `${appPath.slice(1)}.html`));
}

// The walk over every page: the same server render the browser hydrates, read from the built files. (One
// page of each kind is also rendered through the app in jsdom: src/app/every-page.test.tsx.)
test('the site has every page the data describes', () => {
  expect(pages.length).toBeGreaterThan(200);
});

// One test per kind of page: parsing every page in one test took most of a test's time on a busy machine.
for (const kind of new Set(pages.map((page) => page.data.kind))) {
  const ofKind = pages.filter((page) => page.data.kind === kind);
  test(`every built ${kind} page (${ofKind.length}) names itself in its heading, shows no unfilled values and links only to real pages`, () => {
    for (const { path: appPath, data } of ofKind) {
      const { document } = new JSDOM(htmlOf(appPath)).window;
      const main = document.querySelector('main');
      if (!main) throw new Error(`${appPath} has no <main>`);
      const heading = main.querySelector('h1')?.textContent?.trim() ?? '';
      const expected = headingOf(data);
      if (typeof expected === 'string') expect(heading, appPath).toBe(expected);
      else expect(heading, appPath).toMatch(expected);
      expect(main.textContent ?? '', appPath).not.toMatch(/undefined|\[object Object\]|NaN/);
      const hrefs = [...main.querySelectorAll('a[href]')].map((link) => link.getAttribute('href') ?? '');
      const broken = hrefs.filter(
        (href) => href.startsWith('/') && !href.startsWith('/search') && !builtPageExists(href),
      );
      expect(broken, appPath).toEqual([]);
      const external = hrefs.filter((href) => !href.startsWith('/'));
      for (const href of external) expect(href, appPath).toMatch(/^https?:\/\//);
    }
  });
}

test('the sitemap lists every page exactly once and robots.txt points to it', () => {
  const sitemap = readFileSync(path.join(dist, 'sitemap.xml'), 'utf8');
  const listed = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map(
    (match) => new URL(match[1] ?? '').pathname,
  );
  expect(new Set(listed).size).toBe(listed.length);
  // My wiki and the random page differ per fan and per visit: not for search engines.
  const personal = ['/my-wiki', '/random'];
  expect([...listed].sort()).toEqual(
    [...pages.map((page) => page.path).filter((appPath) => !personal.includes(appPath)), '/search'].sort(),
  );
  for (const appPath of personal) {
    expect(htmlOf(appPath), appPath).toContain('<meta name="robots" content="noindex" />');
  }
  const robots = readFileSync(path.join(dist, 'robots.txt'), 'utf8');
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
});

test('every page, the 404 page and the offline page link the web app manifest, which their policy allows', () => {
  const files = [...pages.map((page) => page.path), '/search', '/404', '/offline'].map((appPath) =>
    appPath === '/' ? 'index.html' : `${appPath.slice(1)}.html`,
  );
  for (const file of files) {
    const html = readFileSync(path.join(dist, file), 'utf8');
    expect(html, file).toContain('<link rel="manifest" href="/manifest.webmanifest" />');
    expect(html, file).toMatch(
      /<meta name="theme-color" content="#[0-9a-f]{6}" media="\(prefers-color-scheme: light\)" \/>/,
    );
    const policy = attribute(html, /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/) ?? '';
    // The manifest and the service worker are same-origin files: `default-src 'self'` (and `script-src
    // 'self'`, which a worker falls back to) allow them, as long as no narrower directive is added.
    expect(policy, file).toContain("default-src 'self'");
    expect(policy, file).toMatch(/script-src 'self'/);
    expect(policy, file).not.toMatch(/manifest-src|worker-src|child-src/);
  }
});

test('the manifest names the wiki and its icons, each a PNG of the size it claims', () => {
  const manifest: {
    name: string;
    start_url: string;
    icons: { src: string; sizes: string; purpose: string }[];
  } = JSON.parse(readFileSync(path.join(dist, 'manifest.webmanifest'), 'utf8'));
  expect(manifest.name).toBe('Heartstopper Wiki');
  expect(manifest.start_url).toBe('/');
  expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
    '192x192 any',
    '512x512 any',
    '512x512 maskable',
  ]);
  for (const icon of manifest.icons) {
    const png = readFileSync(path.join(dist, icon.src));
    // A PNG's first chunk (IHDR) holds its width and height, as 4-byte numbers from byte 16.
    expect(png.subarray(1, 4).toString('ascii'), icon.src).toBe('PNG');
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
  }
});

test('the 404 page and alternate-name redirects exist as static files', () => {
  const notFound = readFileSync(path.join(dist, '404.html'), 'utf8');
  expect(notFound).toContain('Page not found');
  expect(notFound).toContain('<meta name="robots" content="noindex" />');
  const alias = readFileSync(path.join(dist, 'characters/nicholas-nelson.html'), 'utf8');
  expect(alias).toContain('<meta http-equiv="refresh" content="0; url=/characters/nick-nelson" />');
});

test('every page carries a strict Content-Security-Policy that allows only its own inline scripts, by their hashes', () => {
  // The search page has a second inline script, which swaps in prerendered results (scripts/boot-script.ts).
  const checked = [
    ...pages.map((page) => ({ path: page.path, scripts: 1 })),
    { path: '/search', scripts: 2 },
  ];
  for (const { path: appPath, scripts } of checked) {
    const html = htmlOf(appPath);
    const policy = attribute(html, /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/) ?? '';
    expect(policy, appPath).toContain("script-src 'self'");
    expect(policy, appPath).toContain("connect-src 'self'");
    expect(policy, appPath).not.toContain('unsafe-inline');
    expect(policy, appPath).not.toContain('unsafe-eval');
    // Every <script> loads a file, is a JSON data block (page state, or schema.org JSON-LD: the browser
    // never runs either), or is inline code whose exact text the policy names by hash: the boot script, and
    // on the search page one more.
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)];
    const code = inline.filter((match) => !/type="application\/(?:ld\+)?json"/.test(match[1] ?? ''));
    expect(code, appPath).toHaveLength(scripts);
    for (const match of code) {
      const hash = createHash('sha256')
        .update(match[2] ?? '')
        .digest('base64');
      expect(policy, appPath).toContain(`'sha256-${hash}'`);
    }
    expect(policy.match(/'sha256-/g), appPath).toHaveLength(scripts);
  }
});
