/**
 * Draws a share card: satori lays the card out as SVG (every glyph becomes a path, so the text can never
 * be read as markup), then resvg, compiled to WebAssembly, rasterises it to a 1200x630 PNG. Both are
 * pure JavaScript/WebAssembly, so the build needs no native image libraries.
 *
 * Fonts and the WebAssembly module are loaded once per process and shared by every card.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { CSSProperties, ReactNode } from 'react';
import satori, { type Font } from 'satori';
import { startResvg, svgToPng } from '../svg-to-png';
import type { ShareCardContent } from './content';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The site's light palette (src/styles.css), so a card looks like the page it leads to. */
const palette = {
  bg: '#fff8f3',
  surface2: '#fdeee6',
  text: '#2b2024',
  muted: '#6a5a60',
  accent: '#b0304a',
  accent2: '#2f6f73',
  border: '#ecd9d0',
  leaf: '#d9576b',
  leafVein: '#fff5ee',
  // The monogram tints, as in the site's .tint-0 … .tint-5.
  tints: ['#f7c5cf', '#f9dca8', '#bfe3d8', '#c9d7f5', '#e2cdf2', '#f4d1b8'],
} as const;

const FONT_FAMILY = 'Nunito';

const require = createRequire(import.meta.url);

/** Resolved through Node's own lookup (both packages export these files), wherever node_modules is. */
function packageFile(specifier: string): string {
  return require.resolve(specifier);
}

async function loadFonts(): Promise<Font[]> {
  const nunito = (file: string) => readFile(packageFile(`@fontsource/nunito/files/${file}`));
  // satori reads WOFF but not WOFF2. Latin carries the text; latin-ext is a fallback so names with
  // letters such as ł or ğ still draw instead of leaving gaps.
  const faces = [
    { file: 'nunito-latin-400-normal.woff', weight: 400, style: 'normal' },
    { file: 'nunito-latin-700-normal.woff', weight: 700, style: 'normal' },
    { file: 'nunito-latin-800-normal.woff', weight: 800, style: 'normal' },
    { file: 'nunito-latin-400-italic.woff', weight: 400, style: 'italic' },
    { file: 'nunito-latin-ext-400-normal.woff', weight: 400, style: 'normal' },
    { file: 'nunito-latin-ext-800-normal.woff', weight: 800, style: 'normal' },
  ] as const;
  return Promise.all(
    faces.map(async (face, index) => ({
      // The extension faces get their own family name, so satori treats them as fallbacks rather than
      // as rivals for the same family and weight.
      name: index < 4 ? FONT_FAMILY : `${FONT_FAMILY} Ext`,
      data: await nunito(face.file),
      weight: face.weight,
      style: face.style,
    })),
  );
}

let ready: Promise<Font[]> | undefined;

/** Reads the fonts and starts resvg's WebAssembly once; every later call shares the same promise. */
function prepare(): Promise<Font[]> {
  ready ??= (async () => {
    const [fonts] = await Promise.all([loadFonts(), startResvg()]);
    return fonts;
  })();
  return ready;
}

type LeafPlacement = { x: number; y: number; size: number; rotate: number; opacity: number };

/** Where the header's small leaf sits, beside the site name (inside the card's padding). */
const HEADER_LEAF: LeafPlacement = { x: 72 + 22, y: 56 + 22, size: 44, rotate: 0, opacity: 1 };

/** The site's leaf (src/components/leaf.tsx), a 24x24 drawing placed by its centre. */
function leafSvg({ x, y, size, rotate, opacity }: LeafPlacement): string {
  const scale = size / 24;
  return (
    `<g transform="translate(${x} ${y}) rotate(${rotate}) scale(${scale}) translate(-12 -12)" opacity="${opacity}">` +
    `<path d="M4 20C4 10 10 4 20 4c0 10-6 16-16 16Z" fill="${palette.leaf}"/>` +
    `<path d="M4 20 14 10" stroke="${palette.leafVein}" stroke-width="1.5" stroke-linecap="round" fill="none"/>` +
    '</g>'
  );
}

/**
 * Everything decorative, as plain SVG under satori's layer: the background, a warm wash in the corner,
 * the header leaf and falling leaves (the show's motif) in the right-hand margin, clear of the text.
 *
 * Drawn outside satori on purpose: satori embeds an inline <svg> as an image, and resvg renders each
 * image as a separate full-size pass, which made a card several times slower. This markup holds only
 * numbers and palette constants, never page text.
 */
function decorationSvg(compact: boolean): string {
  const leaves: LeafPlacement[] = compact
    ? [
        { x: 868, y: 76, size: 64, rotate: -20, opacity: 0.55 },
        { x: 1119, y: 135, size: 34, rotate: 70, opacity: 0.4 },
        { x: 1081, y: 523, size: 46, rotate: 35, opacity: 0.45 },
      ]
    : [
        { x: 1115, y: 91, size: 230, rotate: 8, opacity: 0.9 },
        { x: 1088, y: 292, size: 84, rotate: -28, opacity: 0.5 },
        { x: 1005, y: 447, size: 54, rotate: 52, opacity: 0.4 },
        { x: 891, y: 83, size: 38, rotate: 96, opacity: 0.35 },
      ];
  return [
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${palette.bg}"/>`,
    `<circle cx="1060" cy="100" r="360" fill="${palette.surface2}"/>`,
    leafSvg(HEADER_LEAF),
    ...leaves.map(leafSvg),
    // The accent rule along the foot, the strongest brand colour on the card.
    `<rect y="${CARD_HEIGHT - 16}" width="${CARD_WIDTH}" height="16" fill="${palette.accent}"/>`,
  ].join('');
}

