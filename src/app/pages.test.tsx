import { screen, waitFor, within } from '@testing-library/react';
import { currentPath, renderApp, sitePages } from '../test/render-app';

test('the home page features Alice Oseman’s favourite scene, linked to its scene and episode', async () => {
  renderApp('/');
  const featured = await screen.findByRole('region', { name: 'Alice Oseman’s favourite scene' });
  expect(
    within(featured).getByText(/It’s the scene in Charlie’s bedroom at the start of episode 4/),
  ).toBeVisible();
  expect(within(featured).getByRole('link', { name: 'Alice Oseman' })).toHaveAttribute(
    'href',
    '/people/alice-oseman',
  );
  const sceneLink = within(featured).getByRole('link', { name: /bedroom/i });
  expect(sceneLink).toHaveAttribute('href', '/scenes/s1e4-bedroom-after-the-rain');
  expect(within(featured).getByRole('link', { name: 'S1E4: Secret' })).toHaveAttribute(
    'href',
    '/episodes/s1e4',
  );
});

test('the home page lists the three seasons and the commentary feed newest first', async () => {
  renderApp('/');
  expect(await screen.findByRole('heading', { level: 1, name: /Heartstopper Wiki/ })).toBeVisible();
  const seasons = screen.getByRole('region', { name: 'The seasons' });
  for (const season of [1, 2, 3]) {
    expect(within(seasons).getByRole('link', { name: `Season ${season}` })).toHaveAttribute(
      'href',
      `/episodes#season-${season}`,
    );
  }
  const feed = screen.getByRole('region', { name: 'What the creator and cast have said' });
  const dates = within(feed)
    .getAllByRole('time')
    .map((time) => time.getAttribute('datetime') ?? '');
  expect(dates.length).toBeGreaterThanOrEqual(8);
  expect([...dates].sort().reverse()).toEqual(dates);
});

