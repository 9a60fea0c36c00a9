import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation, useNavigate } from 'react-router';
import { Link, NavLink } from './link';

function Where() {
  const location = useLocation();
  return (
    <p>
      At {location.pathname}
      {location.state ? ` with ${JSON.stringify(location.state)}` : ''}
    </p>
  );
}

function app(start: string, links: React.ReactNode, basename?: string) {
  return render(
    <MemoryRouter initialEntries={[start]} basename={basename}>
      <nav>{links}</nav>
      <Routes>
        <Route path="*" element={<Where />} />
      </Routes>
    </MemoryRouter>,
  );
}

test('a link opens its page in the app, with the state it carries', async () => {
  app(
    '/',
    <Link to="/characters/nick-nelson" state={{ highlight: 'rugby' }}>
      Nick Nelson
    </Link>,
  );
  await userEvent.click(screen.getByRole('link', { name: 'Nick Nelson' }));
  expect(screen.getByText('At /characters/nick-nelson with {"highlight":"rugby"}')).toBeInTheDocument();
});

test('a link’s address includes the site’s base path', () => {
  app('/wiki/', <Link to="/episodes/s1e4">Secret</Link>, '/wiki');
  expect(screen.getByRole('link', { name: 'Secret' })).toHaveAttribute('href', '/wiki/episodes/s1e4');
});

test.each([
  ['Ctrl', { ctrlKey: true }],
  ['Cmd', { metaKey: true }],
  ['Shift', { shiftKey: true }],
  ['middle-button', { button: 1 }],
])('a %s-click is left to the browser, to open the page in a new tab or window', (_name, init) => {
  app('/', <Link to="/episodes/s1e4">Secret</Link>);
  const notPrevented = fireEvent.click(screen.getByRole('link', { name: 'Secret' }), init);
  expect(notPrevented).toBe(true);
  expect(screen.getByText('At /')).toBeInTheDocument();
});

test('a link that opens a download loads it as a document, not as a page of the app', () => {
  app(
    '/open-data',
    <Link to="/data/heartstopper-wiki.json" reloadDocument download>
      Download
    </Link>,
  );
  expect(fireEvent.click(screen.getByRole('link', { name: 'Download' }))).toBe(true);
  expect(screen.getByText('At /open-data')).toBeInTheDocument();
});

test('a click the page has already handled does not navigate', async () => {
  app(
    '/',
    <Link to="/episodes/s1e4" onClick={(event) => event.preventDefault()}>
      Secret
    </Link>,
  );
  await userEvent.click(screen.getByRole('link', { name: 'Secret' }));
  expect(screen.getByText('At /')).toBeInTheDocument();
});

test.each([
  ['/characters', 'Characters'],
  ['/characters/nick-nelson', 'Characters'],
  ['/Characters/Nick-Nelson', 'Characters'],
  ['/', 'Home'],
  ['/characters-and-more', undefined],
  ['/episodes/s1e4', 'Episodes'],
])('on %s the navigation marks %s as the current page', (start, current) => {
  app(
    start,
    <>
      <NavLink to="/">Home</NavLink>
      <NavLink to="/characters">Characters</NavLink>
      <NavLink to="/episodes">Episodes</NavLink>
    </>,
  );
  const marked = screen
    .getAllByRole('link')
    .filter((link) => link.getAttribute('aria-current') === 'page')
    .map((link) => link.textContent);
  expect(marked).toEqual(current ? [current] : []);
});

function Back() {
  const navigate = useNavigate();
  return (
    <button type="button" onClick={() => navigate(-1)}>
      Back
    </button>
  );
}

test('a link to the page already open replaces its place in the history instead of adding one', async () => {
  app(
    '/characters',
    <>
      <Link to="/episodes/s1e4">Secret</Link>
      <Back />
    </>,
  );
  await userEvent.click(screen.getByRole('link', { name: 'Secret' }));
  await userEvent.click(screen.getByRole('link', { name: 'Secret' }));
  await userEvent.click(screen.getByRole('button', { name: 'Back' }));
  expect(screen.getByText('At /characters')).toBeInTheDocument();
});

test('a link opens its page under the site’s base path', async () => {
  app('/wiki/characters', <Link to="/">Home</Link>, '/wiki');
  expect(screen.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/wiki');
  await userEvent.click(screen.getByRole('link', { name: 'Home' }));
  expect(screen.getByText('At /')).toBeInTheDocument();
});
