/**
 * Hostile text in the dataset stays text. Payloads that would be markup, script or template syntax in a
 * careless renderer are put into every kind of string the pages show (names, descriptions, titles,
 * synopses, scene text, quotes, topics, summaries, sources), checked by the validator (they are legal text),
 * and then:
 *
 * (a) every page rendered in the app shows them literally and builds exactly the elements it builds for
 *     the plain dataset: no script, img, svg, iframe or on* attribute comes from the data, and nothing runs;
 * (b) the prerendered HTML (src/entry-server.tsx's render plus the page-state block scripts/prerender.ts
 *     embeds with `serializePageState`) has only the page-state script, which nothing closes early and which
 *     parses back to exactly the same strings;
 * (c) a `javascript:` (or other non-http) source URL fails validation with a clear message;
 * (d) the structured data (JSON-LD) scripts/prerender.ts writes into <head> with `serializeStructuredData`
 *     stays one data block that nothing closes early, and parses back to exactly the hostile names.
 *
 * scripts/prerender.ts runs its build when imported, so its own HTML helpers (`escapeHtml`, the head tags,
 * the template fill) cannot be called from here; the page-state tag is assembled below exactly as it does.
 */
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { Providers } from '../app/providers';
import { AppRoutes } from '../app/router';
import { renderPage } from '../entry-server';
import { PAGE_STATE_ID, type PageState, serializePageState } from '../lib/page-state';
import { createPageDataBuilder, isRoutePage, type PageDataBuilder } from './page-data';
import { pageQuery } from './queries';
import { createRepository } from './repository';
import type { Dataset } from './schema';
import { createStructuredData, serializeStructuredData } from './structured-data';
import { FIXTURE_TODAY, fixtureDataset, fixtureFiles } from './test-fixtures';
import { type Problem, validateFiles } from './validate';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  '</SCRIPT ><script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '" onmouseover="alert(1)',
  "' onmouseover='alert(1)",
  '<svg onload=alert(1)>',
  '<!--',
  '<!--<script>',
  '-->',
  ']]>',
  '<![CDATA[alert(1)]]>',
  'Line\u2028separator',
  'Paragraph\u2029separator',
  "{{constructor.constructor('alert(1)')()}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: template syntax as plain text is the point
  '${alert(1)}',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">click me</a>',
  '<b>bold</b> & <i>italic</i>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&amp;amp; &#60;b&#62;',
  '<style>body{display:none}</style>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="https://evil.example/">',
  '<form action="https://evil.example/"><input name=q></form>',
  '<object data="javascript:alert(1)"></object>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e',
  '</title><script>alert(1)</script>',
  '"]); alert(1); //',
  '__proto__',
  '{"__proto__":{"polluted":true}}',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '<details open ontoggle=alert(1)>',
  '\u202Egnp.exe',
  '<<SCRIPT>alert(1)//<</SCRIPT>',
  '<template><script>alert(1)</script></template>',
];

/** Where the payloads go: every kind of text a page shows, each given the next payload in turn. */
const FIELDS: ((dataset: Dataset, value: string) => void)[] = [
  (d, v) => (at(d.characters, 0).name = v),
  (d, v) => (at(d.characters, 0).description = v),
  (d, v) => (at(d.characters, 0).role = v),
  (d, v) => (at(d.characters, 0).aliases = [v]),
  (d, v) => (at(d.characters, 0).nicknames = [v]),
  (d, v) => (at(at(d.characters, 0).relationships, 2).note = v),
  (d, v) => (at(d.characters, 1).name = v),
  (d, v) => (at(d.characters, 1).description = v),
  (d, v) => (at(d.characters, 2).role = v),
  (d, v) => (at(d.characters, 3).description = v),
  (d, v) => (at(d.episodes, 0).title = v),
  (d, v) => (at(d.episodes, 0).synopsis = v),
  (d, v) => (at(d.episodes, 1).title = v),
  (d, v) => (at(d.episodes, 2).synopsis = v),
  (d, v) => (at(d.seasons, 0).summary = v),
  (d, v) => (at(d.scenes, 0).title = v),
  (d, v) => (at(d.scenes, 0).description = v),
  (d, v) => (at(d.scenes, 0).setting = v),
  (d, v) => (at(d.scenes, 0).placement = v),
  (d, v) => (at(d.scenes, 1).title = v),
  (d, v) => (at(d.scenes, 2).description = v),
  (d, v) => (at(at(d.scenes, 2).unverified ?? [], 0).note = v),
  (d, v) => (at(d.commentary, 0).quote = [v, 'A second, plain line.']),
  (d, v) => (at(d.commentary, 0).topic = v),
  (d, v) => (at(d.commentary, 0).summary = v),
  (d, v) => (at(d.commentary, 1).topic = v),
  (d, v) => (at(d.commentary, 1).summary = v),
  (d, v) => (at(at(d.commentary, 1).about, 4).note = v),
  (d, v) => (at(d.sources, 0).title = v),
  (d, v) => (at(d.sources, 0).outlet = v),
  (d, v) => (at(d.sources, 1).title = v),
  (d, v) => (at(d.sources, 1).outlet = v),
  (d, v) => (at(d.sources, 1).author = v),
  (d, v) => (at(d.people, 0).name = v),
  (d, v) => (at(d.people, 0).bio = v),
  (d, v) => (at(d.people, 1).bio = v),
  (d, v) => (at(d.actors, 0).name = v),
  (d, v) => (at(d.actors, 0).bio = v),
  (d, v) => (at(d.actors, 1).bio = v),
  (d, v) => (at(at(d.actors, 3).unverified ?? [], 0).note = v),
];

