/**
 * "My wiki" as a file: export the fan's progress and favourites, to import them back (on another browser, or
 * after clearing this one) with ./transfer-import. Exporting needs no checks, so it is here, free of zod, and
 * the Export button works at once.
 */
import type { Favourite, Progress } from '../../shared/fan-slots';

export const EXPORT_FORMAT = 'heartstopper-wiki/my-wiki';
export const EXPORT_VERSION = 1;

export type MyWikiExport = {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  progress: Progress;
  favourites: Favourite[];
};

export function exportMyWiki(progress: Progress, favourites: Favourite[], now = new Date()): string {
  const file: MyWikiExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    progress: { watched: progress.watched, shield: progress.shield, read: progress.read },
    favourites,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function exportFileName(now = new Date()): string {
  return `heartstopper-wiki-${now.toISOString().slice(0, 10)}.json`;
}
