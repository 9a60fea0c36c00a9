import { act, screen, waitFor, within } from '@testing-library/react';
import { layoutGraph } from '../../content/map-layout';
import type { AppearancesPageData, RelationshipsPageData } from '../../content/pages/glance';
import { useFan } from '../../shared/fan-store';
import { renderApp, sitePages } from '../../test/render-app';

function pageData<K extends 'appearances' | 'relationships'>(key: K) {
  const data = sitePages().page(key);
  if (data?.kind !== key) throw new Error(`no ${key} page data`);
  return data as K extends 'appearances' ? AppearancesPageData : RelationshipsPageData;
}

const episodes = () => sitePages().episodeList();
const codesUpTo = (code: string) => {
  const through = episodes().find((episode) => episode.code === code)?.overall ?? 0;
  return episodes()
    .filter((episode) => episode.overall <= through)
    .map((episode) => episode.code);
};
const overallOf = (code: string) => episodes().find((episode) => episode.code === code)?.overall ?? 0;

/** Sets the fan's progress once the page is up (the layout reads saved state when it mounts). */
/**
 * Sets the fan's progress once the page has read what is saved (it reads once, after its first render, and a
 * read after this would replace it).
 */
async function setProgress(watched: string[], shield: 'on' | 'off' | null = null) {
  await waitFor(() => expect(useFan.getState().loaded).toBe(true));
  act(() => useFan.setState({ watched, shield }));
}

afterEach(() => {
  localStorage.clear();
  act(() => useFan.setState({ loaded: false, watched: [], shield: null }));
});