function at<T>(list: T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`the fixture has no item ${index}`);
  return item;
}

/** The fixture dataset with every payload in a shown field (and a source URL that only looks hostile). */
function hostileDataset(): Dataset {
  const dataset = fixtureDataset();
  FIELDS.forEach((set, index) => {
    set(dataset, PAYLOADS[index % PAYLOADS.length] ?? '');
  });
  // Legal: an http(s) URL whose path carries quotes and markup (percent-encoded by the URL parser).
  at(dataset.sources, 0).url = 'https://example.org/a" onmouseover="alert(1)<script>';
  return dataset;
}

function validated(dataset: Dataset): { dataset: Dataset; problems: Problem[] } {
  return validateFiles(fixtureFiles(dataset), { today: FIXTURE_TODAY });
}

function builderOf(dataset: Dataset): PageDataBuilder {
  return createPageDataBuilder(createRepository(dataset));
}

const hostile = validated(hostileDataset());
const clean = validated(fixtureDataset());
const hostilePages = builderOf(hostile.dataset);
const cleanPages = builderOf(clean.dataset);

/** Every address that renders a page of its own (not redirects, search data or per-visit pages). */
const PATHS = hostilePages
  .keys()
  .filter((key) => {
    const data = hostilePages.page(key);
    return isRoutePage(data) && data.kind !== 'random' && data.kind !== 'my-wiki';
  })
  .map((key) => (key === 'home' ? '/' : `/${key}`));

const keyOf = (path: string) => (path === '/' ? 'home' : path.slice(1));

const realFetch = globalThis.fetch;
afterAll(() => {
  globalThis.fetch = realFetch;
});

/** The app at `path`, its page data served from `pages` as the static host serves the built files. */
function renderWith(pages: PageDataBuilder, path: string) {
  globalThis.fetch = (input: RequestInfo | URL) => {
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      'http://wiki.test',
    );
    const match = /^\/page-data\/(.+)\.json$/.exec(url.pathname);
    const page = match?.[1] ? pages.page(decodeURIComponent(match[1])) : undefined;
    return Promise.resolve(
      new Response(JSON.stringify(page ?? { kind: 'not-found' }), {
        status: page ? 200 : 404,
        headers: { 'content-type': 'application/json' },
      }),
    );
  };
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } },
  });
  return render(
    <Providers client={client}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </Providers>,
  );
}

/** How many elements of each tag a tree holds: the page's structure, whatever its text says. */
function tagCounts(root: ParentNode): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const element of root.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    counts[tag] = (counts[tag] ?? 0) + 1;
  }
  return counts;
}

/** Attributes no page of the wiki sets: event handlers, and script URLs anywhere. */
function dangerousAttributes(root: ParentNode): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name) || /^\s*(javascript|vbscript|data):/i.test(attribute.value)) {
        found.push(`<${element.tagName.toLowerCase()} ${attribute.name}="${attribute.value}">`);
      }
    }
  }
  return found;
}

/** Elements a payload would create if it became markup (none of them is one the app renders itself). */
const DANGEROUS_TAGS =
  'script, img, iframe, object, embed, style, meta, base, template, noscript, math, svg[onload], details[ontoggle]';

/** Waits for the page to show its h1 (not the loading or error view). */
async function pageShown(container: HTMLElement) {
  await waitFor(() => {
    const heading = container.querySelector('main h1');
    expect(heading).not.toBeNull();
    expect(heading?.textContent).not.toBe('This page could not load');
  });
}

