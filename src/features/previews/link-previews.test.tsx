import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MockInstance } from 'vitest';
import { useFan } from '../../shared/fan-store';
import { currentPath, renderApp } from '../../test/render-app';
import { READY_ATTRIBUTE } from './preview-layer';

let fetchSpy: MockInstance<typeof fetch>;

/** Renders a page and waits until its heading is there and the previews (loaded when idle) listen. */
async function renderPage(path: string, heading: string | RegExp) {
  const app = renderApp(path);
  fetchSpy = vi.spyOn(globalThis, 'fetch');
  expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeVisible();
  await waitFor(() => expect(document.documentElement).toHaveAttribute(READY_ATTRIBUTE, 'ready'));
  return app;
}

/** How many times the page-data file of `key` was requested since the page rendered. */
function requestsFor(key: string): number {
  return fetchSpy.mock.calls.filter(([input]) => String(input).endsWith(`/page-data/${key}.json`)).length;
}

const sleep = (ms: number) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

/** A link added to the page as any route might render it. */
function addLink(href: string, text: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = href;
  link.textContent = text;
  document.getElementById('main')?.append(link);
  return link;
}

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
  act(() => useFan.setState({ loaded: false, watched: [], shield: null }));
});

test('hovering a character link shows its role, actor and first appearance after a short delay', async () => {
  const { user } = await renderPage('/episodes/s1e1', 'Meet');
  const characters = screen.getByRole('region', { name: 'Characters appearing' });
  const link = within(characters).getByRole('link', { name: 'Charlie Spring' });
  await user.hover(link);
  expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

  const card = await screen.findByRole('tooltip');
  await waitFor(() => expect(card).toHaveTextContent('Truham student'));
  expect(card).toHaveTextContent('Charlie Spring');
  expect(card).toHaveTextContent('Played by Joe Locke · first seen in S1E1: Meet');
  expect(link).toHaveAttribute('aria-describedby', card.id);
  expect(within(card).queryByRole('link')).not.toBeInTheDocument();

  await user.unhover(link);
  await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());
  expect(link).not.toHaveAttribute('aria-describedby');
});

test('a pointer that only passes over a link opens nothing', async () => {
  const { user } = await renderPage('/episodes/s1e1', 'Meet');
  const characters = screen.getByRole('region', { name: 'Characters appearing' });
  await user.hover(within(characters).getByRole('link', { name: 'Charlie Spring' }));
  await sleep(100);
  await user.unhover(within(characters).getByRole('link', { name: 'Charlie Spring' }));
  await sleep(500);
  expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  expect(requestsFor('characters/charlie-spring')).toBe(0);
});

test('focusing a link shows its preview, and moving focus on hides it', async () => {
  await renderPage('/episodes/s1e4', 'Secret');
  const scenes = screen.getByRole('region', { name: 'Scenes' });
  const link = within(scenes).getByRole('link', { name: 'Bedroom after the rain' });
  act(() => link.focus());
  const card = await screen.findByRole('tooltip');
  await waitFor(() => expect(card).toHaveTextContent('S1E4: Secret · Cold open · Charlie’s front door'));
  expect(card).toHaveTextContent('Bedroom after the rain');
  expect(card).toHaveTextContent(
    /^Bedroom after the rain.*Wet through from running over in the rain, [^.]+\.$/,
  );
  expect(link).toHaveAttribute('aria-describedby', card.id);

  act(() => link.blur());
  expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
});

test('Escape hides the preview until the pointer leaves the link and comes back', async () => {
  const { user } = await renderPage('/episodes/s1e1', 'Meet');
  const characters = screen.getByRole('region', { name: 'Characters appearing' });
  const link = within(characters).getByRole('link', { name: 'Nick Nelson' });
  await user.hover(link);
  expect(await screen.findByRole('tooltip')).toBeVisible();

  await user.keyboard('{Escape}');
  expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  expect(link).not.toHaveAttribute('aria-describedby');
  fireEvent.pointerOver(link, { pointerType: 'mouse' });
  await sleep(500);
  expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

  await user.hover(characters);
  await user.hover(link);
  expect(await screen.findByRole('tooltip')).toBeVisible();
});