test('a fan can walk from the home page to Joe Locke through the favourite scene', async () => {
  const { user } = renderApp('/');
  const featured = await screen.findByRole('region', { name: 'Alice Oseman’s favourite scene' });
  await user.click(within(featured).getByRole('link', { name: 'Favourite scene' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Favourite scene' })).toBeVisible();
  expect(currentPath()).toBe('/commentary/oseman-favourite-scene');

  const subjects = screen.getByRole('region', { name: 'What it is about' });
  await user.click(within(subjects).getByRole('link', { name: /bedroom/i }));
  expect(await screen.findByText(/Scene 1 of \d+ in S1E4: Secret/)).toBeVisible();

  await user.click(screen.getAllByRole('link', { name: 'S1E4: Secret' })[0] as HTMLElement);
  expect(await screen.findByRole('heading', { level: 1, name: 'Secret' })).toBeVisible();
  expect(currentPath()).toBe('/episodes/s1e4');

  const characters = screen.getByRole('region', { name: 'Characters appearing' });
  await user.click(within(characters).getByRole('link', { name: 'Charlie Spring' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Charlie Spring' })).toBeVisible();

  const infobox = screen.getByRole('complementary', { name: 'At a glance' });
  await user.click(within(infobox).getByRole('link', { name: 'Joe Locke' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Joe Locke' })).toBeVisible();
  expect(currentPath()).toBe('/actors/joe-locke');
  expect(screen.getAllByRole('link', { name: 'Charlie Spring' })[0]).toHaveAttribute(
    'href',
    '/characters/charlie-spring',
  );
});

test('a character page shows who plays them, their relationships, appearances and sources', async () => {
  renderApp('/characters/nick-nelson');
  expect(await screen.findByRole('heading', { level: 1, name: 'Nick Nelson' })).toBeVisible();
  // The tab's title follows once the page has rendered (an effect): wait for it, as a fan's tab would show it.
  await waitFor(() => expect(document.title).toBe('Nick Nelson · Heartstopper Wiki'));
  const infobox = screen.getByRole('complementary', { name: 'At a glance' });
  expect(within(infobox).getByRole('link', { name: 'Kit Connor' })).toHaveAttribute(
    'href',
    '/actors/kit-connor',
  );
  expect(within(infobox).getByRole('link', { name: 'S1E1: Meet' })).toBeVisible();
  const relationships = screen.getByRole('region', { name: 'Relationships' });
  expect(within(relationships).getByText('Partner:').parentElement).toHaveTextContent(
    /Charlie Spring.*from S1E8/,
  );
  expect(within(relationships).getByRole('link', { name: 'Sarah Nelson' }).parentElement).toHaveTextContent(
    /^Parent:/,
  );
  const appearances = screen.getByRole('region', { name: 'Appearances by episode' });
  expect(within(appearances).getByRole('link', { name: 'S1E4: Secret' })).toBeVisible();
  expect(within(appearances).getByRole('link', { name: /bedroom/i })).toHaveAttribute(
    'href',
    '/episodes/s1e4#s1e4-bedroom-after-the-rain',
  );
  expect(screen.getByRole('region', { name: 'Sources' })).toBeVisible();
  expect(screen.getByRole('region', { name: 'What links here' })).toBeVisible();
});

test('What links here on a character page does not list again the relationships it shields above', async () => {
  renderApp('/characters/nick-nelson');
  expect(await screen.findByRole('heading', { level: 1, name: 'Nick Nelson' })).toBeVisible();
  const relationships = screen.getByRole('region', { name: 'Relationships' });
  expect(within(relationships).getByRole('link', { name: 'Stéphane Nelson' })).toBeVisible();
  const backlinks = screen.getByRole('region', { name: 'What links here' });
  expect(within(backlinks).queryByRole('link', { name: 'Stéphane Nelson' })).toBeNull();
  expect(within(backlinks).queryByText(/relationship:/)).toBeNull();
  expect(within(backlinks).getByText('Nothing else in the wiki links here yet.')).toBeVisible();
});

test('an episode page lists its scenes in order with anchors, its credits and its neighbours', async () => {
  renderApp('/episodes/s1e4');
  expect(await screen.findByRole('heading', { level: 1, name: 'Secret' })).toBeVisible();
  expect(screen.getByText('Season 1, episode 4 · S1E4')).toBeVisible();
  expect(screen.getByText('22 April 2022')).toBeVisible();
  expect(screen.getAllByRole('link', { name: 'Euros Lyn' })[0]).toHaveAttribute('href', '/people/euros-lyn');
  expect(screen.getAllByRole('link', { name: 'Alice Oseman' })[0]).toHaveAttribute(
    'href',
    '/people/alice-oseman',
  );
  const scenes = within(screen.getByRole('region', { name: 'Scenes' })).getAllByRole('listitem');
  const sceneItems = scenes.filter((item) => item.classList.contains('scene-item'));
  expect(sceneItems[0]).toHaveAttribute('id', 's1e4-bedroom-after-the-rain');
  expect(sceneItems.map((item) => item.id)).toContain('s1e4-rugby-match-st-johns');
  expect(screen.getByRole('link', { name: '← S1E3: Kiss' })).toHaveAttribute('href', '/episodes/s1e3');
  expect(screen.getByRole('link', { name: 'S1E5: Friend →' })).toHaveAttribute('href', '/episodes/s1e5');
  const commentary = screen.getByRole('region', { name: 'Commentary' });
  expect(within(commentary).getByRole('link', { name: 'Favourite scene' })).toBeVisible();
});

test('the rugby match scene says its link to the rainy match is unconfirmed', async () => {
  renderApp('/scenes/s1e4-rugby-match-st-johns');
  expect(await screen.findByRole('heading', { level: 1, name: /St John/ })).toBeVisible();
  expect(screen.getByRole('complementary', { name: 'Not yet confirmed' })).toHaveTextContent(/raining/);
  const commentary = screen.getByRole('region', { name: 'Commentary' });
  expect(within(commentary).getByText(/unconfirmed link/)).toBeVisible();
});

test('a scene page shows its episode, position, characters and neighbouring scenes', async () => {
  renderApp('/scenes/s1e4-bedroom-after-the-rain');
  expect(await screen.findByText(/Scene 1 of \d+ in S1E4: Secret/)).toBeVisible();
  const characters = screen.getByRole('region', { name: 'Characters in this scene' });
  expect(within(characters).getByRole('link', { name: 'Nick Nelson' })).toBeVisible();
  expect(within(characters).getByRole('link', { name: 'Charlie Spring' })).toBeVisible();
  expect(screen.getByRole('link', { name: 'see it in the episode’s scene list' })).toHaveAttribute(
    'href',
    '/episodes/s1e4#s1e4-bedroom-after-the-rain',
  );
  expect(screen.getByRole('navigation', { name: 'Scenes in this episode' })).toHaveTextContent('→');
});

test('a commentary page gives the exact quote with full attribution and a link to the source', async () => {
  renderApp('/commentary/oseman-hardest-scene-rugby');
  expect(await screen.findByRole('heading', { level: 1 })).toBeVisible();
  expect(screen.getByText(/“Like, practically, yeah, rugby,”/)).toBeVisible();
  const attribution = screen.getByRole('region', { name: 'Attribution' });
  expect(attribution).toHaveTextContent('Radio Times');
  expect(attribution).toHaveTextContent('Lewis Knight');
  expect(attribution).toHaveTextContent('BFI Future Film Festival, 17 February 2023');
  expect(within(attribution).getByRole('link', { name: /favourite scene/i })).toHaveAttribute(
    'href',
    expect.stringMatching(/^https:\/\/(www\.)?radiotimes\.com\//),
  );
});

test('an actor page lists the roles they play and what they have said', async () => {
  renderApp('/actors/kit-connor');
  expect(await screen.findByRole('heading', { level: 1, name: 'Kit Connor' })).toBeVisible();
  expect(screen.getByRole('region', { name: 'Roles in Heartstopper' })).toHaveTextContent('Nick Nelson');
  expect(screen.getByRole('region', { name: 'Commentary they gave' })).toBeVisible();
});

test('a person page shows the episodes they wrote and directed and their pronouns', async () => {
  renderApp('/people/alice-oseman');
  expect(await screen.findByRole('heading', { level: 1, name: 'Alice Oseman' })).toBeVisible();
  expect(screen.getByText('she/they')).toBeVisible();
  expect(screen.getByRole('heading', { name: 'Wrote (24 episodes)' })).toBeVisible();
  const said = screen.getByRole('region', { name: 'Commentary they gave' });
  expect(within(said).getByRole('link', { name: 'Favourite scene' })).toHaveAttribute(
    'href',
    '/commentary/oseman-favourite-scene',
  );
});

test('the index pages link to every character, actor, person, episode, scene and statement', async () => {
  const pages = sitePages();
  const hrefsOf = (key: string): string[] => {
    const data = pages.page(key);
    switch (data?.kind) {
      case 'characters':
      case 'commentary-index':
        return data.items.map((item) => item.href);
      case 'actors':
        return [...data.items, ...data.people].map((item) => item.href);
      case 'episodes':
        return data.seasons.flatMap((season) => season.episodes.map((episode) => episode.href));
      case 'scenes':
        return data.episodes.flatMap((group) => group.scenes.map((scene) => scene.href));
      default:
        return [];
    }
  };
  const cases = [
    ['/characters', 'Characters', 'characters', 33],
    ['/actors', 'Cast and crew', 'actors', 36],
    ['/episodes', 'Episodes', 'episodes', 24],
    ['/scenes', 'Scenes', 'scenes', 48],
    ['/commentary', 'Commentary', 'commentary', 3],
  ] as const;
  for (const [path, heading, key, atLeast] of cases) {
    const { unmount, container } = renderApp(path);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeVisible();
    const expected = hrefsOf(key);
    expect(expected.length).toBeGreaterThanOrEqual(atLeast);
    const shown = new Set([...container.querySelectorAll('main a')].map((link) => link.getAttribute('href')));
    expect(expected.filter((href) => !shown.has(href))).toEqual([]);
    unmount();
  }
});

test('an alternate name leads to the canonical character page', async () => {
  renderApp('/characters/nicholas-nelson');
  expect(await screen.findByRole('heading', { level: 1, name: 'Nick Nelson' })).toBeVisible();
  expect(currentPath()).toBe('/characters/nick-nelson');
});

test('upper-case and trailing-slash addresses redirect to the canonical address', async () => {
  renderApp('/episodes/S1E4/');
  expect(await screen.findByRole('heading', { level: 1, name: 'Secret' })).toBeVisible();
  expect(currentPath()).toBe('/episodes/s1e4');
});

test('other spellings of an episode code lead to the episode', async () => {
  renderApp('/episodes/s01e04#s1e4-bedroom-after-the-rain');
  expect(await screen.findByRole('heading', { level: 1, name: 'Secret' })).toBeVisible();
  expect(currentPath()).toBe('/episodes/s1e4#s1e4-bedroom-after-the-rain');
});

test.each([
  ['an unknown path', '/no-such-page'],
  ['an unknown character', '/characters/not-a-character'],
  ['an episode that does not exist', '/episodes/s1e9'],
  ['an unknown scene', '/scenes/rugby'],
  ['an unknown commentary item', '/commentary/nothing'],
  ['a path below an entity', '/characters/nick-nelson/extra'],
])('%s renders a helpful 404 page with search and links to the indexes', async (_name, path) => {
  renderApp(path);
  expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  expect(screen.getByRole('searchbox', { name: 'Search for what you were looking for' })).toBeVisible();
  expect(screen.getByRole('link', { name: 'All characters' })).toHaveAttribute('href', '/characters');
  expect(screen.getByRole('link', { name: 'All episodes' })).toHaveAttribute('href', '/episodes');
});

test('the header search finds a character by name', async () => {
  const { user } = renderApp('/');
  await screen.findByRole('heading', { level: 1, name: /Heartstopper Wiki/ });
  await user.type(screen.getByRole('combobox', { name: 'Search the wiki' }), 'charlie{Enter}');
  expect(await screen.findByText(/results? for “charlie”/)).toBeVisible();
  expect(currentPath()).toBe('/search?q=charlie');
  expect(screen.getByRole('link', { name: 'Charlie Spring' })).toHaveAttribute(
    'href',
    '/characters/charlie-spring',
  );
});

test('the music page lists songs under their episodes and names the composer of the score', async () => {
  renderApp('/music');
  expect(await screen.findByRole('heading', { level: 1, name: 'Music' })).toBeVisible();
  expect(screen.getByRole('link', { name: 'Adiescar Chase' })).toHaveAttribute(
    'href',
    '/people/adiescar-chase',
  );
  const season2 = screen.getByRole('region', { name: 'Season 2' });
  const finale = within(season2).getByRole('link', { name: 'ur so pretty' }).closest('section');
  expect(finale).not.toBeNull();
  expect(within(finale as HTMLElement).getByRole('heading', { level: 3 })).toHaveTextContent('S2E8');
});

test('a place in the story names the real places that played it', async () => {
  renderApp('/places/menorca');
  expect(await screen.findByRole('heading', { level: 1, name: 'Menorca' })).toBeVisible();
  const filmedAt = screen.getByText('Filmed at').nextElementSibling as HTMLElement;
  expect(within(filmedAt).getByRole('link', { name: 'Cala Llombards' })).toHaveAttribute(
    'href',
    '/places/cala-llombards',
  );
});

test('a filming place names the places in the story it played', async () => {
  renderApp('/places/santanyi-church');
  expect(await screen.findByRole('heading', { level: 1, name: 'Church of Santanyí' })).toBeVisible();
  const played = screen.getByText('Played').nextElementSibling as HTMLElement;
  expect(within(played).getByRole('link', { name: 'Menorca' })).toHaveAttribute('href', '/places/menorca');
});

test('a person behind the camera lists each job with the seasons they did it for', async () => {
  renderApp('/people/adiescar-chase');
  expect(await screen.findByRole('heading', { level: 1, name: 'Adiescar Chase' })).toBeVisible();
  expect(screen.getByText('Credits').nextElementSibling).toHaveTextContent('composer, seasons 1 and 2');
});

test('the cast and crew page says who joined the cast and who left it, season by season', async () => {
  renderApp('/actors');
  expect(await screen.findByRole('heading', { level: 1, name: 'Cast and crew' })).toBeVisible();
  const season3 = within(screen.getByRole('region', { name: 'Cast changes' })).getByRole('region', {
    name: 'Season 3',
  });
  const colman = within(season3).getByRole('link', { name: 'Olivia Colman' }).closest('li');
  expect(colman).toHaveTextContent(/Olivia Colman left \(Sarah Nelson\)/);
});
