import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PageData } from '../src/content/page-data';
import { createSitePages } from './page-data-plugin';
import { clampText, listNames } from './share-card/content';
import {
  CARD_HEIGHT,
  CARD_LIMITS,
  CARD_WIDTH,
  cardFor,
  renderCard,
  renderCardSvg,
  type ShareCardContent,
  shareCardPath,
  writeShareCards,
} from './share-cards';
import { ICONS, renderIcon } from './web-app-manifest';

const site = createSitePages(path.resolve(import.meta.dirname, '../data'));

function pageOf(key: string): PageData {
  const data = site.page(key);
  if (!data) throw new Error(`no page ${key}`);
  return data;
}

function cardOf(key: string): ShareCardContent {
  const card = cardFor(pageOf(key));
  if (!card) throw new Error(`no card for ${key}`);
  return card;
}

const textOf = (card: ShareCardContent) =>
  [card.kind, card.title, ...card.lines, card.quote ?? ''].join('\n');

/** Width and height from a PNG's IHDR chunk, which the format requires to come first. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...png.slice(0, 8)]).toEqual(signature);
  expect(new TextDecoder().decode(png.slice(12, 16))).toBe('IHDR');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

test('the card for a scene names its episode and characters', () => {
  const card = cardOf('scenes/s1e1-first-hi');
  expect(card.title).toBe('First hi');
  expect(card.kind).toBe('Scene · S1E1: Meet');
  const text = textOf(card);
  expect(text).toContain('Charlie Spring');
  expect(text).toContain('Nick Nelson');
});

test('every scene card names its episode and at least its first character', () => {
  for (const key of site.keys().filter((entry) => entry.startsWith('scenes/'))) {
    const data = pageOf(key);
    if (data.kind !== 'scene') continue;
    const text = textOf(cardOf(key));
    expect(text, key).toContain(data.episode.label);
    expect(text, key).toContain(data.characters[0]?.label ?? '');
  }
});

test('every page of the real dataset has a card whose text fits the limits', () => {
  let cards = 0;
  for (const key of site.keys()) {
    const data = pageOf(key);
    const card = cardFor(data);
    // Redirects and the search data files have no <head> of their own, so no card; every page has one.
    if (!('meta' in data)) {
      expect(card, key).toBeUndefined();
      continue;
    }
    expect(card?.kind, key).not.toBe('Heartstopper Wiki');
    if (!card) throw new Error(`no card for ${key}`);
    cards += 1;
    expect(card.title.trim(), key).not.toBe('');
    expect(card.kind.trim(), key).not.toBe('');
    expect([...card.title].length, key).toBeLessThanOrEqual(CARD_LIMITS.title);
    expect([...card.kind].length, key).toBeLessThanOrEqual(CARD_LIMITS.kind);
    expect(card.lines.length, key).toBeLessThanOrEqual(CARD_LIMITS.lines);
    for (const line of card.lines) {
      expect(line.trim(), key).not.toBe('');
      expect([...line].length, key).toBeLessThanOrEqual(CARD_LIMITS.line);
    }
    if (card.quote !== undefined) expect([...card.quote].length, key).toBeLessThanOrEqual(CARD_LIMITS.quote);
  }
  expect(cards).toBeGreaterThan(200);
});

test('each kind of page gets its own kind label and context', () => {
  expect(cardOf('characters/nick-nelson')).toMatchObject({ kind: 'Character', title: 'Nick Nelson' });
  expect(textOf(cardOf('characters/nick-nelson'))).toContain('Played by Kit Connor');
  expect(cardOf('episodes/s1e4')).toMatchObject({ kind: 'Episode · S1E4', title: 'Secret' });
  expect(textOf(cardOf('episodes/s1e4'))).toContain('Directed by');
  expect(cardOf('actors/kit-connor').lines).toContain('Plays Nick Nelson');
  expect(cardOf('commentary/oseman-favourite-scene')).toMatchObject({ kind: 'Commentary' });
  expect(cardOf('commentary/oseman-favourite-scene').quote).toMatch(/^I do actually know/);
  expect(cardOf('home').title).toBe('Heartstopper');
  expect(cardOf('episodes').kind).toBe('Episodes');
});

test('clamped text ends at a word boundary with an ellipsis and never splits an emoji', () => {
  expect(clampText('short', 10)).toBe('short');
  expect(clampText('one two three four five', 12)).toBe('one two…');
  expect(clampText('  spaced \n  out  ', 20)).toBe('spaced out');
  const emoji = clampText('🍂'.repeat(20), 5);
  expect([...emoji]).toHaveLength(5);
  expect(emoji.endsWith('…')).toBe(true);
});

test('a long list of names ends in a count of the others', () => {
  expect(listNames(['A'], 40)).toBe('A');
  expect(listNames(['A', 'B'], 40)).toBe('A and B');
  expect(listNames(['Charlie Spring', 'Nick Nelson', 'Tao Xu', 'Elle Argent'], 40)).toBe(
    'Charlie Spring, Nick Nelson and 2 others',
  );
});

test('a rendered card is a 1200x630 PNG', async () => {
  const png = await renderCard(cardOf('scenes/s1e4-rugby-match-st-johns'));
  expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
  expect({ width: CARD_WIDTH, height: CARD_HEIGHT }).toEqual({ width: 1200, height: 630 });
});

test('a hostile title renders as text without throwing', async () => {
  const hostile = `<script>alert("x")</script><img src=x onerror=alert(1)> ${'Heartstopper '.repeat(60)}🍂 中文`;
  const character = pageOf('characters/nick-nelson');
  if (character.kind !== 'character') throw new Error('expected a character page');
  const card = cardFor({ ...character, name: hostile, role: hostile });
  if (!card) throw new Error('no card');
  expect([...card.title].length).toBeLessThanOrEqual(CARD_LIMITS.title);

  // Straight into the renderer as well, past cardFor's limits: the layout must still hold.
  for (const content of [card, { kind: hostile, title: hostile, lines: [hostile], quote: hostile }]) {
    const svg = await renderCardSvg(content);
    // satori draws every glyph as a path: no markup or script from the title reaches the SVG.
    expect(svg).not.toMatch(/<script|onerror|alert|<img|<text/i);
    expect(pngSize(await renderCard(content))).toEqual({ width: 1200, height: 630 });
  }
});

test('writing the cards makes one PNG per real page and returns their paths', async () => {
  const distDir = mkdtempSync(path.join(tmpdir(), 'share-cards-'));
  try {
    const redirect = site.keys().find((key) => site.page(key)?.kind === 'redirect');
    const dataFile = site.keys().find((key) => {
      const data = site.page(key);
      return data !== undefined && !('meta' in data) && data.kind !== 'redirect';
    });
    const keys = [
      'home',
      'scenes/s1e1-first-hi',
      ...(dataFile ? [dataFile] : []),
      ...(redirect ? [redirect] : []),
    ];
    const lines: string[] = [];
    const cards = await writeShareCards({
      distDir,
      pages: { keys: () => keys, page: site.page },
      workers: 1,
      log: (line) => lines.push(line),
    });
    expect([...cards]).toEqual([
      ['home', 'cards/home.png'],
      ['scenes/s1e1-first-hi', 'cards/scenes/s1e1-first-hi.png'],
    ]);
    expect(shareCardPath('home')).toBe('cards/home.png');
    for (const relative of cards.values()) {
      expect(pngSize(new Uint8Array(readFileSync(path.join(distDir, relative))))).toEqual({
        width: 1200,
        height: 630,
      });
    }
    expect(keys.length).toBe(4);
    expect(existsSync(path.join(distDir, `cards/${dataFile}.png`))).toBe(false);
    expect(lines).toEqual([expect.stringMatching(/^share cards: 2 images in \d+\.\d s$/)]);
  } finally {
    rmSync(distDir, { recursive: true, force: true });
  }
});

test('the app’s icons are drawn in the same process as the cards, at the sizes the manifest names', async () => {
  // resvg's WebAssembly may be started once per process: cards and icons share it (scripts/svg-to-png.ts).
  expect(pngSize(await renderCard(cardOf('characters/nick-nelson')))).toEqual({
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
  });
  for (const icon of ICONS) {
    expect(pngSize(await renderIcon(icon.purpose, icon.size))).toEqual({
      width: icon.size,
      height: icon.size,
    });
  }
});