/** Bigger type for short titles; long ones step down so two or three lines still fit. */
function titleSize(title: string, narrow: boolean): number {
  const length = [...title].length;
  if (length <= (narrow ? 14 : 20)) return 104;
  if (length <= (narrow ? 24 : 34)) return 84;
  return 66;
}

/**
 * Text clamped to a number of lines, ending in an ellipsis rather than spilling out of the card.
 * lineClamp alone, without overflow: hidden: satori clamps either way, and overflow: hidden costs an SVG
 * mask per element, which resvg renders as a full-size extra layer (it doubled the time per card).
 */
function clamp(lines: number): CSSProperties {
  return { display: 'block', lineClamp: lines, textOverflow: 'ellipsis', overflowWrap: 'anywhere' };
}

/** A circle that centres what is inside it. */
function disc(size: number): CSSProperties {
  return {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: size,
    height: size,
    borderRadius: size / 2,
  };
}

function Card({ content }: { content: ShareCardContent }) {
  const { monogram } = content;
  const narrow = monogram !== undefined;
  const size = titleSize(content.title, narrow);
  // Three lines only for long titles at the smallest size, and not when a quote needs the room.
  const titleLines = size >= 84 || content.quote ? 2 : 3;
  return (
    <div
      style={{
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        display: 'flex',
        color: palette.text,
        fontFamily: FONT_FAMILY,
      }}
    >
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          boxSizing: 'border-box',
          width: '100%',
          height: '100%',
          padding: '56px 72px 64px 72px',
        }}
      >
        <div style={{ display: 'flex', alignItems: 'center', gap: 14 }}>
          {/* Room for the header leaf, which is drawn with the rest of the decoration. */}
          <div style={{ width: HEADER_LEAF.size, height: HEADER_LEAF.size }} />
          <span style={{ fontSize: 34, fontWeight: 800, color: palette.accent, letterSpacing: -0.5 }}>
            Heartstopper Wiki
          </span>
        </div>
        <div style={{ display: 'flex', flexGrow: 1, alignItems: 'center', gap: 48 }}>
          <div
            style={{
              display: 'flex',
              flexDirection: 'column',
              flexGrow: 1,
              flexShrink: 1,
              minWidth: 0,
              maxWidth: narrow ? 788 : 880,
            }}
          >
            <div
              style={{
                ...clamp(1),
                fontSize: 28,
                fontWeight: 800,
                color: palette.accent2,
                textTransform: 'uppercase',
                letterSpacing: 2,
                marginBottom: 10,
              }}
            >
              {content.kind}
            </div>
            <div
              style={{
                ...clamp(titleLines),
                fontSize: size,
                fontWeight: 800,
                lineHeight: 1.08,
                letterSpacing: -1,
              }}
            >
              {content.title}
            </div>
            {content.lines.length > 0 ? (
              <div style={{ display: 'flex', flexDirection: 'column', marginTop: 22, gap: 4 }}>
                {content.lines.map((line) => (
                  <div
                    key={line}
                    style={{ ...clamp(1), fontSize: 32, color: palette.muted, lineHeight: 1.35 }}
                  >
                    {line}
                  </div>
                ))}
              </div>
            ) : null}
            {content.quote ? (
              // The bar is its own box rather than a border-left: satori draws a one-sided border with
              // clip paths, each an extra layer for resvg.
              <div style={{ display: 'flex', marginTop: 22, gap: 24 }}>
                <div style={{ width: 6, flexShrink: 0, backgroundColor: palette.leaf, borderRadius: 3 }} />
                <div
                  style={{
                    ...clamp(2),
                    fontSize: 30,
                    fontStyle: 'italic',
                    lineHeight: 1.35,
                    color: palette.text,
                  }}
                >
                  {`“${content.quote}”`}
                </div>
              </div>
            ) : null}
          </div>
          {monogram ? (
            // A thin outer ring, a gap in the page colour, then the tinted disc, as nested circles: a CSS
            // box-shadow or border would become an SVG filter or clip path, each a costly layer in resvg.
            <div style={{ ...disc(228), flexShrink: 0, backgroundColor: palette.border }}>
              <div style={{ ...disc(222), backgroundColor: palette.bg }}>
                <div
                  style={{
                    ...disc(206),
                    backgroundColor: palette.tints[monogram.tint % palette.tints.length],
                    fontSize: 88,
                    fontWeight: 800,
                    color: palette.text,
                    letterSpacing: -2,
                  }}
                >
                  {monogram.initials}
                </div>
              </div>
            </div>
          ) : null}
        </div>
      </div>
    </div>
  );
}

/**
 * The card as an SVG string: the decoration, then satori's layout of the text on a transparent
 * background, nested as an inner <svg>. Exposed for tests: the text must arrive as glyph paths, not markup.
 */
export async function renderCardSvg(content: ShareCardContent): Promise<string> {
  const fonts = await prepare();
  const element: ReactNode = <Card content={content} />;
  const text = await satori(element, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">` +
    `${decorationSvg(content.monogram !== undefined)}${text}</svg>`
  );
}

/** The card as a 1200x630 PNG. */
export async function renderCard(content: ShareCardContent): Promise<Uint8Array> {
  const svg = await renderCardSvg(content);
  // The SVG holds no text elements (satori draws glyphs as paths), so resvg needs no fonts at all.
  return svgToPng(svg, { mode: 'original' });
}
