import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { NOT_FOUND_HOST } from '../playwright.config';
import { TIMEOUTS } from '../scripts/test-slowness';
import { afterTwoFrames, expect, test } from './fixtures';

/**
 * Addresses as fans really paste them (cut short, with punctuation a chat app swallowed, in the wrong case)
 * and as a hostile link crafts them (bad percent-encoding, dot segments, NUL, script in the path, 5,000
 * characters). Each lands on the page it means or on the helpful 404 page, and never on a blank or broken
 * page: the fixture fails a test on any uncaught error or unexpected console error.
 *
 * Where an address is served from matters, so each entry names its host:
 * - `files`: the plain file server at baseURL (python http.server): existing pages and folders, and the
 *   search page's query, which is read in the browser;
 * - `fallback`: NOT_FOUND_HOST, which answers every unknown address with dist/404.html, as most hosts do;
 * - `any-bytes`: a host that answers even an address both local servers refuse outright (bad
 *   percent-encoding, NUL, 5,000-character paths: they reply 400 or 500 with no page) with 404.html, as
 *   hosts that pass the raw address through do. The document request is answered here from dist/404.html;
 *   everything else (page data, code) still comes from the file server.
 */

type Host = 'files' | 'fallback' | 'any-bytes';

type Outcome =
  /** The page with this h1 (and, if given, this canonical address). */
  | { kind: 'page'; heading: string | RegExp; url?: RegExp }
  /** The search page, its status naming the query (or inviting one when the query is empty). */
  | { kind: 'search'; shows: RegExp }
  /** The helpful 404 page. */
  | { kind: 'not-found' }
  /** An address a fan would expect to work: the page, or a 404 page that links to it ("did you mean"). */
  | { kind: 'page-or-link'; heading: string; href: string };

type Entry = {
  address: string;
  host: Host;
  outcome: Outcome;
  /** A shorter name for the test title (5,000-character addresses). */
  label?: string;
  /** What the addresses of its group have in common, for the test's name. */
  group?: string;
};

const group = (name: string, entries: Entry[]): Entry[] =>
  entries.map((entry) => ({ ...entry, group: name }));

const page = (heading: string | RegExp, url?: RegExp): Outcome =>
  url ? { kind: 'page', heading, url } : { kind: 'page', heading };
const notFound: Outcome = { kind: 'not-found' };
const anyResults: Outcome = { kind: 'search', shows: /\d+ results? for “/ };
const resultsFor = (query: string): Outcome => ({
  kind: 'search',
  shows: new RegExp(`results? for “${query}”`),
});
const searchPrompt: Outcome = { kind: 'search', shows: /Type a name, a nickname, an episode code/ };
const nickOrLink: Outcome = {
  kind: 'page-or-link',
  heading: 'Nick Nelson',
  href: '/characters/nick-nelson',
};
const secretOrLink: Outcome = { kind: 'page-or-link', heading: 'Secret', href: '/episodes/s1e4' };

const HOME = /Heartstopper Wiki/;
const NICK = 'Nick Nelson';
const NICK_URL = /\/characters\/nick-nelson$/;
const SECRET = 'Secret';
const SECRET_URL = /\/episodes\/s1e4$/;

const LONG = 'a'.repeat(5000);

