import { screen, waitFor, within } from '@testing-library/react';
import { currentPath, renderApp } from '../../test/render-app';
import { findTermRanges } from './landing-highlight';

/** A stand-in for the CSS Custom Highlight API, which jsdom lacks: it records the ranges it is given. */
class FakeHighlight {
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

let registry: Map<string, FakeHighlight>;

beforeEach(() => {
  registry = new Map();
  vi.stubGlobal('Highlight', FakeHighlight);
  Object.defineProperty(CSS, 'highlights', { value: registry, configurable: true });
});

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(CSS, 'highlights');
});

const highlighted = () => (registry.get('search-terms')?.ranges ?? []).map((range) => range.toString());

test('the page opened from a result highlights the searched words until the fan turns it off', async () => {
  const { user } = renderApp('/search?q=osman');
  const people = await screen.findByRole('region', { name: /^People/ });
  await user.click(within(people).getByRole('link', { name: 'Alice Oseman' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Alice Oseman' })).toBeVisible();
  expect(currentPath()).toBe('/people/alice-oseman');

  const term = await screen.findByText('oseman', { selector: '.search-highlight-bar strong' });
  await waitFor(() => expect(highlighted().length).toBeGreaterThan(1));
  expect(new Set(highlighted())).toEqual(new Set(['Oseman']));
  expect(term.closest('p')).toHaveTextContent(/^Highlighting: oseman \(\d+ matches\)/);

  await user.click(screen.getByRole('button', { name: 'Stop highlighting oseman' }));
  expect(screen.queryByText(/Highlighting:/)).not.toBeInTheDocument();
  expect(registry.has('search-terms')).toBe(false);
  expect(currentPath()).toBe('/people/alice-oseman');
});

test('a page opened any other way highlights nothing', async () => {
  renderApp('/people/alice-oseman');
  expect(await screen.findByRole('heading', { level: 1, name: 'Alice Oseman' })).toBeVisible();
  expect(screen.queryByText(/Highlighting:/)).not.toBeInTheDocument();
  expect(registry.size).toBe(0);
});

test('without the Highlight API nothing is highlighted and no bar is shown', async () => {
  Reflect.deleteProperty(CSS, 'highlights');
  const { user } = renderApp('/search?q=tao');
  await user.click(await screen.findByRole('link', { name: 'Tao Xu' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Tao Xu' })).toBeVisible();
  expect(screen.queryByText(/Highlighting:/)).not.toBeInTheDocument();
});

test('ranges cover each occurrence at the start of a word, in text nodes only, skipping the bar itself', () => {
  document.body.innerHTML =
    '<main><p data-search-highlight-bar>Highlighting: nick</p><p>Nick and <b>Nicky</b> met; a unicorn nicked it.</p></main>';
  const main = document.querySelector('main');
  if (!main) throw new Error('no main');
  expect(findTermRanges(main, ['nick']).map((range) => range.toString())).toEqual(['Nick', 'Nick', 'nick']);
});
