/**
 * The web app manifest and its icons, written to dist/ at build time, so the wiki can be installed: a name,
 * colours from the site's palette (src/styles.css), and icons drawn from our own leaf
 * (src/components/leaf.tsx, public/favicon.svg), rasterised to PNG by resvg (as the share cards are).
 * Every prerendered page links the manifest (scripts/prerender.ts).
 *
 * Also a command: `tsx scripts/web-app-manifest.ts` (re)writes them on their own.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { THEME_COLOURS } from '../src/shared/theme-colour';
import { siteConfig } from './site-config';
import { svgToPng } from './svg-to-png';

export const MANIFEST_FILE = 'manifest.webmanifest';
const ICONS_DIR = 'icons';

/**
 * The palette's colours for the icons and the splash screen (src/styles.css); the browser's bar takes
 * THEME_COLOURS (src/shared/theme-colour.ts).
 */
export const APP_COLOURS = {
  /** --bg, the page: the splash screen while an installed wiki opens. */
  background: '#fff8f3',
  leaf: '#d9576b',
  leafVein: '#fff5ee',
} as const;

type Icon = { file: string; size: number; purpose: 'any' | 'maskable' };

export const ICONS: readonly Icon[] = [
  { file: `${ICONS_DIR}/icon-192.png`, size: 192, purpose: 'any' },
  { file: `${ICONS_DIR}/icon-512.png`, size: 512, purpose: 'any' },
  { file: `${ICONS_DIR}/icon-maskable-512.png`, size: 512, purpose: 'maskable' },
];

export function webAppManifest(basePath: string) {
  return {
    id: basePath,
    name: 'Heartstopper Wiki',
    short_name: 'Heartstopper',
    description:
      'A fan wiki for the Netflix series Heartstopper: every episode, character, actor and scene, with sources.',
    lang: 'en-GB',
    start_url: basePath,
    scope: basePath,
    display: 'standalone',
    theme_color: THEME_COLOURS.light,
    background_color: APP_COLOURS.background,
    icons: ICONS.map((icon) => ({
      src: `${basePath}${icon.file}`,
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}

/**
 * The icon as SVG, on a 512 grid: the leaf (a 24-unit drawing, its tips 11.3 units from its centre) on the
 * page colour. A maskable icon is cropped by the system to any shape that keeps the central circle of 40%
 * radius, so its background fills the square and the leaf stays inside that circle (11.3 × 16 = 181 < 205);
 * the plain icon is a rounded square with a larger leaf.
 */
export function iconSvg(purpose: Icon['purpose']): string {
  const maskable = purpose === 'maskable';
  const scale = maskable ? 16 : 21;
  const background = maskable
    ? `<rect width="512" height="512" fill="${APP_COLOURS.background}"/>`
    : `<rect width="512" height="512" rx="112" fill="${APP_COLOURS.background}"/>`;
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">' +
    background +
    `<g transform="translate(256 256) scale(${scale}) translate(-12 -12)">` +
    `<path d="M4 20C4 10 10 4 20 4c0 10-6 16-16 16Z" fill="${APP_COLOURS.leaf}"/>` +
    `<path d="M4 20 14 10" stroke="${APP_COLOURS.leafVein}" stroke-width="1.5" stroke-linecap="round" fill="none"/>` +
    '</g></svg>'
  );
}

/** The icon as a PNG of `size` pixels square. */
export function renderIcon(purpose: Icon['purpose'], size: number): Promise<Uint8Array> {
  return svgToPng(iconSvg(purpose), { mode: 'width', value: size });
}

export async function writeWebAppManifest(distDir: string, basePath: string): Promise<void> {
  await mkdir(path.join(distDir, ICONS_DIR), { recursive: true });
  await Promise.all(
    ICONS.map(async (icon) =>
      writeFile(path.join(distDir, icon.file), await renderIcon(icon.purpose, icon.size)),
    ),
  );
  await writeFile(
    path.join(distDir, MANIFEST_FILE),
    `${JSON.stringify(webAppManifest(basePath), null, 2)}\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await writeWebAppManifest(path.resolve(import.meta.dirname, '..', 'dist'), siteConfig.basePath);
  console.log(`web app manifest: ${MANIFEST_FILE} and ${ICONS.length} icons`);
}
