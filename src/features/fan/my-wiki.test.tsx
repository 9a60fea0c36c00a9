import { screen, waitFor, within } from '@testing-library/react';
import { STORAGE_KEYS } from '../../shared/fan-state';
import { useFan } from '../../shared/fan-store';
import { renderApp } from '../../test/render-app';
import { EXPORT_FORMAT, exportMyWiki } from './transfer';
import { parseMyWikiImport } from './transfer-import';

/** Captures the file the Export button offers for download. */
function captureDownloads() {
  const files: Blob[] = [];
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    files.push(blob as Blob);
    return 'blob:wiki.test/export';
  };
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return files;
}

afterEach(() => vi.restoreAllMocks());

test('marking an episode watched on its page fills the season’s progress bar on the episode list', async () => {
  const { user, unmount } = renderApp('/episodes/s1e4');
  await screen.findByRole('heading', { level: 1, name: 'Secret' });
  await user.click(screen.getByRole('button', { name: 'I’ve watched up to S1E4' }));
  // Changes wait for the saved state to be read first (src/shared/fan-actions.ts), so they land a moment later.
  await waitFor(() =>
    expect(screen.getByRole('button', { name: /^Watched: S1E4/ })).toHaveAttribute('aria-pressed', 'true'),
  );
  unmount();
  renderApp('/episodes');
  await screen.findByRole('heading', { level: 1, name: 'Episodes' });
  expect(screen.getByRole('progressbar', { name: 'Season 1: 4 of 8 watched' })).toHaveAttribute('value', '4');
  expect(screen.getByRole('checkbox', { name: 'Watched S1E4: Secret' })).toBeChecked();
  expect(screen.getByRole('checkbox', { name: 'Watched S1E5: Friend' })).not.toBeChecked();
});

test('a starred character, episode, scene and quote are listed on My wiki, with links', async () => {
  const character = renderApp('/characters/charlie-spring');
  await screen.findByRole('heading', { level: 1, name: 'Charlie Spring' });
  await character.user.click(screen.getByRole('button', { name: 'Favourite: Charlie Spring' }));
  await waitFor(() =>
    expect(screen.getByRole('button', { name: 'Favourite: Charlie Spring' })).toHaveAttribute(
      'aria-pressed',
      'true',
    ),
  );
  character.unmount();
  const scene = renderApp('/scenes/s1e4-bedroom-after-the-rain');
  await screen.findByRole('heading', { level: 1 });
  const star = screen.getAllByRole('button', { name: /^Favourite: / })[0] as HTMLElement;
  await scene.user.click(star);
  await waitFor(() => expect(star).toHaveAttribute('aria-pressed', 'true'));
  scene.unmount();

  renderApp('/my-wiki');
  const favourites = await screen.findByRole('region', { name: 'Favourites' });
  expect(within(favourites).getByRole('link', { name: 'Charlie Spring' })).toHaveAttribute(
    'href',
    '/characters/charlie-spring',
  );
  expect(within(favourites).getByRole('heading', { name: 'Scenes' })).toBeVisible();
});

test('export then import gives back the same progress and favourites', async () => {
  const files = captureDownloads();
  const nick = { kind: 'character', id: 'nick-nelson', label: 'Nick Nelson' };
  localStorage.setItem(
    STORAGE_KEYS.progress,
    JSON.stringify({ version: 1, state: { watched: ['s1e2', 's1e1'], shield: 'on' } }),
  );
  localStorage.setItem(STORAGE_KEYS.favourites, JSON.stringify({ version: 1, state: [nick] }));
  const { user } = renderApp('/my-wiki');
  await screen.findByRole('heading', { level: 1, name: 'My wiki' });
  await screen.findByRole('link', { name: 'Nick Nelson' });
  await user.click(screen.getByRole('button', { name: 'Export to a file' }));
  expect(files).toHaveLength(1);
  const exported = await (files[0] as Blob).text();

  await user.click(screen.getByRole('button', { name: 'Clear my progress' }));
  await user.click(screen.getByRole('button', { name: 'Remove Nick Nelson' }));
  await waitFor(() => expect(useFan.getState()).toMatchObject({ watched: [], favourites: [] }));

  const input = screen.getByLabelText('Import from a file');
  await user.upload(input, new File([exported], 'my-wiki.json', { type: 'application/json' }));
  expect(await screen.findByText('Imported 1 favourites and 2 watched episodes.')).toBeVisible();
  expect(useFan.getState()).toMatchObject({
    watched: ['s1e1', 's1e2'],
    shield: 'on',
    favourites: [{ kind: 'character', id: 'nick-nelson', label: 'Nick Nelson' }],
  });
  const saved = JSON.parse(localStorage.getItem(STORAGE_KEYS.progress) ?? '{}');
  expect(saved.state.watched).toEqual(['s1e1', 's1e2']);
});

