import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RoutePageData } from '../src/content/page-data';
import { appReady, expect, test } from './fixtures';
import { sitePages } from './site';

// The schema.org JSON-LD each prerendered page carries in its <head> (src/content/structured-data.ts): read
// straight from dist/ for every page, as a search crawler reads it, and in the browser for one page of each
// kind, where it must parse, break no Content-Security-Policy rule and survive hydration.
const dist = path.resolve(import.meta.dirname, '../dist');
const pages = sitePages();
const BLOCK = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g;

type Node = Record<string, unknown>;

function htmlOf(appPath: string): string {
  const file = appPath === '/' ? 'index.html' : `${appPath.slice(1)}.html`;
  return readFileSync(path.join(dist, file), 'utf8');
}

/** The entity a block is about: the block itself, or the first node of its graph. */
function subjectOf(data: Node): Node {
  const graph = data['@graph'];
  return Array.isArray(graph) ? (graph[0] as Node) : data;
}

const unverified = (data: RoutePageData, field: string) =>
  'unverified' in data && data.unverified.some((note) => note.field === field);

/**
 * What a page's block must be about, from its page data: its schema.org type and name. `null` for a page
 * with no block (other kinds, and an entry whose name the data marks unverified); a name of `undefined` for
 * an episode whose title is unverified (the episode is still identified by its number and season).
 */
function expectedSubject(data: RoutePageData): { type: string; name: string | undefined } | null {
  switch (data.kind) {
    case 'home':
    case 'episodes':
      return { type: 'TVSeries', name: 'Heartstopper' };
    case 'episode':
      return { type: 'TVEpisode', name: unverified(data, 'title') ? undefined : data.episodeTitle };
    case 'character':
    case 'actor':
    case 'person':
      return unverified(data, 'name') ? null : { type: 'Person', name: data.name };
    case 'song':
      return unverified(data, 'title') ? null : { type: 'MusicRecording', name: data.title };
    case 'place':
      return unverified(data, 'name') ? null : { type: 'Place', name: data.name };
    default:
      return null;
  }
}

test('every built page’s JSON-LD parses, sits in <head> and names the right type and name', () => {
  const counts = new Map<string, number>();
  for (const { path: appPath, data } of pages) {
    const html = htmlOf(appPath);
    const blocks = [...html.matchAll(BLOCK)];
    const expected = expectedSubject(data);
    if (expected === null) {
      expect(blocks, appPath).toHaveLength(0);
      continue;
    }
    expect(blocks, appPath).toHaveLength(1);
    const [tag, body = ''] = blocks[0] ?? [];
    expect(html.indexOf(tag ?? ''), appPath).toBeLessThan(html.indexOf('</head>'));
    // Nothing in the data can end the element early: `<` is always escaped.
    expect(body, appPath).not.toContain('<');
    const json = JSON.parse(body) as Node;
    expect(json['@context'], appPath).toBe('https://schema.org');
    const subject = subjectOf(json);
    expect(subject['@type'], appPath).toBe(expected.type);
    expect(subject.name, appPath).toBe(expected.name);
    const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1] ?? '';
    const own = data.kind === 'home' || data.kind === 'episodes' ? new URL('/', canonical).href : canonical;
    expect(subject.url, appPath).toBe(own);
    counts.set(data.kind, (counts.get(data.kind) ?? 0) + 1);
  }
  // Every kind that has structured data was met, most of them many times.
  expect(Object.fromEntries(counts)).toMatchObject({ home: 1, episodes: 1 });
  for (const kind of ['episode', 'character', 'actor', 'person', 'song', 'place'])
    expect(counts.get(kind) ?? 0, kind).toBeGreaterThan(10);
});

const SAMPLES = [
  { path: '/', type: 'TVSeries', name: 'Heartstopper' },
  { path: '/episodes', type: 'TVSeries', name: 'Heartstopper' },
  { path: '/episodes/s1e4', type: 'TVEpisode', name: 'Secret' },
  { path: '/characters/nick-nelson', type: 'Person', name: 'Nick Nelson' },
  { path: '/actors/kit-connor', type: 'Person', name: 'Kit Connor' },
  { path: '/people/euros-lyn', type: 'Person', name: 'Euros Lyn' },
  { path: '/music/ur-so-pretty', type: 'MusicRecording', name: 'ur so pretty' },
  { path: '/places/menorca', type: 'Place', name: 'Menorca' },
];

for (const sample of SAMPLES) {
  test(`${sample.path}: the browser reads its JSON-LD as data, within the page’s CSP`, async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
    });
    await page.goto(sample.path);
    await appReady(page);
    const blocks = await page.evaluate(() =>
      [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => ({
        inHead: script.parentElement === document.head,
        json: JSON.parse(script.textContent ?? '') as Record<string, unknown>,
      })),
    );
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.inHead).toBe(true);
    const subject = subjectOf(blocks[0]?.json ?? {});
    expect(subject['@type']).toBe(sample.type);
    expect(subject.name).toBe(sample.name);
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
  });
}
