import episodes from 'virtual:episode-list';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { Profiler } from 'react';
import { renderApp } from '../test/render-app';
import { STORAGE_KEYS } from './fan-state';
import { useFan } from './fan-store';
import { Spoiler } from './spoiler';

/** How far the fan has got, saved as a previous visit would have left it. */
const PROGRESS_POINTS = {
  'none watched, shield on': { watched: [] as string[], shield: 'on' as const },
  'watched up to S1E4': { watched: ['s1e1', 's1e2', 's1e3', 's1e4'], shield: null },
  'everything watched': { watched: episodes.map((episode) => episode.code), shield: null },
};
type Point = keyof typeof PROGRESS_POINTS;

function savedProgress(point: Point) {
  localStorage.setItem(STORAGE_KEYS.progress, JSON.stringify({ version: 1, state: PROGRESS_POINTS[point] }));
}

/** Waits until the saved progress has been read and applied, before asserting that nothing is hidden. */
const savedStateApplied = () => waitFor(() => expect(useFan.getState().loaded).toBe(true));

const gate = (code: string) => screen.queryByRole('heading', { level: 1, name: `Spoiler warning: ${code}` });

describe('the character page', () => {
  test('with nothing watched and the shield on, even Nick’s page waits behind a warning', async () => {
    savedProgress('none watched, shield on');
    renderApp('/characters/nick-nelson');
    expect(await screen.findByRole('heading', { level: 1, name: 'Spoiler warning: S1E1' })).toBeVisible();
    expect(screen.queryByText(/Partner/)).toBeNull();
  });

  test('at S1E4, Nick’s page shows but his relationship with Charlie (from S1E8) is hidden until revealed', async () => {
    savedProgress('watched up to S1E4');
    const { user } = renderApp('/characters/nick-nelson');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nick Nelson' })).toBeVisible();
    const relationships = screen.getByRole('region', { name: 'Relationships' });
    await waitFor(() => expect(within(relationships).queryByText('Partner:')).toBeNull());
    const reveal = within(relationships).getByRole('button', {
      name: 'Spoiler from S1E8: a relationship. Reveal',
    });
    expect(reveal).toHaveTextContent('Spoiler: S1E8, reveal');
    await user.click(reveal);
    expect(within(relationships).getByText('Partner:')).toBeVisible();
    expect(within(relationships).getAllByRole('link', { name: 'Charlie Spring' })[0]).toBeVisible();
  });

  test('at S1E4, a character who first appears in season 2 is behind a warning that can be passed', async () => {
    savedProgress('watched up to S1E4');
    const { user } = renderApp('/characters/david-nelson');
    expect(await screen.findByRole('heading', { level: 1, name: 'Spoiler warning: S2E2' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Show this page anyway' }));
    expect(screen.getByRole('heading', { level: 1, name: 'David Nelson' })).toBeVisible();
  });

  test('with everything watched, nothing on Nick’s page is hidden', async () => {
    savedProgress('everything watched');
    renderApp('/characters/nick-nelson');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nick Nelson' })).toBeVisible();
    await savedStateApplied();
    expect(screen.getAllByText(/Partner/)[0]).toBeVisible();
    expect(screen.queryByRole('button', { name: /Spoiler from/ })).toBeNull();
  });
});

describe('the episode page', () => {
  test('with nothing watched and the shield on, the first episode waits behind a warning', async () => {
    savedProgress('none watched, shield on');
    renderApp('/episodes/s1e1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Spoiler warning: S1E1' })).toBeVisible();
  });

  test('at S1E4, S1E4 itself shows and a deep link to S2E5 warns first, then shows on request', async () => {
    savedProgress('watched up to S1E4');
    const first = renderApp('/episodes/s1e4');
    expect(await screen.findByRole('heading', { level: 1, name: 'Secret' })).toBeVisible();
    first.unmount();
    const { user } = renderApp('/episodes/s2e5');
    expect(await screen.findByRole('heading', { level: 1, name: 'Spoiler warning: S2E5' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Synopsis' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show this page anyway' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Heat' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Synopsis' })).toBeVisible();
    // Revealing the page reveals what is on it: no second layer of warnings.
    expect(screen.queryByRole('button', { name: /Spoiler from S2E5/ })).toBeNull();
  });

  test('with everything watched, the last episode shows without a warning', async () => {
    savedProgress('everything watched');
    renderApp('/episodes/s3e8');
    await savedStateApplied();
    expect(await screen.findByRole('heading', { level: 1, name: 'Apart' })).toBeVisible();
    expect(gate('S3E8')).toBeNull();
  });
});

describe('search', () => {
  async function suggestFor(query: string) {
    const app = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: /Heartstopper Wiki/ });
    const box = screen.getByRole('combobox', { name: 'Search the wiki' });
    await app.user.type(box, query);
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(1));
    return screen.getByRole('listbox', { name: 'Suggestions' });
  }

  test('with nothing watched and the shield on, suggestions hide every name', async () => {
    savedProgress('none watched, shield on');
    const listbox = await suggestFor('nick');
    expect(within(listbox).queryByText('Nick Nelson')).toBeNull();
    expect(within(listbox).getAllByText('Hidden by your spoiler shield').length).toBeGreaterThan(0);
  });

  test('at S1E4, Nick is suggested by name', async () => {
    savedProgress('watched up to S1E4');
    const nick = await suggestFor('nick');
    await savedStateApplied();
    expect(within(nick).getByText(/Nelson/)).toBeVisible();
    screen.getByRole('combobox', { name: 'Search the wiki' }).blur();
  });

  test('at S1E4, a later character’s suggestion names only the episode that reveals it', async () => {
    savedProgress('watched up to S1E4');
    const listbox = await suggestFor('michael holden');
    expect(within(listbox).queryByText(/Holden/)).toBeNull();
    expect(within(listbox).getByText('Spoiler: S3E1, open to choose whether to reveal')).toBeVisible();
  });

  test('at S1E4, full results for a later character are hidden behind a reveal button', async () => {
    savedProgress('watched up to S1E4');
    const { user } = renderApp('/search?q=michael+holden');
    const reveal = await screen.findAllByRole('button', {
      name: /Spoiler from S3E1: a search result\. Reveal/,
    });
    expect(screen.queryByRole('link', { name: /Michael Holden/ })).toBeNull();
    await user.click(reveal[0] as HTMLElement);
    expect(screen.getAllByRole('link', { name: /Michael Holden/ })[0]).toBeVisible();
  });

  test('at S1E4, Nick’s result shows but the passage of his description that tells of S2E8 waits behind a reveal button', async () => {
    savedProgress('watched up to S1E4');
    const { user } = renderApp('/search?q=nick+nelson');
    await savedStateApplied();
    const link = (await screen.findAllByRole('link', { name: 'Nick Nelson' }))[0] as HTMLElement;
    const result = link.closest('li') as HTMLElement;
    expect(result.querySelector('.search-result__snippet')).toBeNull();
    await user.click(
      within(result).getByRole('button', {
        name: 'Spoiler from S2E8: a passage of the description. Reveal',
      }),
    );
    expect(result.querySelector('.search-result__snippet')?.textContent).toMatch(/\w{3,}/);
  });

  test('at S1E4, the actor who plays a later character is hidden too: “Plays Michael Holden” would tell', async () => {
    savedProgress('watched up to S1E4');
    const { user } = renderApp('/search?q=darragh+hand');
    await savedStateApplied();
    const reveal = await screen.findAllByRole('button', {
      name: /Spoiler from S3E1: a search result\. Reveal/,
    });
    expect(screen.queryByText(/Michael Holden/)).toBeNull();
    expect(screen.queryByRole('link', { name: 'Darragh Hand' })).toBeNull();
    await user.click(reveal[0] as HTMLElement);
    expect(screen.getByRole('link', { name: 'Darragh Hand' })).toBeVisible();
    expect(screen.getByText('Plays Michael Holden')).toBeVisible();
  });

  test('with everything watched, results show every match by name', async () => {
    savedProgress('everything watched');
    renderApp('/search?q=michael+holden');
    await savedStateApplied();
    expect((await screen.findAllByRole('link', { name: /Michael Holden/ }))[0]).toBeVisible();
    expect(screen.queryByRole('button', { name: /Spoiler from/ })).toBeNull();
  });

  test('with everything watched, Nick’s description passage shows at once', async () => {
    savedProgress('everything watched');
    renderApp('/search?q=nick+nelson');
    await savedStateApplied();
    const link = (await screen.findAllByRole('link', { name: 'Nick Nelson' }))[0] as HTMLElement;
    expect(link.closest('li')?.querySelector('.search-result__snippet')?.textContent).toMatch(/\w{3,}/);
    expect(screen.queryByRole('button', { name: /a passage of the description/ })).toBeNull();
  });
});

