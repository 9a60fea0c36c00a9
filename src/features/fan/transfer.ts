/**
 * "My wiki" as a file: export the fan's progress and favourites, and import them back (on another browser,
 * or after clearing this one). An import is all or nothing: a file that is not ours, is damaged, or holds a
 * single unreadable entry is refused with a message saying why, and nothing changes.
 */
import {
  isKnownEpisode,
  isRecord,
  MAX_FAVOURITES,
  readFavourite,
  sortEpisodeCodes,
} from '../../shared/fan-slots';
import { FAVOURITE_KINDS, type Favourite, favouriteKey, type Progress } from '../../shared/fan-state';

export const EXPORT_FORMAT = 'heartstopper-wiki/my-wiki';
export const EXPORT_VERSION = 1;
/** Far above any real export (500 favourites is ~60 KB). */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export type MyWikiExport = {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  progress: Progress;
  favourites: Favourite[];
};

export type ImportResult =
  | { ok: true; progress: Progress; favourites: Favourite[] }
  | { ok: false; message: string };

export function exportMyWiki(progress: Progress, favourites: Favourite[], now = new Date()): string {
  const file: MyWikiExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    progress: { watched: progress.watched, shield: progress.shield },
    favourites,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function exportFileName(now = new Date()): string {
  return `heartstopper-wiki-${now.toISOString().slice(0, 10)}.json`;
}

const refuse = (message: string): ImportResult => ({ ok: false, message });

export function parseMyWikiImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) {
    return refuse('This file is too large to be a My wiki export (the limit is 1 MB).');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse('This file is not valid JSON, so it cannot be a My wiki export.');
  }
  if (!isRecord(parsed) || parsed.format !== EXPORT_FORMAT) {
    return refuse(
      'This file is not a Heartstopper Wiki export (it has no "format": "heartstopper-wiki/my-wiki").',
    );
  }
  const { version, progress, favourites } = parsed;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('This export has no valid version number.');
  }
  if (version > EXPORT_VERSION) {
    return refuse(
      `This export was made by a newer version of the wiki (format version ${version}); reload the page to get the latest version, then try again.`,
    );
  }
  if (!isRecord(progress)) return refuse('This export has no "progress" section.');
  const { watched, shield } = progress;
  if (!Array.isArray(watched)) return refuse('"progress.watched" must be a list of episode codes.');
  for (const [index, code] of watched.entries()) {
    if (!isKnownEpisode(code)) {
      return refuse(
        `"progress.watched[${index}]" is ${JSON.stringify(code)}, which is not an episode of Heartstopper.`,
      );
    }
  }
  if (shield !== 'on' && shield !== 'off' && shield !== null) {
    return refuse('"progress.shield" must be "on", "off" or null.');
  }
  if (!Array.isArray(favourites)) return refuse('"favourites" must be a list.');
  if (favourites.length > MAX_FAVOURITES) {
    return refuse(
      `This export lists ${favourites.length} favourites; the most the wiki keeps is ${MAX_FAVOURITES}.`,
    );
  }
  const read = new Map<string, Favourite>();
  for (const [index, item] of favourites.entries()) {
    const favourite = readFavourite(item);
    if (favourite === undefined) {
      return refuse(
        `"favourites[${index}]" is not a favourite the wiki can read (it needs a kind of ${FAVOURITE_KINDS.join(', ')}, an id and a label).`,
      );
    }
    read.set(favouriteKey(favourite), favourite);
  }
  return {
    ok: true,
    progress: { watched: sortEpisodeCodes(watched), shield },
    favourites: [...read.values()],
  };
}
