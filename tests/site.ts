import path from 'node:path';
import { createSitePages } from '../scripts/page-data-plugin';
import { isRoutePage, type PageData, type RoutePageData } from '../src/content/page-data';

/** Every real page of the built site (not redirects), with its address and data, from the real dataset. */
export function sitePages(): { path: string; key: string; data: RoutePageData }[] {
  const site = createSitePages(path.resolve(import.meta.dirname, '../data'));
  return site.keys().flatMap((key) => {
    const data = site.page(key);
    if (!isRoutePage(data)) return [];
    return [{ key, path: key === 'home' ? '/' : `/${key}`, data }];
  });
}

/** The page's main heading as a fan sees it. */
export function headingOf(data: PageData): string {
  switch (data.kind) {
    case 'character':
    case 'actor':
    case 'person':
      return data.name;
    case 'episode':
      return data.episodeTitle;
    case 'scene':
      return data.sceneTitle;
    case 'commentary':
      return data.card.topic;
    case 'characters':
      return 'Characters';
    case 'actors':
      return 'Cast and crew';
    case 'episodes':
      return 'Episodes';
    case 'scenes':
      return 'Scenes';
    case 'commentary-index':
      return 'Commentary';
    default:
      return 'Heartstopper Wiki';
  }
}
