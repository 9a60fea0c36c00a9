import { within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { Providers } from '../../app/providers';
import { createQueryClient } from '../../app/query-client';
import { PAGE_STATE_ID, type PageState, serializePageState } from '../../lib/page-state';
import { servePageData } from '../../test/render-app';
import { shippedSearch } from '../../test/search-engines';
import { prepareResults } from './early-search';
import { searchResults } from './results';
import { resultsQueryKey } from './search-address';
import { SearchPage } from './search-page';

const INDEX = '/page-data/search-index.json';

/** The search page as the build writes it: the shell in #root, its page state beside it. */
function openShell(): HTMLElement {
  const client = createQueryClient();
  const html = renderToString(
    <Providers client={client}>
      <MemoryRouter initialEntries={['/search']}>
        <SearchPage />
      </MemoryRouter>
    </Providers>,
  );
  const state: PageState = { path: '/search', state: { mutations: [], queries: [] } };
  document.body.innerHTML = `<div id="root">${html}</div><script type="application/json" id="${PAGE_STATE_ID}">${serializePageState(state)}</script>`;
  document.title = 'Search · Heartstopper Wiki';
  onTestFinished(() => {
    document.body.innerHTML = '';
  });
  const root = document.getElementById('root');
  if (!root) throw new Error('no root');
  return root;
}

function pageState(): PageState {
  return JSON.parse(document.getElementById(PAGE_STATE_ID)?.textContent ?? 'null');
}

test('the address’s search is worked out from the index and put on the page, with its page state and title', async () => {
  const root = openShell();
  const show = await prepareResults(servePageData(INDEX), '?q=rugby+rain&kind=scene');
  show(root);
  const expected = searchResults(shippedSearch().fullText, 'rugby rain', 'scene');
  expect(within(root).getByRole('status').textContent).toBe('1 result for “rugby rain” in scenes');
  expect(within(root).getByRole('searchbox', { name: 'Search terms' })).toHaveValue('rugby rain');
  expect(root.querySelector('input[type="hidden"][name="kind"]')).toHaveValue('scene');
  const state = pageState();
  expect(state.search).toBe('?q=rugby+rain&kind=scene');
  expect(state.state.queries.map((query) => [query.queryKey, query.state.data])).toEqual([
    [[...resultsQueryKey('rugby rain', 'scene')], expected],
  ]);
  expect(document.title).toBe('Search: rugby rain · Heartstopper Wiki');
});

test('an unknown kind in the address is ignored, as the results page ignores it', async () => {
  const root = openShell();
  (await prepareResults(servePageData(INDEX), '?q=rugby+rain&kind=nonsense'))(root);
  expect(within(root).getByRole('status').textContent).toMatch(/^\d+ results for “rugby rain”$/);
  expect(root.querySelector('input[name="kind"]')).toBeNull();
  expect(pageState().state.queries[0]?.queryKey).toEqual([...resultsQueryKey('rugby rain', undefined)]);
});

test('no search in the address, or no index, gives nothing to show', async () => {
  await expect(prepareResults(servePageData(INDEX), '?q=%20%20')).rejects.toThrow(/no search/);
  await expect(
    prepareResults(Promise.resolve(new Response('gone', { status: 500 })), '?q=rugby'),
  ).rejects.toThrow(/HTTP 500/);
  await expect(
    prepareResults(Promise.resolve(new Response('{"kind":"not-found"}', { status: 200 })), '?q=rugby'),
  ).rejects.toThrow(/could not be loaded/);
});
