import { screen, within } from '@testing-library/react';
import { COLLECTION_NAMES } from '../content/schema';
import { currentPath, renderApp } from '../test/render-app';

test('a fan finds the Open data page from the footer of any page', async () => {
  const { user } = renderApp('/characters/nick-nelson');
  expect(await screen.findByRole('heading', { level: 1, name: 'Nick Nelson' })).toBeVisible();
  await user.click(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Open data' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Open data' })).toBeVisible();
  expect(currentPath()).toBe('/open-data');
});

test('the Open data page links the versioned download, the latest one, the schema and the feed', async () => {
  renderApp('/open-data');
  const downloads = await screen.findByRole('region', { name: 'Downloads' });
  const versioned = within(downloads).getByRole('link', { name: /^heartstopper-wiki-[0-9a-f]{12}\.json$/ });
  const version = /heartstopper-wiki-([0-9a-f]{12})\.json/.exec(versioned.textContent ?? '')?.[1];
  expect(versioned).toHaveAttribute('href', `/data/heartstopper-wiki-${version}.json`);
  expect(versioned.closest('li')?.textContent).toMatch(
    new RegExp(`the whole dataset, version ${version}, \\d+ kB of JSON\\. Cite or pin this one`),
  );
  expect(within(downloads).getByRole('link', { name: 'dataset.json' })).toHaveAttribute(
    'href',
    '/data/dataset.json',
  );
  expect(within(downloads).getByRole('link', { name: 'dataset.schema.json' })).toHaveAttribute(
    'href',
    '/data/schema/dataset.schema.json',
  );
  expect(within(downloads).getByRole('link', { name: 'feed.xml' })).toHaveAttribute('href', '/feed.xml');
});

test('the Open data page states the licence of our own text, and that quotations stay their speakers’', async () => {
  renderApp('/open-data');
  const licence = await screen.findByRole('region', { name: 'Licence' });
  expect(
    within(licence).getByRole('link', { name: 'Creative Commons Attribution-ShareAlike 4.0 International' }),
  ).toHaveAttribute('href', 'https://creativecommons.org/licenses/by-sa/4.0/');
  expect(within(licence).getByText(/Our own text .* is licensed under the/)).toBeVisible();
  expect(within(licence).getByText(/Quotations .* are the words of\s+the people quoted/)).toBeVisible();
});

test('the Open data page explains ids, and what every field of every collection means', async () => {
  renderApp('/open-data');
  const ids = await screen.findByRole('region', { name: 'How ids work' });
  expect(within(ids).getByText(/Entries refer to each other by id alone/)).toBeVisible();

  const fields = screen.getByRole('region', { name: 'What the fields mean' });
  for (const name of COLLECTION_NAMES) {
    const heading = within(fields).getByRole('heading', {
      level: 3,
      name: new RegExp(`^${name}: \\d+ entr`),
    });
    expect(heading).toBeVisible();
    expect(within(fields).getByRole('link', { name: `${name}.schema.json` })).toHaveAttribute(
      'href',
      `/data/schema/${name}.schema.json`,
    );
  }
  // One field, as a fan reads it: what it means, what it holds, whether it is always there.
  const overall = within(fields).getByText('Its place in the whole series:', { exact: false });
  expect(overall.closest('dd')?.textContent).toBe('Its place in the whole series: s2e1 is 9. (whole number)');
});
