/**
 * Which links get a preview card, and which page's data describes them: a character, an episode (or, with a
 * `#scene` anchor, one of its scenes) or a scene. Addresses are matched after the site's base path, in their
 * canonical form, so `/Characters/Nick-Nelson/` previews the same page as `/characters/nick-nelson`.
 */
import { canonicalPathname, type EntityCollection, pageDataKeys } from '../../lib/paths';

export type PreviewTarget =
  | { kind: 'character'; key: string }
  /** `scene` is the #anchor of `/episodes/s1e4#<scene>`: that scene is previewed if the episode has it. */
  | { kind: 'episode'; key: string; scene?: string }
  | { kind: 'scene'; key: string };

const KINDS = {
  characters: 'character',
  episodes: 'episode',
  scenes: 'scene',
} as const satisfies Partial<Record<EntityCollection, PreviewTarget['kind']>>;

const ENTITY_PATH = /^\/(characters|episodes|scenes)\/([^/]+)$/;

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
  const match = ENTITY_PATH.exec(path);
  const collection = match?.[1] as keyof typeof KINDS | undefined;
  const slug = match?.[2] === undefined ? undefined : decode(match[2]);
  if (!collection || !slug) return undefined;
  const key = pageDataKeys.entity(collection, slug);
  const kind = KINDS[collection];
  if (kind !== 'episode') return { kind, key };
  const scene = decode(href.hash.slice(1));
  return scene ? { kind, key, scene } : { kind, key };
}

/** The page-data key of an in-app address a redirect names (`/characters/nick-nelson`). */
export function keyOfPath(path: string): string {
  return canonicalPathname(path).replace(/^\//, '');
}
