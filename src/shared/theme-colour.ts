/**
 * The colour a phone's browser paints around the page, and an installed wiki's title bar: each page carries
 * two `<meta name="theme-color">` tags, one for a light and one for a dark system setting
 * (scripts/prerender.ts). A fan who chooses a theme that differs from their system's gets that theme's colour
 * in both, so a dark page never sits under a white bar. The boot script (scripts/boot-script.ts) does the
 * same for the saved theme before first paint.
 */
import type { Theme } from './fan-slots';

/** --surface in src/styles.css, the header, which the browser's bar continues. */
export const THEME_COLOURS = { light: '#ffffff', dark: '#271f22' } as const;

export function applyThemeColour(theme: Theme): void {
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
    const system = meta.media.includes('dark') ? 'dark' : 'light';
    meta.content = THEME_COLOURS[theme === 'system' ? system : theme];
  }
}
