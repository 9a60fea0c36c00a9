/**
 * Whatever a fan (or a hostile link) types or pastes into search, the engine answers with results or
 * nothing, never an exception, quickly, and only with the wiki's own pages; the results page shows them (or
 * says nothing matched) as text, never as markup.
 */
import { screen, waitFor } from '@testing-library/react';
import { SEARCH_KINDS, type TitleDocument } from '../../content/search-documents';
import { renderApp } from '../../test/render-app';
import { shippedSearch } from '../../test/search-engines';
import type { SearchHit } from './engine';
import { snippetSegments } from './highlight';

const { documents, fullText, suggestions } = shippedSearch();
const knownHrefs = new Set([...documents.full, ...documents.titles].map((document) => document.href));

const METACHARACTERS = ['.', '*', '+', '?', '^', '$', '{', '}', '(', ')', '|', '[', ']', '\\', '/', '-'];

const QUERIES: string[] = [
  // Every regular-expression metacharacter alone, doubled, around a name, and in the usual combinations
  ...METACHARACTERS,
  ...METACHARACTERS.map((character) => character.repeat(2)),
  ...METACHARACTERS.map((character) => `nick${character}`),
  ...METACHARACTERS.map((character) => `${character}charlie`),
  METACHARACTERS.join(''),
  METACHARACTERS.join(' '),
  '.*',
  '.+?',
  '^$',
  '(a+)+$',
  '(a|aa)+',
  '([a-z]+)*$',
  '[^]',
  '[a-',
  '[z-a]',
  '(?<x>a)\\k<x>',
  '(?=nick)',
  '(?!charlie)',
  '(?<=a)b',
  '\\p{L}+',
  '\\u{1F600}',
  '\\',
  '\\\\',
  '\\0',
  'a{1,99999}',
  'a{99999999999}',
  '*nick*',
  'nick.*',
  '^nick$',
  '(nick|charlie)',
  '[nick]',
  'n.ck',
  's1e4$',
  '$&',
  "$'",
  '$`',
  '$1',
  '%',
  '%s%s%s%n',
  '%E0%A4%A',
  '%00',
  // Very long input
  'a'.repeat(10_000),
  'nick '.repeat(2_000),
  'ab'.repeat(5_000),
  '('.repeat(10_000),
  '🍂'.repeat(2_500),
  'charlie nick tao elle '.repeat(455),
  'x'.repeat(1_000),
  'nick'.repeat(250),
  'charlie'.repeat(500),
  'supercalifragilistic'.repeat(50),
  '1'.repeat(1_000),
  's1e4'.repeat(500),
  'Pneumonoultramicroscopicsilicovolcanoconiosis',
  // Emoji, ZWJ sequences, flags, modifiers and selectors on their own
  '🏉',
  '💛',
  'nick 🏉',
  '🏉 rugby',
  '👨‍👩‍👧‍👦',
  '🏳️‍🌈',
  '🏳️‍⚧️',
  '👩🏽‍❤️‍💋‍👨🏻',
  '1️⃣',
  '🇬🇧',
  '🏽',
  '\u200D',
  '\u200C',
  '\uFE0F',
  'ni\u200Dck',
  'char\u200Blie',
  // Right-to-left text and direction overrides
  'نيك نيلسون',
  'ניק נלסון',
  'مَرْحَبًا',
  'nick نيك',
  '\u202Enick',
  '\u202Ekcin\u202C',
  '\u200Fcharlie',
  '\u200Enick\u200F',
  '\u2066tao\u2069',
  // NUL and other control characters
  '\u0000',
  'nick\u0000',
  '\u0000nick',
  '\u0000'.repeat(100),
  '\t',
  'nick\tnelson',
  '\n',
  'nick\nnelson',
  '\r\n',
  '\u0007',
  '\u001B[31mnick\u001B[0m',
  '\u007F',
  '\u0085',
  '\u2028',
  'nick\u2029charlie',
  '\uFEFF',
  '\uFEFFnick',
  'ni\u00ADck',
  '\uFFFD',
  '\uFFFF',
  // Lone surrogates
  '\uD800',
  '\uDFFF',
  'nick\uD83D',
  '\uDE00nick',
  '\uD800\uD800',
  'charlie\uDC00spring',
  // Markup and script
  '<script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '"><iframe src=javascript:alert(1)>',
  '<a href="javascript:alert(1)">nick</a>',
  '<b>nick</b>',
  '<mark>charlie</mark>',
  '&lt;script&gt;',
  '&#x3C;img&#x3E;',
  '&amp;',
  '<!--',
  '-->',
  ']]>',
  '<![CDATA[nick]]>',
  '{{constructor.constructor("alert(1)")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: template syntax typed as plain text is the point
  '${alert(1)}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: template syntax typed as plain text is the point
  '`${1}`',
  '#{7*7}',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  "' onmouseover='alert(1)",
  '" onfocus="alert(1)" autofocus="',
  // SQL-ish and other injection strings
  "' OR 1=1 --",
  "'; DROP TABLE characters; --",
  '" OR ""="',
  '1; SELECT * FROM users',
  "admin'--",
  'UNION SELECT NULL, NULL',
  "%' AND 1=1 AND '%'='",
  '../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '$(rm -rf /)',
  '; ls -la',
  '{"$gt": ""}',
  // Object keys that are not words
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  // Numbers and codes out of range
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  '0x41',
  '9'.repeat(400),
  's99e999',
  'season 0 episode 0',
  'ep -1',
  '1x99999',
  's1e4 '.repeat(100),
  // Only whitespace
  '',
  ' ',
  '   ',
  '\t\t',
  '\n\n',
  '\u00A0',
  '\u2003',
  '\u3000',
  '\u200B',
  ' \t\n\u00A0\u3000 ',
  // Only punctuation
  '...',
  '!!!',
  '???',
  ',,,',
  '---',
  '___',
  "'",
  '"',
  '“”',
  '‘’',
  '…',
  '—',
  '@#%&',
  '~`',
  '¡¿',
  '«»',
  '。、',
  '·',
  ';:',
  '=+',
  // Combining marks, normalisation and look-alikes
  'n\u0303ick',
  'e\u0301',
  '\u0301',
  '\u0301'.repeat(1_000),
  `nick${'\u0300'.repeat(500)}`,
  'Ste\u0301phane',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
  'ǅ',
  'İstanbul',
  'ß'.repeat(1_000),
  'ﬁnal',
  'ｎｉｃｋ',
  '𝐧𝐢𝐜𝐤',
  'Σίσυφος',
  'NICK NELSON',
  'nIcK',
];