describe('appearance grid data', () => {
  test('every character has a row whose cells are exactly the episodes their own page lists', () => {
    const data = pageData('appearances');
    const characters = sitePages().page('characters');
    if (characters?.kind !== 'characters') throw new Error('no characters index');
    expect(data.rows).toHaveLength(characters.items.length);
    for (const row of data.rows) {
      const page = sitePages().page(row.character.href.replace(/^\//, ''));
      if (page?.kind !== 'character') throw new Error(`no page for ${row.character.href}`);
      expect(row.cells.map((cell) => cell.code)).toEqual(page.appearances.map((item) => item.episode.code));
      // The first appearance always counts, scene or no scene.
      expect(row.cells.map((cell) => cell.code)).toContain(page.firstAppearance.code);
    }
  });

  test('rows run from most episodes to fewest, then by name', () => {
    const { rows } = pageData('appearances');
    for (let index = 1; index < rows.length; index += 1) {
      const [before, after] = [rows[index - 1], rows[index]];
      if (!before || !after) continue;
      expect(before.cells.length).toBeGreaterThanOrEqual(after.cells.length);
      if (before.cells.length === after.cells.length) {
        expect(before.character.label.localeCompare(after.character.label, 'en')).toBeLessThanOrEqual(0);
      }
    }
  });

  test('Charlie’s S1E4 cell leads to his first scene in that episode', () => {
    const charlie = pageData('appearances').rows.find((row) => row.character.label === 'Charlie Spring');
    expect(charlie?.cells.find((cell) => cell.code === 's1e4')).toMatchObject({
      href: '/episodes/s1e4#s1e4-bedroom-after-the-rain',
    });
  });
});

describe('the appearance grid page', () => {
  test('is a table with a caption, season and episode column headers and a row header per character', async () => {
    renderApp('/appearances');
    expect(await screen.findByRole('heading', { level: 1, name: 'Appearance grid' })).toBeVisible();
    const region = screen.getByRole('region', { name: 'Appearance grid' });
    expect(region).toHaveAttribute('tabindex', '0');
    const table = within(region).getByRole('table', { name: /Which characters appear in which episode/ });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual(
      expect.arrayContaining(['Character', 'Season 1', 'Season 2', 'Season 3', 'S1E1', 'S1E4', 'S3E8']),
    );
    expect(headers.filter((text) => /^S\dE\d$/.test(text ?? ''))).toHaveLength(episodes().length);
    const seasonOne = within(table).getByRole('columnheader', { name: 'Season 1' });
    expect(seasonOne).toHaveAttribute('scope', 'colgroup');
    expect(seasonOne).toHaveAttribute('colspan', '8');

    const data = pageData('appearances');
    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders).toHaveLength(data.rows.length);
    for (const header of rowHeaders) expect(header).toHaveAttribute('scope', 'row');
    expect(
      within(rowHeaders[0] as HTMLElement).getByRole('link', { name: data.rows[0]?.character.label }),
    ).toHaveAttribute('href', data.rows[0]?.character.href);
  });

  test('a filled cell is a link to the episode named for the character and episode; others are empty', async () => {
    renderApp('/appearances');
    const table = await screen.findByRole('table');
    const charlieInS1E4 = within(table).getByRole('link', {
      name: /^Charlie Spring in S1E4: Secret, \d+ scenes?$/,
    });
    expect(charlieInS1E4).toHaveAttribute('href', '/episodes/s1e4#s1e4-bedroom-after-the-rain');

    const data = pageData('appearances');
    const filled = data.rows.reduce((total, row) => total + row.cells.length, 0);
    const cellLinks = within(table)
      .getAllByRole('link')
      .filter((link) => link.closest('td'));
    expect(cellLinks).toHaveLength(filled);
    for (const link of cellLinks)
      expect(link.getAttribute('href')).toMatch(/^\/episodes\/s\de\d(#[a-z0-9-]+)?$/);

    // A first appearance without a recorded scene says so, and leads to the episode page.
    const firstOnly = data.rows.flatMap((row) =>
      row.cells.filter((cell) => cell.scenes === 0).map((cell) => ({ row, cell })),
    )[0];
    if (firstOnly) {
      const link = within(table).getByRole('link', {
        name: new RegExp(
          `^${firstOnly.row.character.label} in ${firstOnly.cell.code.toUpperCase()}: .*first appearance`,
        ),
      });
      expect(link).toHaveAttribute('href', `/episodes/${firstOnly.cell.code}`);
    }

    // Charlie's row has one cell per episode, empty where he is not in it.
    const charlieRow = within(table)
      .getByRole('rowheader', { name: /Charlie Spring/ })
      .closest('tr') as HTMLElement;
    expect(within(charlieRow).getAllByRole('cell')).toHaveLength(episodes().length);
  });
});

describe('relationship map data', () => {
  test('has one entry per relationship, recorded once though both characters record it', () => {
    const data = pageData('relationships');
    let total = 0;
    for (const node of data.nodes) {
      const page = sitePages().page(node.href.replace(/^\//, ''));
      if (page?.kind === 'character') total += page.relationships.length;
    }
    expect(data.relationships.length * 2).toBe(total);
    const keys = data.relationships.map((entry) => `${entry.pair}:${entry.label}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(data.relationships).toContainEqual(
      expect.objectContaining({
        pair: 'charlie-spring+nick-nelson',
        group: 'partners',
        label: 'partner',
        since: expect.objectContaining({ code: 's1e8' }),
      }),
    );
    expect(data.relationships).toContainEqual(
      expect.objectContaining({
        from: 'jane-spring',
        to: 'charlie-spring',
        label: 'parent of',
        group: 'family',
      }),
    );
  });

  test('places every node inside the picture, the same way every time', () => {
    const data = pageData('relationships');
    for (const node of data.nodes) {
      expect(node.x).toBeGreaterThan(0);
      expect(node.x).toBeLessThan(data.width);
      expect(node.y).toBeGreaterThan(0);
      expect(node.y).toBeLessThan(data.height);
    }
    const nodes = [
      { id: 'a', labelWidth: 40 },
      { id: 'b', labelWidth: 60 },
      { id: 'c', labelWidth: 30 },
    ];
    const edges = [
      { a: 'a', b: 'b', weight: 1 },
      { a: 'b', b: 'c', weight: 1 },
    ];
    const first = layoutGraph(nodes, edges);
    const second = layoutGraph(nodes, edges);
    expect([...second.positions]).toEqual([...first.positions]);
    expect(second.width).toBe(first.width);
  });
});

describe('the relationship map page', () => {
  test('draws one line per pair and links every character on the map', async () => {
    const { container } = renderApp('/relationships');
    expect(await screen.findByRole('heading', { level: 1, name: 'Relationship map' })).toBeVisible();
    const data = pageData('relationships');
    const pairs = new Set(data.relationships.map((entry) => entry.pair));
    const lines = [...container.querySelectorAll('svg.relationship-map line')];
    expect(lines).toHaveLength(pairs.size);
    expect(new Set(lines.map((line) => line.getAttribute('data-pair')))).toEqual(pairs);

    const map = screen.getByRole('region', { name: 'Relationship map' });
    const nodeLinks = within(map).getAllByRole('link');
    expect(nodeLinks).toHaveLength(data.nodes.length);
    for (const node of data.nodes) {
      expect(within(map).getByRole('link', { name: node.label })).toHaveAttribute('href', node.href);
    }
    expect(within(map).getByRole('link', { name: 'Nick Nelson' })).toHaveAttribute(
      'href',
      '/characters/nick-nelson',
    );
  });

  test('lists every relationship, with both characters linked', async () => {
    renderApp('/relationships');
    const list = await screen.findByRole('region', { name: 'Every relationship' });
    const data = pageData('relationships');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(data.relationships.length);
    const partners = within(list).getByRole('region', { name: /^Partners/ });
    const charlieAndNick = within(partners)
      .getAllByRole('listitem')
      .find((item) => /Charlie Spring — partner — Nick Nelson/.test(item.textContent ?? ''));
    expect(charlieAndNick).toHaveTextContent('(since S1E8)');
    expect(within(charlieAndNick as HTMLElement).getByRole('link', { name: 'Nick Nelson' })).toHaveAttribute(
      'href',
      '/characters/nick-nelson',
    );
    expect(
      items.some((item) =>
        /^Jane Spring — parent of — Charlie Spring \(since S1E1\)/.test(item.textContent ?? ''),
      ),
    ).toBe(true);
  });
});

describe('the spoiler shield', () => {
  test('with progress at S1E4 the grid hides later characters and leaves later episodes empty', async () => {
    const { user } = renderApp('/appearances');
    const table = await screen.findByRole('table');
    await setProgress(codesUpTo('s1e4'));
    const data = pageData('appearances');
    const later = data.rows.filter((row) => (row.character.revealedIn?.overall ?? 0) > 4);
    expect(later.length).toBeGreaterThan(0);
    expect(
      screen.getByText(new RegExp(`^${later.length} characters hidden by your spoiler shield`)),
    ).toBeVisible();
    expect(within(table).getAllByRole('rowheader')).toHaveLength(data.rows.length - later.length);
    expect(within(table).queryByRole('link', { name: 'David Nelson' })).not.toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Tao Xu' })).toBeVisible();
    // Later episodes keep their headers, say they are hidden, and have no links.
    expect(
      within(table).getByRole('columnheader', { name: /^S1E5 \(hidden by your spoiler shield\)$/ }),
    ).toBeVisible();
    const cellLinks = within(table)
      .getAllByRole('link')
      .filter((link) => link.closest('td'));
    for (const link of cellLinks) {
      const code = /\/episodes\/(s\de\d)/.exec(link.getAttribute('href') ?? '')?.[1] ?? '';
      expect(overallOf(code)).toBeLessThanOrEqual(4);
    }
    expect(within(table).getByRole('link', { name: /^Charlie Spring in S1E4/ })).toBeVisible();
    expect(within(table).queryByRole('link', { name: /^Charlie Spring in S1E5/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show them anyway' }));
    expect(within(table).getAllByRole('rowheader')).toHaveLength(data.rows.length);
    expect(within(table).getByRole('link', { name: /^Charlie Spring in S1E5/ })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Hide spoilers again' })).toBeVisible();
  });

  test('with progress at S1E4 the map leaves out later characters and relationships', async () => {
    const { container, user } = renderApp('/relationships');
    await screen.findByRole('heading', { level: 1, name: 'Relationship map' });
    await setProgress(codesUpTo('s1e4'));
    const data = pageData('relationships');
    const hiddenNodes = data.nodes.filter((node) => (node.revealedIn?.overall ?? 0) > 4);
    const hiddenRelationships = data.relationships.filter((entry) => entry.revealedIn.overall > 4);
    expect(
      screen.getByText(
        `${hiddenNodes.length} characters and ${hiddenRelationships.length} relationships hidden by your spoiler shield`,
        { exact: false },
      ),
    ).toBeVisible();
    const map = screen.getByRole('region', { name: 'Relationship map' });
    expect(within(map).queryByRole('link', { name: 'Sahar Zahid' })).not.toBeInTheDocument();
    expect(within(map).queryByRole('link', { name: 'David Nelson' })).not.toBeInTheDocument();
    expect(within(map).getByRole('link', { name: 'Isaac Henderson' })).toBeVisible();
    expect(within(map).getAllByRole('link')).toHaveLength(data.nodes.length - hiddenNodes.length);
    // Charlie and Nick become partners in S1E8: no line between them yet, and not in the list.
    expect(container.querySelector('line[data-pair="charlie-spring+nick-nelson"]')).toBeNull();
    const list = screen.getByRole('region', { name: 'Every relationship' });
    expect(list).not.toHaveTextContent('Charlie Spring — partner — Nick Nelson');
    expect(within(list).getAllByRole('listitem')).toHaveLength(
      data.relationships.length - hiddenRelationships.length,
    );
    // Every line drawn stands for a relationship that began by S1E4.
    for (const line of container.querySelectorAll('svg.relationship-map line')) {
      const pair = line.getAttribute('data-pair');
      expect(data.relationships.some((entry) => entry.pair === pair && entry.revealedIn.overall <= 4)).toBe(
        true,
      );
    }

    await user.click(screen.getByRole('button', { name: 'Show them anyway' }));
    expect(container.querySelector('line[data-pair="charlie-spring+nick-nelson"]')).not.toBeNull();
    expect(within(list).getAllByRole('listitem')).toHaveLength(data.relationships.length);
  });

  test('with the shield on and nothing watched, both pages hide everything', async () => {
    const grid = renderApp('/appearances');
    await screen.findByRole('table');
    await setProgress([], 'on');
    const rows = pageData('appearances').rows.length;
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText(new RegExp(`^${rows} characters hidden by your spoiler shield`))).toBeVisible();
    grid.unmount();

    renderApp('/relationships');
    await screen.findByRole('heading', { level: 1, name: 'Relationship map' });
    await setProgress([], 'on');
    const data = pageData('relationships');
    expect(screen.queryByRole('region', { name: 'Relationship map' })).not.toBeInTheDocument();
    expect(
      screen.getByText(
        `${data.nodes.length} characters and ${data.relationships.length} relationships hidden by your spoiler shield`,
        { exact: false },
      ),
    ).toBeVisible();
    expect(screen.getByRole('region', { name: 'Every relationship' })).toHaveTextContent('None to show.');
  });

  test('with every episode watched, nothing is hidden', async () => {
    const grid = renderApp('/appearances');
    const table = await screen.findByRole('table');
    await setProgress(episodes().map((episode) => episode.code));
    expect(within(table).getAllByRole('rowheader')).toHaveLength(pageData('appearances').rows.length);
    expect(screen.queryByText(/hidden by your spoiler shield/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show them anyway' })).not.toBeInTheDocument();
    grid.unmount();

    const { container } = renderApp('/relationships');
    await screen.findByRole('heading', { level: 1, name: 'Relationship map' });
    await setProgress(episodes().map((episode) => episode.code));
    const data = pageData('relationships');
    expect(
      within(screen.getByRole('region', { name: 'Relationship map' })).getAllByRole('link'),
    ).toHaveLength(data.nodes.length);
    expect(container.querySelectorAll('svg.relationship-map line')).toHaveLength(
      new Set(data.relationships.map((entry) => entry.pair)).size,
    );
    expect(screen.queryByText(/hidden by your spoiler shield/)).not.toBeInTheDocument();
  });
});

test('the home page and the characters index link to both pages', async () => {
  const home = renderApp('/');
  const glance = await screen.findByRole('region', { name: 'The show at a glance' });
  expect(within(glance).getByRole('link', { name: 'Appearance grid' })).toHaveAttribute(
    'href',
    '/appearances',
  );
  expect(within(glance).getByRole('link', { name: 'Relationship map' })).toHaveAttribute(
    'href',
    '/relationships',
  );
  home.unmount();

  renderApp('/characters');
  expect(await screen.findByRole('heading', { level: 1, name: 'Characters' })).toBeVisible();
  expect(screen.getByRole('link', { name: 'appearance grid' })).toHaveAttribute('href', '/appearances');
  expect(screen.getByRole('link', { name: 'relationship map' })).toHaveAttribute('href', '/relationships');
});
