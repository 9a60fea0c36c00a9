import { QueryClient } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { Providers } from '../../app/providers';
import { currentPath, renderApp, servePageData } from '../../test/render-app';
import { HeaderSearch } from './header-search';

async function openHome() {
  const app = renderApp('/');
  await screen.findByRole('heading', { level: 1, name: /Heartstopper Wiki/ });
  return { ...app, box: screen.getByRole('combobox', { name: 'Search the wiki' }) };
}

/** Suggestions have arrived when there is more than the closing "search all pages" option. */
async function suggestionsShown() {
  await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(1));
  return screen.getAllByRole('option');
}

test('the suggestion engine loads on first focus of the box, not with the page', async () => {
  const { client, user, box } = await openHome();
  const fetchSpy = vi.spyOn(globalThis, 'fetch');
  const searchRequests = () =>
    fetchSpy.mock.calls.filter(([input]) => String(input).includes('/page-data/search-'));
  await user.hover(box);
  expect(searchRequests()).toEqual([]);
  expect(client.getQueryState(['search-engine', 'titles'])?.data).toBeUndefined();
  await user.click(box);
  await waitFor(() => expect(client.getQueryState(['search-engine', 'titles'])?.status).toBe('success'));
  expect(searchRequests().map(([input]) => String(input))).toEqual(['/page-data/search-titles.json']);
  fetchSpy.mockRestore();
});

test('suggestions appear as the fan types, grouped by kind, with the matched part marked', async () => {
  const { user, box } = await openHome();
  await user.type(box, 'nik');
  await suggestionsShown();
  const listbox = screen.getByRole('listbox', { name: 'Suggestions' });
  expect(box).toHaveAttribute('aria-expanded', 'true');
  expect(box).toHaveAttribute('aria-controls', listbox.id);
  const characters = within(listbox).getByRole('group', { name: 'Characters' });
  const first = within(characters).getAllByRole('option')[0];
  if (!first) throw new Error('no character suggestion');
  expect(first).toHaveTextContent(/^Nick Nelson/);
  expect(within(first).getByText('Nick', { selector: 'mark' })).toBeVisible();
  expect(within(listbox).getByRole('group', { name: 'Scenes' })).toBeVisible();
  expect(screen.getByText(/^\d+ suggestions\. Use the up and down arrows to choose\.$/)).toBeInTheDocument();
});

test('the arrows move through the options, wrapping at the ends, and Enter opens the highlighted one', async () => {
  const { user, box } = await openHome();
  await user.type(box, 'nik');
  const options = await suggestionsShown();
  expect(box).not.toHaveAttribute('aria-activedescendant');

  await user.keyboard('{ArrowDown}');
  expect(box).toHaveAttribute('aria-activedescendant', options[0]?.id);
  expect(options[0]).toHaveAttribute('aria-selected', 'true');
  await user.keyboard('{ArrowDown}');
  expect(box).toHaveAttribute('aria-activedescendant', options[1]?.id);
  expect(options[0]).toHaveAttribute('aria-selected', 'false');
  await user.keyboard('{ArrowUp}{ArrowUp}');
  const last = options.at(-1);
  expect(box).toHaveAttribute('aria-activedescendant', last?.id);
  expect(last).toHaveTextContent('Search all pages for “nik”');
  await user.keyboard('{ArrowDown}');
  expect(box).toHaveAttribute('aria-activedescendant', options[0]?.id);

  await user.keyboard('{Enter}');
  expect(await screen.findByRole('heading', { level: 1, name: 'Nick Nelson' })).toBeVisible();
  expect(currentPath()).toBe('/characters/nick-nelson');
  expect(box).toHaveValue('');
  expect(box).toHaveAttribute('aria-expanded', 'false');
});

test.each([
  ['kit connor', '/actors/kit-connor', 'Kit Connor'],
  ['S01E04', '/episodes/s1e4', 'Secret'],
  ['1x04', '/episodes/s1e4', 'Secret'],
  ['nicholas nelson', '/characters/nick-nelson', 'Nick Nelson'],
])('Enter on the exact name, alias or code “%s” goes straight to %s', async (query, path, heading) => {
  const { user, box } = await openHome();
  await user.type(box, query);
  await suggestionsShown();
  await user.keyboard('{Enter}');
  expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeVisible();
  expect(currentPath()).toBe(path);
});