const UNIQUE_QUERIES = [...new Set(QUERIES)];

/** A readable, printable name for a query in the test list. */
function nameOf(query: string): string {
  const json = JSON.stringify(query);
  return json.length > 50 ? `${json.slice(0, 40)}…" (${query.length} characters)` : json;
}

/** What every hit must be: one of the wiki's own pages, with a name cut into segments that add up to it. */
function expectSaneHits<D extends TitleDocument>(hits: SearchHit<D>[], limit: number) {
  expect(Array.isArray(hits)).toBe(true);
  expect(hits.length).toBeLessThanOrEqual(limit);
  for (const hit of hits) {
    expect(hit.document.href).toMatch(/^\/[a-z0-9-]+(\/[a-z0-9-]+)?(#[a-z0-9-]+)?$/);
    expect(knownHrefs.has(hit.document.href)).toBe(true);
    expect(hit.titleSegments.map((segment) => segment.text).join('')).toBe(hit.document.title);
    expect(Number.isNaN(hit.score)).toBe(false);
  }
}

test('the list holds at least two hundred different hostile queries', () => {
  expect(UNIQUE_QUERIES.length).toBeGreaterThanOrEqual(200);
});

describe.each(UNIQUE_QUERIES.map((query) => [nameOf(query), query]))('the query %s', (_name, query) => {
  test('gives suggestions (or none) from the wiki’s own pages, and never throws', () => {
    const results = suggestions.search(query, { asYouType: true, limit: 8 });
    expectSaneHits(results.hits, 8);
    expect(Number.isInteger(results.total)).toBe(true);
    expect(results.total).toBeGreaterThanOrEqual(results.hits.length);
    const exact = suggestions.exactMatch(query);
    if (exact !== undefined) expect(knownHrefs.has(exact.href)).toBe(true);
  });

  test('gives full results (or none), grouped or of one kind, and a spelling suggestion or none', () => {
    const grouped = fullText.search(query, { perKind: 5 });
    expectSaneHits(grouped.hits, 5 * SEARCH_KINDS.length);
    const characters = fullText.search(query, { kind: 'character', limit: 100 });
    expectSaneHits(characters.hits, 100);
    for (const hit of characters.hits) expect(hit.document.kind).toBe('character');
    for (const count of grouped.counts.values()) expect(Number.isInteger(count)).toBe(true);
    for (const hit of grouped.hits) {
      const snippet = snippetSegments(hit.document.body, hit.highlight);
      expect(Array.isArray(snippet)).toBe(true);
    }
    const correction = fullText.didYouMean(query);
    if (correction !== undefined) {
      expect(typeof correction).toBe('string');
      expect(correction.length).toBeLessThanOrEqual(query.length + 100);
    }
  });
});

/** A sample of the worst of them, through the real results page. */
const PAGE_SAMPLE = [
  '<script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '"><iframe src=javascript:alert(1)>',
  '<a href="javascript:alert(1)">nick</a>',
  '<b>nick</b>',
  '<mark>charlie</mark>',
  '&lt;script&gt;',
  '<!--',
  '{{constructor.constructor("alert(1)")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: template syntax typed as plain text is the point
  '${alert(1)}',
  'javascript:alert(1)',
  "' onmouseover='alert(1)",
  "' OR 1=1 --",
  "'; DROP TABLE characters; --",
  '(a+)+$',
  '.*',
  '[',
  '\\',
  '__proto__',
  'constructor',
  'a'.repeat(10_000),
  '👩🏽‍❤️‍💋‍👨🏻',
  '\u202Enick',
  'نيك نيلسون',
  'nick\u0000',
  '\uD800',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
  '   ',
  '...',
  'nick <img src=x onerror=alert(1)>',
];

describe('the results page', () => {
  let alert: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    alert = vi.fn();
    vi.stubGlobal('alert', alert);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test('is tried with thirty of them', () => {
    expect(PAGE_SAMPLE.length).toBeGreaterThanOrEqual(30);
  });

  test.each(PAGE_SAMPLE.map((query) => [nameOf(query), query]))(
    'shows %s as text, with results or the empty state, and creates no element from it',
    async (_name, query) => {
      const { container } = renderApp(`/search?${new URLSearchParams({ q: query }).toString()}`);
      // What the page shows as the query: the address's value, as URLSearchParams reads it, trimmed.
      const shown = new URLSearchParams(new URLSearchParams({ q: query }).toString()).get('q')?.trim() ?? '';
      const main = () => container.querySelector('main');
      if (shown === '') {
        expect(await screen.findByText(/Type a name, a nickname, an episode code/)).toBeVisible();
      } else {
        await waitFor(() =>
          expect(main()?.textContent ?? '').toMatch(/\d+ results? for “|Nothing in the wiki matches/),
        );
        const status = screen
          .getAllByRole('status')
          .find((element) => /results? for “/.test(element.textContent ?? ''));
        expect(status?.textContent).toContain(`for “${shown}”`);
        const results = container.querySelectorAll('.search-results li').length;
        const empty = screen.queryByText(`Nothing in the wiki matches “${shown}”.`);
        expect(results > 0 || empty !== null).toBe(true);
      }
      // Nothing the query said became an element or an attribute.
      expect(
        container.querySelectorAll('script, img, iframe, object, embed, b, a[href^="javascript"]'),
      ).toHaveLength(0);
      for (const element of container.querySelectorAll('*')) {
        const handlers = [...element.attributes].filter((attribute) => /^on/i.test(attribute.name));
        expect(handlers).toEqual([]);
      }
      expect(alert).not.toHaveBeenCalled();
    },
  );
});