const ENTRIES: Entry[] = [
  ...group('with bad percent-encoding', [
    { address: '/search?q=%E0%A4%A', host: 'files', outcome: anyResults },
    { address: '/search?q=%', host: 'files', outcome: resultsFor('%') },
    { address: '/search?q=%%%zz', host: 'files', outcome: anyResults },
    { address: '/search?q=nick%', host: 'files', outcome: anyResults },
    { address: '/search?q=%C0%AF', host: 'files', outcome: anyResults },
    { address: '/characters/%E0%A4%A', host: 'any-bytes', outcome: notFound },
    { address: '/episodes/%', host: 'any-bytes', outcome: notFound },
    { address: '/characters/nick%ZZnelson', host: 'any-bytes', outcome: notFound },
    { address: '/%E0%A4%A', host: 'any-bytes', outcome: notFound },
    { address: '/characters/nick-nelson#%E0%A4%A', host: 'files', outcome: page(NICK) },
    { address: '/episodes/s1e4#%E0%A4%A', host: 'files', outcome: page(SECRET) },
    { address: '/?q=%E0%A4%A', host: 'files', outcome: page(HOME) },
  ]),
  ...group('with Unicode and emoji', [
    { address: '/characters/🏉', host: 'fallback', outcome: notFound },
    { address: '/characters/nick-nelson-💛', host: 'fallback', outcome: notFound },
    { address: '/characters/チャーリー', host: 'fallback', outcome: notFound },
    { address: '/characters/ñick-nelson', host: 'fallback', outcome: notFound },
    {
      address: '/characters/nick\u2010nelson',
      host: 'fallback',
      outcome: notFound,
      label: 'a Unicode hyphen',
    },
    { address: '/characters/%EF%BB%BFnick-nelson', host: 'fallback', outcome: notFound },
    { address: '/%F0%9F%8D%82', host: 'fallback', outcome: notFound },
    { address: '/search?q=🍂💛', host: 'files', outcome: anyResults },
    { address: '/search?q=👩‍❤️‍👨', host: 'files', outcome: anyResults },
    { address: '/search?q=%E2%80%AEnick', host: 'files', outcome: anyResults, label: '/search?q=<RLO>nick' },
    { address: '/search?q=نيك', host: 'files', outcome: anyResults },
    { address: '/episodes/s1e4#🍂', host: 'files', outcome: page(SECRET) },
  ]),
  ...group('5,000 characters long', [
    {
      address: `/characters/${LONG}`,
      host: 'any-bytes',
      outcome: notFound,
      label: '/characters/a…a (5,000)',
    },
    {
      address: '/x'.repeat(2500),
      host: 'any-bytes',
      outcome: notFound,
      label: '/x/x/…/x (5,000 characters)',
    },
    { address: `/search?q=${LONG}`, host: 'files', outcome: anyResults, label: '/search?q=a…a (5,000)' },
    {
      address: `/search?q=${'nick+'.repeat(1000)}`,
      host: 'files',
      outcome: anyResults,
      label: '/search?q=nick nick … (1,000 words)',
    },
    { address: `/episodes/s1e4#${LONG}`, host: 'files', outcome: page(SECRET), label: '/episodes/s1e4#a…a' },
    {
      address: `/?${'junk=1&'.repeat(700)}`,
      host: 'files',
      outcome: page(HOME),
      label: '/?junk=1&… (4,900)',
    },
  ]),
  ...group('with regular-expression metacharacters in the path', [
    { address: '/characters/.*', host: 'fallback', outcome: notFound },
    { address: '/characters/(nick)', host: 'fallback', outcome: notFound },
    { address: '/characters/[a-z]+', host: 'fallback', outcome: notFound },
    { address: '/characters/nick|charlie', host: 'fallback', outcome: notFound },
    { address: '/characters/^nick$', host: 'fallback', outcome: notFound },
    { address: '/characters/nick+nelson', host: 'fallback', outcome: notFound },
    { address: '/characters/*', host: 'fallback', outcome: notFound },
    { address: '/episodes/s1e4{2}', host: 'fallback', outcome: notFound },
    { address: '/characters/\\d+', host: 'fallback', outcome: notFound },
    { address: '/characters/$&', host: 'fallback', outcome: notFound },
  ]),
  ...group('with regular-expression metacharacters in the search query', [
    { address: '/search?q=.*', host: 'files', outcome: anyResults },
    { address: '/search?q=(', host: 'files', outcome: anyResults },
    { address: '/search?q=[', host: 'files', outcome: anyResults },
    { address: '/search?q=a{1,99999}', host: 'files', outcome: anyResults },
    { address: '/search?q=%5C', host: 'files', outcome: anyResults },
    { address: '/search?q=$%26', host: 'files', outcome: anyResults },
    { address: '/search?q=*%2B?', host: 'files', outcome: anyResults },
    { address: '/search?q=(%3F%3Cx%3Ea)%5Ck%3Cx%3E', host: 'files', outcome: anyResults },
    { address: '/search?q=(a%2B)%2B$', host: 'files', outcome: anyResults },
  ]),
  ...group('with dot segments, plain or encoded', [
    { address: '/characters/../episodes/s1e4', host: 'files', outcome: page(SECRET, SECRET_URL) },
    { address: '/characters/%2e%2e/episodes/s1e4', host: 'files', outcome: page(SECRET, SECRET_URL) },
    { address: '/characters/%2E%2E/%2E%2E/%2E%2E/etc/passwd', host: 'fallback', outcome: notFound },
    { address: '/characters/..%2F..%2Fpage-data%2Fhome.json', host: 'any-bytes', outcome: notFound },
    { address: '/episodes/..%2Fcharacters%2Fnick-nelson', host: 'any-bytes', outcome: notFound },
    { address: '/characters/.', host: 'files', outcome: page('Characters') },
    { address: '/characters/..', host: 'files', outcome: page(HOME) },
    { address: '/episodes/s1e4/.', host: 'files', outcome: page(SECRET, SECRET_URL) },
    { address: '/characters/...', host: 'fallback', outcome: notFound },
  ]),
  ...group('with repeated slashes', [
    { address: '//characters//nick-nelson', host: 'files', outcome: page(NICK, NICK_URL) },
    { address: '/characters///nick-nelson///', host: 'fallback', outcome: page(NICK, NICK_URL) },
    { address: '/episodes//s1e4', host: 'fallback', outcome: page(SECRET, SECRET_URL) },
    { address: '/search//?q=nick', host: 'fallback', outcome: resultsFor('nick') },
  ]),
  ...group('in the wrong case', [
    { address: '/Characters/Nick-Nelson', host: 'fallback', outcome: page(NICK, NICK_URL) },
    { address: '/EPISODES/S1E4', host: 'fallback', outcome: page(SECRET, SECRET_URL) },
    { address: '/episodes/S1E4/', host: 'fallback', outcome: page(SECRET, SECRET_URL) },
    { address: '/Search?q=Nick', host: 'fallback', outcome: resultsFor('Nick') },
    { address: '/Characters/Nicholas-Nelson', host: 'fallback', outcome: page(NICK, NICK_URL) },
    { address: '/CHARACTERS', host: 'fallback', outcome: page('Characters', /\/characters$/) },
  ]),
  ...group('with a trailing slash, an empty query or fragment, or tracking parameters', [
    { address: '/episodes/s1e4/', host: 'files', outcome: page(SECRET, SECRET_URL) },
    { address: '/characters/', host: 'files', outcome: page('Characters', /\/characters$/) },
    { address: '/characters/nick-nelson?', host: 'files', outcome: page(NICK) },
    { address: '/characters/nick-nelson#', host: 'files', outcome: page(NICK) },
    { address: '/characters/nick-nelson?utm_source=chat&fbclid=IwAR0x', host: 'files', outcome: page(NICK) },
  ]),
  ...group('with punctuation a chat app swallowed into the link, or cut short', [
    { address: '/characters/nick-nelson.', host: 'fallback', outcome: nickOrLink },
    { address: '/characters/nick-nelson)', host: 'fallback', outcome: nickOrLink },
    { address: '/characters/nick-nelson,', host: 'fallback', outcome: nickOrLink },
    { address: '/characters/nick-nelson!', host: 'fallback', outcome: nickOrLink },
    {
      address: '/characters/nick-nelson%22',
      host: 'fallback',
      outcome: nickOrLink,
    },
    { address: '/characters/nick-nelson>', host: 'fallback', outcome: nickOrLink },
    { address: "/characters/nick-nelson'", host: 'fallback', outcome: nickOrLink },
    { address: '/characters/nick-nelson;', host: 'fallback', outcome: nickOrLink },
    { address: '/characters/nick-nelson:', host: 'fallback', outcome: nickOrLink },
    { address: '/characters/nick-nelson…', host: 'fallback', outcome: nickOrLink },
    {
      address: '/characters/nick-nelson%20',
      host: 'fallback',
      outcome: nickOrLink,
    },
    { address: '/episodes/s1e4.', host: 'fallback', outcome: secretOrLink },
    { address: '/episodes/s1e4)', host: 'fallback', outcome: secretOrLink },
    { address: '/characters/nick-nel', host: 'fallback', outcome: notFound },
  ]),
  ...group('naming kinds, pages and episodes that do not exist', [
    { address: '/villains/x', host: 'fallback', outcome: notFound },
    { address: '/character/nick-nelson', host: 'fallback', outcome: notFound },
    { address: '/characters/nick-nelson/extra', host: 'fallback', outcome: notFound },
    { address: '/episodes/s9e9', host: 'fallback', outcome: notFound },
    { address: '/episodes/s1e99', host: 'fallback', outcome: notFound },
    { address: '/episodes/s0e0', host: 'fallback', outcome: notFound },
    { address: '/episodes/-1', host: 'fallback', outcome: notFound },
    { address: '/episodes/s1e4e5', host: 'fallback', outcome: notFound },
    { address: '/scenes/nope', host: 'fallback', outcome: notFound },
    { address: '/commentary/nope', host: 'fallback', outcome: notFound },
    { address: '/actors/nope', host: 'fallback', outcome: notFound },
    { address: '/people/nope', host: 'fallback', outcome: notFound },
    { address: '/characters/__proto__', host: 'fallback', outcome: notFound },
    { address: '/characters/constructor', host: 'fallback', outcome: notFound },
    { address: '/episodes/toString', host: 'fallback', outcome: notFound },
    { address: '/search/extra', host: 'fallback', outcome: notFound },
    { address: '/404', host: 'fallback', outcome: notFound },
  ]),
  ...group('with junk in the query string of a page', [
    { address: '/?q=<script>alert(1)</script>', host: 'files', outcome: page(HOME) },
    { address: '/?%E0%A4%A', host: 'files', outcome: page(HOME) },
    { address: '/?&&&==&', host: 'files', outcome: page(HOME) },
    { address: '/characters/nick-nelson?q=%E0%A4%A', host: 'files', outcome: page(NICK) },
  ]),
  ...group('with junk in the search page’s query string', [
    { address: '/search?q=nick&q=charlie', host: 'files', outcome: resultsFor('nick') },
    { address: '/search?kind=%3Cimg%20src%3Dx%3E&q=nick', host: 'files', outcome: resultsFor('nick') },
    { address: '/search?q=nick&kind=../../etc', host: 'files', outcome: resultsFor('nick') },
    { address: '/search?q[]=x&q[foo]=y', host: 'files', outcome: searchPrompt },
    { address: '/search?q=%00', host: 'files', outcome: anyResults },
    { address: '/search?q=+++', host: 'files', outcome: searchPrompt },
    { address: '/search?q=', host: 'files', outcome: searchPrompt },
    { address: '/search?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', host: 'files', outcome: anyResults },
    { address: '/search?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E', host: 'files', outcome: anyResults },
  ]),
  ...group('with junk in the fragment', [
    { address: '/#<img src=x onerror=alert(1)>', host: 'files', outcome: page(HOME) },
    { address: '/episodes/s1e4#"><script>alert(1)</script>', host: 'files', outcome: page(SECRET) },
    { address: '/episodes/s1e4#../../etc/passwd', host: 'files', outcome: page(SECRET) },
    { address: '/episodes/s1e4#%00', host: 'files', outcome: page(SECRET) },
    { address: '/episodes/s1e4##', host: 'files', outcome: page(SECRET) },
    { address: '/episodes/s1e4#s1e4-bedroom-after-the-rain#x', host: 'files', outcome: page(SECRET) },
  ]),
  ...group('with NUL', [
    { address: '/characters/%00', host: 'any-bytes', outcome: notFound },
    { address: '/characters/nick-nelson%00', host: 'any-bytes', outcome: notFound },
    { address: '/episodes/s1e4%00%00', host: 'any-bytes', outcome: notFound },
    { address: '/%00', host: 'any-bytes', outcome: notFound },
  ]),
  ...group('with an encoded slash inside a slug', [
    { address: '/characters/nick%2Fnelson', host: 'fallback', outcome: notFound },
    { address: '/characters%2Fnick-nelson', host: 'any-bytes', outcome: notFound },
    { address: '/episodes/s1e4%2F', host: 'fallback', outcome: notFound },
    { address: '/characters/%2Fnick-nelson', host: 'fallback', outcome: notFound },
    {
      address: '/characters/..%2Fcharacters%2Fnick-nelson',
      host: 'any-bytes',
      outcome: notFound,
    },
  ]),
  ...group('with markup or a script scheme in the path', [
    { address: '/characters/<script>alert(1)</script>', host: 'fallback', outcome: notFound },
    { address: '/characters/javascript:alert(1)', host: 'fallback', outcome: notFound },
    { address: '/characters/%3Cimg%20src=x%20onerror=alert(1)%3E', host: 'fallback', outcome: notFound },
    { address: '/characters/%22%3E%3Csvg%20onload=alert(1)%3E', host: 'fallback', outcome: notFound },
  ]),
];

