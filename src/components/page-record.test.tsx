import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { correctionLinks } from '../content/data-files';
import type { PageRecord } from '../content/view-model';
import { PageRecordLine } from './page-record';

const NICK = {
  file: 'data/characters/nick-nelson.json',
  label: 'Nick Nelson (character)',
  page: '/characters/nick-nelson',
};

function renderLine(record: PageRecord) {
  return render(
    <MemoryRouter>
      <PageRecordLine record={record} />
    </MemoryRouter>,
  );
}

test('a page says the day its data last changed and links to the page on fixing data', () => {
  const { container } = renderLine({
    updated: '2026-12-03',
    ...correctionLinks(NICK, { repo: '', site: 'https://fans.example.org/' }),
  });
  expect(container).toHaveTextContent('Last updated 3 December 2026. Suggest a correction');
  expect(screen.getByText('3 December 2026')).toHaveAttribute('datetime', '2026-12-03');
  expect(screen.getByRole('link', { name: 'Suggest a correction' })).toHaveAttribute(
    'href',
    '/corrections?file=data/characters/nick-nelson.json',
  );
  expect(screen.queryByRole('link', { name: 'view the data file' })).toBeNull();
});

test('a page built without its history says its data is as of the day of the build', () => {
  const { container } = renderLine({
    built: '2026-12-06',
    ...correctionLinks(NICK, { repo: '', site: '/' }),
  });
  expect(container).toHaveTextContent(/^Data as of 6 December 2026\. Suggest a correction$/);
});

test('with a repository, the link opens a new issue naming the page and its data file', () => {
  renderLine({
    updated: '2026-12-03',
    ...correctionLinks(NICK, {
      repo: 'https://github.com/fans/wiki',
      site: 'https://fans.example.org/wiki/',
    }),
  });
  const href = screen.getByRole('link', { name: 'Suggest a correction' }).getAttribute('href') ?? '';
  const url = new URL(href);
  expect(`${url.origin}${url.pathname}`).toBe('https://github.com/fans/wiki/issues/new');
  expect(url.searchParams.get('title')).toBe('Correction: Nick Nelson (character)');
  expect(url.searchParams.get('body')).toBe(
    'Page: https://fans.example.org/wiki/characters/nick-nelson\nData file: data/characters/nick-nelson.json\n\nWhat is wrong, and a source that shows what is right:\n',
  );
  expect(screen.getByRole('link', { name: 'view the data file' })).toHaveAttribute(
    'href',
    'https://github.com/fans/wiki/blob/main/data/characters/nick-nelson.json',
  );
});

test('an issue link keeps escaped what would change its meaning, and only that', () => {
  const { correct } = correctionLinks(
    {
      file: 'data/commentary/a-b.json',
      label: 'Love & rugby = 100% #1 (statement)',
      page: '/commentary/a-b',
    },
    { repo: 'https://github.com/fans/wiki', site: 'https://fans.example.org/' },
  );
  expect(correct).toContain(
    'title=Correction:+Love+%26+rugby+%3D+100%25+%231+(statement)&body=Page:+https://',
  );
  expect(new URL(correct).searchParams.get('title')).toBe('Correction: Love & rugby = 100% #1 (statement)');
});