test('a newcomer is offered the shield, not given it: nothing is hidden until they choose', async () => {
  const { user } = renderApp('/episodes/s2e5');
  expect(await screen.findByRole('heading', { level: 1, name: 'Heat' })).toBeVisible();
  const offer = await screen.findByRole('complementary', { name: 'Spoiler shield' });
  await user.click(within(offer).getByRole('button', { name: 'No thanks' }));
  expect(screen.queryByRole('complementary', { name: 'Spoiler shield' })).toBeNull();
  expect(screen.getByRole('heading', { level: 1, name: 'Heat' })).toBeVisible();
});

describe('a spoiler mark, as the fan’s saved state arrives after the page has hydrated', () => {
  const fromS1E8 = { code: 's1e8', overall: 8 };

  function renderMark() {
    let drawn = 0;
    render(
      <Profiler id="mark" onRender={() => (drawn += 1)}>
        <Spoiler mark={fromS1E8} what="a relationship">
          <span>Partner: Charlie Spring</span>
        </Spoiler>
      </Profiler>,
    );
    return { drawnAgain: () => drawn - 1 };
  }

  test('is not drawn again when the state leaves the shield off, as it does for most fans', () => {
    const { drawnAgain } = renderMark();
    act(() => useFan.setState({ loaded: true, shield: 'off', watched: ['s1e1'] }));
    expect(drawnAgain()).toBe(0);
    expect(screen.getByText('Partner: Charlie Spring')).toBeVisible();
  });

  test('is hidden behind a reveal button when the state turns the shield on before its episode', () => {
    const { drawnAgain } = renderMark();
    act(() => useFan.setState({ loaded: true, shield: 'on', watched: ['s1e1', 's1e2', 's1e3', 's1e4'] }));
    expect(drawnAgain()).toBe(1);
    expect(screen.queryByText('Partner: Charlie Spring')).toBeNull();
    expect(screen.getByRole('button', { name: 'Spoiler from S1E8: a relationship. Reveal' })).toBeVisible();
  });
});
