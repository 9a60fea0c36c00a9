/**
 * Which links get a preview card, and which page's data describes them: a page of a kind the registry marks
 * `preview` (a character, an episode, or with a `#scene` anchor one of its scenes, a scene). Addresses are matched after the site's base path, in their
 * canonical form, so `/Characters/Nick-Nelson/` previews the same page as `/characters/nick-nelson`.
 */
import { canonicalPathname, pageDataKeys } from '../../lib/paths';
import { ENTRY_PAGES, type EntryKind, matchPage } from '../../lib/routes';

/** The kinds of page whose links get a preview card (`preview` in the registry, src/lib/routes.ts). */
type PreviewKind = {
  [K in EntryKind]: (typeof ENTRY_PAGES)[K]['preview'] extends true ? K : never;
}[EntryKind];

export type PreviewTarget =
  | { kind: Exclude<PreviewKind, 'episode'>; key: string }
  /** `scene` is the #anchor of `/episodes/s1e4#<scene>`: that scene is previewed if the episode has it. */
  | { kind: 'episode'; key: string; scene?: string };

const previewable = (kind: EntryKind): kind is PreviewKind => ENTRY_PAGES[kind].preview;

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** `/wiki/` -> `/wiki`, `/` -> ``: what every in-site pathname starts with, before its first `/`. */
export function basePrefix(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}

/** The in-app path of a pathname under the base path (`/wiki/characters` -> `/characters`), or undefined. */
export function appPath(pathname: string, base: string): string | undefined {
  if (base === '') return canonicalPathname(pathname);
  if (pathname.toLowerCase() === base.toLowerCase()) return '/';
  if (!pathname.toLowerCase().startsWith(`${base.toLowerCase()}/`)) return undefined;
  return canonicalPathname(pathname.slice(base.length));
}

/**
 * The preview target of a link's address, or undefined when the link is not one to preview: another site,
 * another kind of page, or the page the fan is on (`here` is the router's in-app pathname).
 */
export function previewTarget(
  href: URL,
  origin: string,
  base: string,
  here: string,
): PreviewTarget | undefined {
  if (href.origin !== origin) return undefined;
  const path = appPath(href.pathname, base);
  if (path === undefined || path === canonicalPathname(here)) return undefined;
  const match = matchPage(path);
  if (match?.type !== 'entry' || !previewable(match.kind)) return undefined;
  const slug = decode(match.slug);
  if (!slug) return undefined;
  const key = pageDataKeys.entry(match.kind, slug);
  if (match.kind !== 'episode') return { kind: match.kind, key };
  const scene = decode(href.hash.slice(1));
  return scene ? { kind: match.kind, key, scene } : { kind: match.kind, key };
}

/** The page-data key of an in-app address a redirect names (`/characters/nick-nelson`). */
export function keyOfPath(path: string): string {
  return canonicalPathname(path).replace(/^\//, '');
}