test('an episode link previews its code, title, release date and first sentence', async () => {
  const { user } = await renderPage('/episodes/s1e4', 'Secret');
  await user.hover(screen.getByRole('link', { name: 'S1E5: Friend →' }));
  const card = await screen.findByRole('tooltip');
  await waitFor(() => expect(card).toHaveTextContent('Season 1, episode 5 · released 22 April 2022'));
  expect(card).toHaveTextContent(/^S1E5: Friend/);
});

test('a scene anchor on an episode link previews that scene', async () => {
  const { user } = await renderPage('/characters/nick-nelson', 'Nick Nelson');
  const appearances = screen.getByRole('region', { name: 'Appearances by episode' });
  await user.hover(within(appearances).getByRole('link', { name: /bedroom after the rain/i }));
  const card = await screen.findByRole('tooltip');
  await waitFor(() => expect(card).toHaveTextContent(/^Bedroom after the rainS1E4: Secret · Cold open/));
});

test('links to the page itself, to other kinds of page and to other sites show nothing', async () => {
  const { user } = await renderPage('/episodes/s1e1', 'Meet');
  const links = [
    addLink('/episodes/s1e1', 'This very episode'),
    addLink('/episodes/s1e1#s1e1-some-scene', 'A scene on this page'),
    addLink('https://example.org/characters/charlie-spring', 'Another site'),
    addLink('/actors/joe-locke', 'An actor'),
    screen.getByRole('navigation', { name: 'Main' }).querySelector('a') as HTMLAnchorElement,
  ];
  for (const link of links) {
    await user.hover(link);
    await sleep(400);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.unhover(link);
  }
  expect(fetchSpy).not.toHaveBeenCalled();
});

test('a page already loaded is previewed from the cache, with no request', async () => {
  const { user } = await renderPage('/characters/charlie-spring', 'Charlie Spring');
  const infobox = screen.getByRole('complementary', { name: 'At a glance' });
  await user.click(within(infobox).getByRole('link', { name: 'S1E1: Meet' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Meet' })).toBeVisible();
  expect(requestsFor('episodes/s1e1')).toBe(1);

  const characters = screen.getByRole('region', { name: 'Characters appearing' });
  await user.hover(within(characters).getByRole('link', { name: 'Charlie Spring' }));
  const card = await screen.findByRole('tooltip');
  // Straight from the cache: no "Loading…" step.
  expect(card).toHaveTextContent('Truham student');
  expect(requestsFor('characters/charlie-spring')).toBe(0);
});

test('a previewed page is in the cache when the fan follows the link', async () => {
  const { user } = await renderPage('/episodes/s1e1', 'Meet');
  const characters = screen.getByRole('region', { name: 'Characters appearing' });
  const link = within(characters).getByRole('link', { name: 'Ben Hope' });
  await user.hover(link);
  await waitFor(() => expect(screen.getByRole('tooltip')).toHaveTextContent('Played by'));
  expect(requestsFor('characters/ben-hope')).toBe(1);

  await user.click(link);
  expect(await screen.findByRole('heading', { level: 1, name: 'Ben Hope' })).toBeVisible();
  expect(currentPath()).toBe('/characters/ben-hope');
  expect(requestsFor('characters/ben-hope')).toBe(1);
  expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
});

test('with the spoiler shield on, a later character’s preview names only the episode', async () => {
  const { user } = await renderPage('/episodes/s1e1', 'Meet');
  // Once the page has read what is saved (a read after this would replace it).
  await waitFor(() => expect(useFan.getState().loaded).toBe(true));
  act(() => useFan.setState({ watched: ['s1e1', 's1e2', 's1e3', 's1e4'], shield: null }));
  const link = addLink('/characters/david-nelson', 'David Nelson');
  await user.hover(link);
  const card = await screen.findByRole('tooltip');
  await waitFor(() =>
    expect(card).toHaveTextContent('Spoiler: S2E2 — open the page to choose whether to reveal'),
  );
  expect(card).not.toHaveTextContent('David Nelson');
  expect(card).not.toHaveTextContent('Played by');

  // Earlier characters are shown in full.
  await user.unhover(link);
  await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());
  const characters = screen.getByRole('region', { name: 'Characters appearing' });
  await user.hover(within(characters).getByRole('link', { name: 'Charlie Spring' }));
  await waitFor(() => expect(screen.getByRole('tooltip')).toHaveTextContent('Truham student'));
});

test('after “Show this page anyway”, previews of that page’s links show what the page shows, and no more once the fan leaves', async () => {
  const { user } = renderApp('/episodes/s2e5');
  fetchSpy = vi.spyOn(globalThis, 'fetch');
  // Once the page has read what is saved (a read after this would replace it).
  await waitFor(() => expect(useFan.getState().loaded).toBe(true));
  act(() => useFan.setState({ watched: ['s1e1', 's1e2', 's1e3', 's1e4'], shield: null }));
  await user.click(await screen.findByRole('button', { name: 'Show this page anyway' }));
  await waitFor(() => expect(document.documentElement).toHaveAttribute(READY_ATTRIBUTE, 'ready'));

  // David Nelson first appears in S2E2, before this page's S2E5: the page shows him, so his card does too.
  const david = addLink('/characters/david-nelson', 'David Nelson');
  await user.hover(david);
  const card = await screen.findByRole('tooltip');
  await waitFor(() => expect(card).toHaveTextContent('David Nelson'));
  expect(card).not.toHaveTextContent('Spoiler');
  await user.unhover(david);
  await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());

  // A character from after S2E5 is still hidden on this page.
  const later = addLink('/characters/michael-holden', 'Michael Holden');
  await user.hover(later);
  await waitFor(() => expect(screen.getByRole('tooltip')).toHaveTextContent('Spoiler: S3E1'));
  await user.unhover(later);
  await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());

  // On the next page the fan has not chosen to reveal, David's card is a spoiler again.
  const previous = screen.getAllByRole('link').find((link) => link.getAttribute('href') === '/episodes/s2e4');
  await user.click(previous as HTMLElement);
  expect(await screen.findByRole('heading', { level: 1, name: 'Spoiler warning: S2E4' })).toBeVisible();
  expect(currentPath()).toBe('/episodes/s2e4');
  const again = addLink('/characters/david-nelson', 'David Nelson');
  await user.hover(again);
  await waitFor(() => expect(screen.getByRole('tooltip')).toHaveTextContent('Spoiler: S2E2'));
});