describe('the hostile dataset', () => {
  test('holds at least thirty payloads, every one placed in a field the pages show', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(PAYLOADS).size).toBe(PAYLOADS.length);
    expect(FIELDS.length).toBeGreaterThanOrEqual(PAYLOADS.length);
  });

  test('is valid: every payload is legal text, kept exactly as written', () => {
    expect(hostile.problems).toEqual([]);
    expect(clean.problems).toEqual([]);
    const strings = JSON.stringify(hostile.dataset);
    for (const payload of PAYLOADS) expect(strings).toContain(JSON.stringify(payload).slice(1, -1));
  });

  test('gives the same pages as the plain dataset', () => {
    expect(PATHS.length).toBeGreaterThan(20);
    expect([...hostilePages.keys()].sort()).toEqual([...cleanPages.keys()].sort());
  });
});

const mainOf = (container: HTMLElement): Element => container.querySelector('main') ?? container;

describe('(a) rendered in the app', () => {
  const shownText: string[] = [];
  let alert: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    alert = vi.fn();
    vi.stubGlobal('alert', alert);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test.each(PATHS)('%s shows the payloads as text and builds only its own elements', async (path) => {
    const plain = renderWith(cleanPages, path);
    await pageShown(plain.container);
    // The page itself; the fan's own controls around it load on their own schedule and hold no data.
    const expected = tagCounts(mainOf(plain.container));
    plain.unmount();

    const { container, unmount } = renderWith(hostilePages, path);
    await pageShown(container);
    expect(tagCounts(mainOf(container))).toEqual(expected);
    expect(dangerousAttributes(container)).toEqual([]);
    expect(container.querySelectorAll(DANGEROUS_TAGS)).toHaveLength(0);
    expect(document.head.querySelectorAll('script, base, meta[http-equiv]')).toHaveLength(0);
    expect(alert).not.toHaveBeenCalled();
    expect(document.title).not.toMatch(/^\s*$/);
    shownText.push(container.textContent ?? '', document.title);
    unmount();
  });

  test('every payload appeared, literally, on at least one page', () => {
    expect(shownText.length).toBeGreaterThan(0);
    const missing = PAYLOADS.filter((payload) => !shownText.some((text) => text.includes(payload)));
    expect(missing).toEqual([]);
  });

  test('a payload in a heading is the heading’s text', async () => {
    const character = hostile.dataset.characters[0];
    renderWith(hostilePages, `/characters/${character?.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: character?.name })).toBeVisible();
    expect(character?.name).toBe(PAYLOADS[0]);
  });

  test('the hostile-looking source URL is a plain https link with its characters encoded', async () => {
    const { container } = renderWith(hostilePages, '/characters/ann-lee');
    await pageShown(container);
    const links = [...container.querySelectorAll('a[href^="https://example.org/a"]')];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.getAttributeNames().filter((name) => /^on/i.test(name))).toEqual([]);
      expect(link.getAttribute('href')).toBe('https://example.org/a" onmouseover="alert(1)<script>');
    }
  });
});

describe('(b) prerendered to HTML', () => {
  /** A page as scripts/prerender.ts writes it: the rendered app, and the page-state block after it. */
  async function prerendered(pages: PageDataBuilder, path: string) {
    const data = pages.page(keyOf(path));
    const query = pageQuery(keyOf(path));
    const { html, state } = await renderPage(path, [{ queryKey: query.queryKey, data }]);
    const pageState: PageState = { path, state };
    // The same tag scripts/prerender.ts writes before </body>.
    const stateTag = `<script type="application/json" id="${PAGE_STATE_ID}">${serializePageState(pageState)}</script>`;
    const document = `<!doctype html><html><head><title>t</title></head><body><div id="root">${html}</div>\n  ${stateTag}\n</body></html>`;
    return { html, stateTag, document, pageState };
  }

  /** Every string anywhere in a JSON value. */
  function stringsIn(value: unknown, into: string[] = []): string[] {
    if (typeof value === 'string') into.push(value);
    else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
    else if (typeof value === 'object' && value !== null)
      for (const [key, item] of Object.entries(value)) {
        into.push(key);
        stringsIn(item, into);
      }
    return into;
  }

  const embedded: string[] = [];
  const rendered: string[] = [];

  test.each(PATHS)('%s has only the page-state script, which parses back to the exact data', async (path) => {
    const { html, stateTag, document: page, pageState } = await prerendered(hostilePages, path);
    const plain = await prerendered(cleanPages, path);

    // The page-state block: one closing tag (its own), no comment opener, no raw line separators.
    expect(stateTag.match(/<\/script/gi)).toHaveLength(1);
    expect(stateTag.indexOf('</script>')).toBe(stateTag.length - '</script>'.length);
    const body = stateTag.slice(stateTag.indexOf('>') + 1, -'</script>'.length);
    expect(body).not.toMatch(/<|\u2028|\u2029/);

    const parsed = new DOMParser().parseFromString(page, 'text/html');
    const scripts = [...parsed.querySelectorAll('script')];
    expect(scripts.map((script) => [script.id, script.type])).toEqual([[PAGE_STATE_ID, 'application/json']]);
    const state: unknown = JSON.parse(scripts[0]?.textContent ?? '');
    expect(state).toEqual(JSON.parse(JSON.stringify(pageState)));
    embedded.push(...stringsIn(state));

    // The rendered part: the same elements as for the plain dataset, no handlers, no script URLs.
    const root = parsed.getElementById('root');
    if (!root) throw new Error('no #root');
    const plainRoot = new DOMParser().parseFromString(plain.html, 'text/html').body;
    expect(tagCounts(root)).toEqual(tagCounts(plainRoot));
    expect(dangerousAttributes(root)).toEqual([]);
    expect(root.querySelectorAll(DANGEROUS_TAGS)).toHaveLength(0);
    rendered.push(root.textContent ?? '');
    expect(html).not.toMatch(/<script/i);
  });

  test('every payload survives the round trip through the embedded JSON exactly', () => {
    const missing = PAYLOADS.filter((payload) => !embedded.includes(payload));
    expect(missing).toEqual([]);
  });

  test('every payload is in the prerendered text, literally', () => {
    const missing = PAYLOADS.filter((payload) => !rendered.some((text) => text.includes(payload)));
    expect(missing).toEqual([]);
  });

  test('serializePageState escapes what could end the script element or break older parsers', () => {
    const state = {
      path: '/x',
      state: { mutations: [], queries: [] },
      extra: PAYLOADS,
    } as unknown as PageState;
    const json = serializePageState(state);
    expect(json).not.toMatch(/<|\u2028|\u2029/);
    expect(JSON.parse(json)).toEqual(state);
  });
});

describe('(c) source URLs', () => {
  test.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'javascript://example.org/%0Aalert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    '//evil.example/x',
    '/relative/path',
  ])('%j fails validation, naming the file, the field and the rule', (url) => {
    const dataset = fixtureDataset();
    at(dataset.sources, 0).url = url;
    const { problems } = validated(dataset);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'data/sources/src-news.json',
        path: '$.url',
        message: 'must be an absolute http(s) URL',
      }),
    ]);
  });
});

describe('(d) structured data', () => {
  const structuredData = createStructuredData(
    createRepository(hostile.dataset),
    (appPath) => `https://wiki.test${appPath}`,
  );
  const carried: string[] = [];

  test.each(PATHS)('%s: its JSON-LD block is one data block that parses back exactly', (path) => {
    const data = structuredData(keyOf(path));
    if (data === undefined) return;
    // The same tag scripts/prerender.ts writes in <head>.
    const tag = `<script type="application/ld+json">${serializeStructuredData(data)}</script>`;
    expect(tag.match(/<\/script/gi)).toHaveLength(1);
    const body = tag.slice(tag.indexOf('>') + 1, -'</script>'.length);
    expect(body).not.toMatch(/<|\u2028|\u2029/);

    const page = `<!doctype html><html><head><title>t</title>${tag}</head><body><p>x</p></body></html>`;
    const parsed = new DOMParser().parseFromString(page, 'text/html');
    const scripts = [...parsed.querySelectorAll('script')];
    expect(scripts.map((script) => script.type)).toEqual(['application/ld+json']);
    expect(parsed.head.children).toHaveLength(2);
    expect(parsed.body.innerHTML).toBe('<p>x</p>');
    const json: unknown = JSON.parse(scripts[0]?.textContent ?? '');
    expect(json).toEqual(JSON.parse(JSON.stringify(data)));
    carried.push(JSON.stringify(json));
  });

  test('the hostile names and titles the blocks carry are there, exactly', () => {
    const { characters, episodes, people, actors } = hostile.dataset;
    const named = (entry: { unverified?: { field: string }[] }) =>
      !entry.unverified?.some((note) => note.field === 'name');
    const names = [
      ...characters.filter(named).map((entry) => entry.name),
      ...episodes.map((entry) => entry.title),
      ...people.filter(named).map((entry) => entry.name),
      ...actors.filter(named).map((entry) => entry.name),
    ];
    const hostileNames = names.filter((name) => PAYLOADS.includes(name));
    expect(hostileNames.length).toBeGreaterThanOrEqual(5);
    const all = carried.join('\n');
    const missing = hostileNames.filter((name) => !all.includes(JSON.stringify(name)));
    expect(missing).toEqual([]);
  });
});
