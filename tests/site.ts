import path from 'node:path';
import { createSitePages } from '../scripts/page-data-plugin';
import { isRoutePage, type RoutePageData } from '../src/content/page-data';

export { headingOf } from '../src/test/heading-of';

/** Every real page of the built site (not redirects), with its address and data, from the real dataset. */
export function sitePages(): { path: string; key: string; data: RoutePageData }[] {
  const site = createSitePages(path.resolve(import.meta.dirname, '../data'));
  return site.keys().flatMap((key) => {
    const data = site.page(key);
    if (!isRoutePage(data)) return [];
    return [{ key, path: key === 'home' ? '/' : `/${key}`, data }];
  });
}
