import { existsSync } from 'node:fs';
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import { isRoutePage } from '../content/page-data';
import { currentPath, renderApp, sitePages } from '../test/render-app';

const root = path.resolve(import.meta.dirname, '../..');

test('every page about one entry names a data file that exists, and says when it last changed', () => {
  const site = sitePages();
  const records = site
    .keys()
    .map((key) => ({ key, data: site.page(key) }))
    .flatMap(({ key, data }) =>
      isRoutePage(data) && 'record' in data ? [{ key, record: data.record }] : [],
    );
  // Every character, actor, person, episode, scene, statement, song, place and book, and the film.
  expect(new Set(records.map(({ key }) => key.split('/')[0]))).toEqual(
    new Set([
      'characters',
      'actors',
      'people',
      'episodes',
      'scenes',
      'commentary',
      'music',
      'places',
      'books',
      'film',
    ]),
  );
  for (const { key, record } of records) {
    const file = /^\/corrections\?file=(data\/[a-z]+\/[a-z0-9-]+\.json)$/.exec(record.correct)?.[1] ?? '';
    expect(existsSync(path.join(root, file)), `${key}: ${record.correct}`).toBe(true);
    expect(record.updated ?? record.built, key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
  expect(records.find(({ key }) => key === 'music/ur-so-pretty')?.record.correct).toBe(
    '/corrections?file=data/songs/ur-so-pretty.json',
  );
});

test('a fan follows "Suggest a correction" from a page to the steps for fixing its data file', async () => {
  const { user } = renderApp('/characters/nick-nelson');
  expect(await screen.findByRole('heading', { level: 1, name: 'Nick Nelson' })).toBeVisible();
  const link = screen.getByRole('link', { name: 'Suggest a correction' });
  expect(link.closest('p')).toHaveTextContent(
    /^(Last updated|Data as of) \d{1,2} [A-Z][a-z]+ \d{4}\. Suggest a correction$/,
  );
  await user.click(link);
  expect(await screen.findByRole('heading', { level: 1, name: 'Suggest a correction' })).toBeVisible();
  expect(currentPath()).toBe('/corrections?file=data/characters/nick-nelson.json');
  const steps = screen.getByRole('region', { name: 'How to fix it' });
  expect(within(steps).getByText(/^Open/).closest('li')).toHaveTextContent(
    /^Open data\/characters\/nick-nelson\.json and fix it\. Cite the sources/,
  );
  expect(within(steps).getByText('npm run validate:data')).toBeVisible();
  expect(within(steps).getByText('npm run dev')).toBeVisible();
});

test('the corrections page names only a data file a page could be drawn from', async () => {
  renderApp('/corrections?file=../../.env');
  expect(await screen.findByRole('heading', { level: 1, name: 'Suggest a correction' })).toBeVisible();
  expect(screen.queryByText('../../.env')).toBeNull();
  expect(screen.getByText(/A page’s file is named after the last part of its address/)).toBeVisible();
  const folders = screen.getByRole('region', { name: 'Where each page’s data is' });
  expect(within(folders).getByText('data/songs/')).toBeVisible();
  expect(within(folders).getByText('data/films/')).toBeVisible();
});