test('Enter on anything else opens the results page for the query', async () => {
  const { user, box } = await openHome();
  await user.type(box, 'rugby rain');
  await suggestionsShown();
  await user.keyboard('{Enter}');
  expect(await screen.findByText(/results? for “rugby rain”/)).toBeVisible();
  expect(currentPath()).toBe('/search?q=rugby+rain');
});

test('Escape closes the suggestions, and a second Escape clears the box', async () => {
  const { user, box } = await openHome();
  await user.type(box, 'tao');
  await suggestionsShown();
  await user.keyboard('{ArrowDown}{Escape}');
  expect(box).toHaveAttribute('aria-expanded', 'false');
  expect(box).not.toHaveAttribute('aria-activedescendant');
  expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  expect(box).toHaveValue('tao');
  await user.keyboard('{Escape}');
  expect(box).toHaveValue('');
  expect(currentPath()).toBe('/');
});

test('a tap or click on a suggestion opens it', async () => {
  const { user, box } = await openHome();
  await user.type(box, 'osman');
  const [first] = await suggestionsShown();
  if (!first) throw new Error('no suggestion');
  expect(first).toHaveTextContent(/^Alice Oseman/);
  await user.click(first);
  expect(await screen.findByRole('heading', { level: 1, name: 'Alice Oseman' })).toBeVisible();
  expect(currentPath()).toBe('/people/alice-oseman');
});

test('leaving the box closes the suggestions', async () => {
  const { user, box } = await openHome();
  await user.type(box, 'elle');
  await suggestionsShown();
  await user.tab();
  expect(box).toHaveAttribute('aria-expanded', 'false');
});

test('“/” and Ctrl+K or Cmd+K put the cursor in the box from anywhere on the page', async () => {
  const { user, box } = await openHome();
  await user.keyboard('/');
  expect(box).toHaveFocus();
  expect(box).toHaveValue('');
  await user.click(screen.getByRole('heading', { level: 1 }));
  expect(box).not.toHaveFocus();
  await user.keyboard('{Control>}k{/Control}');
  expect(box).toHaveFocus();
  await user.click(screen.getByRole('heading', { level: 1 }));
  await user.keyboard('{Meta>}k{/Meta}');
  expect(box).toHaveFocus();
});

test('“/” typed in another field stays a slash in that field', async () => {
  const { user } = renderApp('/search');
  const field = await screen.findByRole('searchbox', { name: 'Search terms' });
  await user.click(field);
  await user.keyboard('a/b');
  expect(field).toHaveFocus();
  expect(field).toHaveValue('a/b');
});

test('the box is a plain GET form to /search that renders the same on the server and in the browser', async () => {
  const app = () => (
    <Providers client={new QueryClient()}>
      <MemoryRouter initialEntries={['/characters/nick-nelson']}>
        <HeaderSearch />
      </MemoryRouter>
    </Providers>
  );
  const html = renderToString(app());
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const form = container.querySelector('form');
  expect(form).toHaveAttribute('method', 'get');
  expect(form).toHaveAttribute('action', '/search');
  expect(container.querySelector('input[name="q"]')).toHaveAttribute('aria-expanded', 'false');

  const errors: unknown[] = [];
  const root = await act(async () =>
    hydrateRoot(container, app(), { onRecoverableError: (error) => errors.push(error) }),
  );
  expect(errors).toEqual([]);
  act(() => root.unmount());
  container.remove();
});

test('words typed into the box before the page’s code has loaded are kept and searched', async () => {
  const container = document.createElement('div');
  document.body.append(container);
  const html = renderToString(
    <Providers client={new QueryClient()}>
      <MemoryRouter>
        <HeaderSearch />
      </MemoryRouter>
    </Providers>,
  );
  container.innerHTML = html;
  const input = container.querySelector('input') as HTMLInputElement;
  input.value = 'nick';
  input.focus();
  globalThis.fetch = servePageData;
  const root = await act(async () =>
    hydrateRoot(
      container,
      <Providers client={new QueryClient()}>
        <MemoryRouter>
          <HeaderSearch />
        </MemoryRouter>
      </Providers>,
    ),
  );
  await waitFor(() => expect(within(container).getAllByRole('option').length).toBeGreaterThan(1));
  expect(within(container).getByRole('combobox')).toHaveValue('nick');
  act(() => root.unmount());
  container.remove();
});
