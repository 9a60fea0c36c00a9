import path from 'node:path';
import { screen } from '@testing-library/react';
import { publishedFiles } from '../../scripts/published-files';
import { loadDataset } from '../content/load';
import type { PageData } from '../content/page-data';
import { createRepository } from '../content/repository';
import { headingOf } from '../test/heading-of';
import { renderApp, sitePages } from '../test/render-app';

/** The page key an internal link leads to (`/episodes/s1e4#scene` -> `episodes/s1e4`). */
function keyOfHref(href: string): string {
  const path = href.split(/[#?]/)[0] ?? '';
  return path === '/' ? 'home' : path.replace(/^\//, '');
}

const pages = sitePages();
// The files the build publishes beside the pages (the feed, the open data): a page may link to them.
const files = new Set(
  publishedFiles(createRepository(loadDataset(path.resolve(import.meta.dirname, '../../data')))).map(
    (file) => file.path,
  ),
);
const routes = pages
  .keys()
  .map((key) => ({ key, data: pages.page(key) }))
  .filter(
    (route): route is { key: string; data: PageData } =>
      route.data !== undefined &&
      route.data.kind !== 'redirect' &&
      route.data.kind !== 'search-titles' &&
      route.data.kind !== 'search-index',
  );

// One page of every kind, rendered through the app as a fan's browser would: the walk over all of them reads
// the built HTML instead (tests/static-html.spec.ts), which is the same render, ten times cheaper.
const onePerKind = routes.filter(
  (route, index) => routes.findIndex((other) => other.data.kind === route.data.kind) === index,
);

test('one page of every kind is walked, at least a dozen kinds', () => {
  expect(onePerKind.length).toBeGreaterThanOrEqual(12);
});

test.each(onePerKind.map((route) => [route.key === 'home' ? '/' : `/${route.key}`, route.data] as const))(
  '%s renders its name and only links that lead to real pages',
  async (path, data) => {
    const { container, unmount } = renderApp(path);
    expect(await screen.findByRole('heading', { level: 1, name: headingOf(data) })).toBeVisible();
    const main = container.querySelector('main');
    expect(main?.textContent ?? '').not.toMatch(/undefined|\[object Object\]|NaN/);
    const internal = [...(main?.querySelectorAll('a[href^="/"]') ?? [])].map(
      (a) => a.getAttribute('href') ?? '',
    );
    const broken = internal.filter(
      (href) => !href.startsWith('/search') && !files.has(href) && pages.page(keyOfHref(href)) === undefined,
    );
    expect(broken).toEqual([]);
    const external = [...(main?.querySelectorAll('a:not([href^="/"])') ?? [])].map((a) =>
      a.getAttribute('href'),
    );
    for (const href of external) expect(href).toMatch(/^https?:\/\//);
    unmount();
  },
);