const NOT_FOUND_HTML = readFileSync(path.resolve(import.meta.dirname, '../dist/404.html'), 'utf8');

/** How the test names what the address must show. */
function describeOutcome(outcome: Outcome): string {
  switch (outcome.kind) {
    case 'page':
      return `opens ${typeof outcome.heading === 'string' ? outcome.heading : 'the home page'}`;
    case 'search':
      return 'shows the search page';
    case 'not-found':
      return 'shows the helpful 404 page';
    case 'page-or-link':
      return `opens ${outcome.heading} or a 404 page linking to it`;
  }
}

function titleOf(entry: Entry): string {
  const name = entry.label ?? entry.address;
  return `${name.length > 90 ? `${name.slice(0, 87)}…` : name} ${describeOutcome(entry.outcome)}`;
}

const heading = (on: Page) => on.getByRole('heading', { level: 1 });

async function expectNotFoundPage(on: Page, check: typeof expect) {
  await check(heading(on)).toHaveText('Page not found');
  await check(on.getByText('There is no page at this address.')).toBeVisible();
  await check(on.getByRole('link', { name: 'All characters' })).toBeVisible();
}

async function expectOutcome(on: Page, outcome: Outcome, check: typeof expect) {
  switch (outcome.kind) {
    case 'page':
      await check(on.getByRole('heading', { level: 1, name: outcome.heading })).toBeVisible();
      if (outcome.url) await check(on).toHaveURL(outcome.url);
      return;
    case 'search':
      await check(heading(on)).toHaveText('Search');
      await check(on.getByRole('main').getByText(outcome.shows).first()).toBeVisible();
      return;
    case 'not-found':
      await expectNotFoundPage(on, check);
      return;
    case 'page-or-link': {
      await check(heading(on)).toHaveText(/.+/);
      if ((await heading(on).textContent()) === outcome.heading) return;
      await expectNotFoundPage(on, check);
      await check(on.getByRole('main').locator(`a[href="${outcome.href}"]`).first()).toBeVisible();
    }
  }
}