test('a page that cannot load shows no preview and logs nothing', async () => {
  const { user } = await renderPage('/episodes/s1e1', 'Meet');
  const errors = vi.spyOn(console, 'error');
  fetchSpy.mockImplementation(() => Promise.reject(new TypeError('Failed to fetch')));
  await user.hover(addLink('/characters/nobody-at-all', 'Nobody'));
  expect(await screen.findByRole('tooltip')).toHaveTextContent('Loading…');
  await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());
  expect(errors).not.toHaveBeenCalled();
});

test('on touch, a long press opens the preview and cancels the navigation; a tap elsewhere closes it', async () => {
  await renderPage('/episodes/s1e1', 'Meet');
  const characters = screen.getByRole('region', { name: 'Characters appearing' });
  const link = within(characters).getByRole('link', { name: 'Charlie Spring' });
  const touch = { pointerType: 'touch', pointerId: 7, isPrimary: true, clientX: 10, clientY: 10 };
  fireEvent.pointerDown(link, touch);
  await sleep(600);
  expect(await screen.findByRole('tooltip')).toBeVisible();
  fireEvent.pointerUp(link, touch);
  expect(fireEvent.contextMenu(link)).toBe(false);
  expect(fireEvent.click(link)).toBe(false);
  expect(currentPath()).toBe('/episodes/s1e1');
  expect(screen.getByRole('tooltip')).toBeVisible();

  fireEvent.pointerDown(screen.getByRole('heading', { level: 1 }), { ...touch, pointerId: 8 });
  expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

  // A short tap is still a tap: it navigates.
  fireEvent.pointerDown(link, { ...touch, pointerId: 9 });
  fireEvent.pointerUp(link, { ...touch, pointerId: 9 });
  fireEvent.click(link);
  expect(await screen.findByRole('heading', { level: 1, name: 'Charlie Spring' })).toBeVisible();
});