test.each([
  ['a file that is not JSON', 'not json at all', /not valid JSON/],
  [
    'another app’s export',
    JSON.stringify({ format: 'someone-else', favourites: [] }),
    /not a Heartstopper Wiki export/,
  ],
  [
    'an export with no version number',
    JSON.stringify({ format: EXPORT_FORMAT, progress: { watched: [], shield: null }, favourites: [] }),
    /no valid version number/,
  ],
  [
    'an export naming an episode that does not exist',
    JSON.stringify({
      format: EXPORT_FORMAT,
      version: 1,
      progress: { watched: ['s9e9'], shield: null },
      favourites: [],
    }),
    /"progress\.watched\[0\]" is "s9e9"/,
  ],
  [
    'an export with a damaged favourite',
    JSON.stringify({
      format: EXPORT_FORMAT,
      version: 1,
      progress: { watched: [], shield: null },
      favourites: [{ kind: 'spell' }],
    }),
    /"favourites\[0\]" is not a favourite/,
  ],
  [
    'an export from a newer version of the wiki',
    JSON.stringify({
      format: EXPORT_FORMAT,
      version: 7,
      progress: { watched: [], shield: null },
      favourites: [],
    }),
    /newer version of the wiki/,
  ],
])('importing %s is refused with a message and changes nothing', async (_name, text, message) => {
  const { user } = renderApp('/my-wiki');
  await screen.findByRole('heading', { level: 1, name: 'My wiki' });
  await waitFor(() => expect(useFan.getState().loaded).toBe(true));
  await user.click(screen.getByRole('checkbox', { name: 'S1E1: Meet' }));
  const before = localStorage.getItem(STORAGE_KEYS.progress);
  await user.upload(
    screen.getByLabelText('Import from a file'),
    new File([text], 'x.json', { type: 'application/json' }),
  );
  const status = await screen.findByText(/^Nothing was imported\./);
  expect(status).toHaveTextContent(message);
  expect(useFan.getState().watched).toEqual(['s1e1']);
  expect(localStorage.getItem(STORAGE_KEYS.progress)).toBe(before);
});

test('an exported file reads back exactly, and a file too large is refused', () => {
  const text = exportMyWiki({ watched: ['s2e1'], shield: 'off', read: 2 }, [
    { kind: 'episode', id: 's2e1', label: 'S2E1: New' },
  ]);
  expect(parseMyWikiImport(text)).toEqual({
    ok: true,
    progress: { watched: ['s2e1'], shield: 'off', read: 2 },
    favourites: [{ kind: 'episode', id: 's2e1', label: 'S2E1: New' }],
  });
  expect(parseMyWikiImport(' '.repeat(1024 * 1024 + 1))).toMatchObject({ ok: false, message: /too large/ });
});

test('the theme switch applies a theme at once and keeps it for the next visit', async () => {
  const { user } = renderApp('/');
  await screen.findByRole('heading', { level: 1, name: /Heartstopper Wiki/ });
  const theme = screen.getByRole('group', { name: 'Theme' });
  await user.click(within(theme).getByRole('radio', { name: 'Dark' }));
  await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
  expect(JSON.parse(localStorage.getItem(STORAGE_KEYS.theme) ?? '{}')).toEqual({ version: 1, state: 'dark' });
  await user.click(within(theme).getByRole('radio', { name: 'System' }));
  await waitFor(() => expect(document.documentElement.dataset.theme).toBeUndefined());
});