/**
 * Waits until the app has taken over the page (a prerendered page shows its heading before the app has
 * hydrated it and run its effects, which is when a bad address would break it) and has painted since.
 */
async function settled(tab: Page) {
  // Checked on every frame, so the wait ends as soon as React owns the heading.
  await tab.waitForFunction(
    () => {
      const heading = document.querySelector('main h1');
      return heading !== null && Object.keys(heading).some((key) => key.startsWith('__reactFiber$'));
    },
    null,
    { polling: 'raf', timeout: TIMEOUTS.browserExpect },
  );
  await afterTwoFrames(tab);
}

/** Opens the address as its host would serve it and checks what the fan sees. */
async function visit(tab: Page, entry: Entry, baseURL: string | undefined, check = expect) {
  if (entry.host === 'any-bytes') {
    // The next request is the address itself; it gets 404.html, as a permissive host would send it.
    await tab.route(
      () => true,
      (route) => route.fulfill({ status: 404, contentType: 'text/html', body: NOT_FOUND_HTML }),
      { times: 1 },
    );
  }
  const origin = entry.host === 'fallback' ? NOT_FOUND_HOST : baseURL;
  await tab.goto(`${origin}${entry.address}`);
  await settled(tab);
  await expectOutcome(tab, entry.outcome, check);
  await check(tab.getByRole('heading', { level: 1, name: 'This page could not load' })).toHaveCount(0);
  // Nothing in the address became markup or ran.
  await expect(tab.locator('img[src="x"], svg[onload], [onerror], [onmouseover], iframe')).toHaveCount(0);
  // The page state may quote the address's query: a JSON data block, which the browser never runs.
  const ran = await tab.evaluate(() => ({
    alerted: document.documentElement.dataset.alerted === 'yes',
    injectedScript: [...document.scripts].some(
      (script) => !script.src && script.type !== 'application/json' && script.text.includes('alert('),
    ),
  }));
  expect(ran).toEqual({ alerted: false, injectedScript: false });
}

/** Records a call to alert() by any script the page runs, for `visit` to check. */
async function watchAlerts(tab: Page) {
  await tab.addInitScript(() => {
    window.alert = () => {
      document.documentElement.dataset.alerted = 'yes';
    };
  });
}

const groups = [...new Set(ENTRIES.map((entry) => entry.group ?? ''))];

// The addresses that work are tried one after another in one tab per group, each as its own step.
for (const name of groups) {
  const entries = ENTRIES.filter((entry) => (entry.group ?? '') === name);
  const subject =
    entries.length === 1 ? `an address ${name} lands` : `${entries.length} addresses ${name} each land`;
  test(`${subject} on the right page or the helpful 404 page`, async ({ page: tab, baseURL }) => {
    await watchAlerts(tab);
    for (const entry of entries) {
      await test.step(titleOf(entry), () => visit(tab, entry, baseURL));
    }
  });
}

test('the table tries at least sixty malformed addresses', () => {
  expect(ENTRIES.length).toBeGreaterThanOrEqual(60);
  expect(new Set(ENTRIES.map((entry) => entry.address)).size).toBe(ENTRIES.length);
});
