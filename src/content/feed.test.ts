import path from 'node:path';
import { FEED_LENGTH, feedEntries } from './feed';
import { loadDataset } from './load';
import { createRepository } from './repository';
import type { Dataset } from './schema';
import { fixtureDataset } from './test-fixtures';

const repoOf = (change: (dataset: Dataset) => void = () => {}) => {
  const dataset = fixtureDataset();
  change(dataset);
  return createRepository(dataset);
};

const statement = (entries: ReturnType<typeof feedEntries>, id: string) =>
  entries.find((entry) => entry.id === `/commentary/${id}`);

test('a statement is dated by the day it was said', () => {
  const entry = statement(feedEntries(repoOf()), 'reed-on-ann');
  expect(entry).toMatchObject({ kind: 'statement', updated: '2023-08-10', path: '/commentary/reed-on-ann' });
  expect(entry?.title).toBe('Sam Reed: Playing Ann');
});

test('a statement known only by its month is dated by the first day a cited source records it in that month', () => {
  // The fixture's statement is dated 2022-05; its source was published in May, and the talk was in April.
  const undated = feedEntries(repoOf());
  expect(statement(undated, 'quill-on-first-meeting')).toBeUndefined();

  const dated = feedEntries(
    repoOf((dataset) => {
      const source = dataset.sources.find((entry) => entry.id === 'src-interview');
      if (source) source.published = '2022-05-14';
    }),
  );
  expect(statement(dated, 'quill-on-first-meeting')?.updated).toBe('2022-05-14');
});

test('a day outside the statement’s own month is never used to date it', () => {
  const entries = feedEntries(
    repoOf((dataset) => {
      const source = dataset.sources.find((entry) => entry.id === 'src-interview');
      if (source) source.published = '2022-06-01';
    }),
  );
  expect(statement(entries, 'quill-on-first-meeting')).toBeUndefined();
});

test('a statement about the story warns a feed reader how far it gives the story away', () => {
  const entry = statement(feedEntries(repoOf()), 'reed-on-ann');
  // Its latest subject is season 2, whose last episode is s2e1.
  expect(entry?.summary).toBe(
    'Spoilers up to S2E1. The actor describes how Ann changes between the seasons.',
  );
});

test('an episode is added on the day it was released, with no word of what happens in it', () => {
  const entries = feedEntries(repoOf());
  const episode = entries.find((entry) => entry.id === '/episodes/s1e2');
  const synopsis = fixtureDataset().episodes.find((entry) => entry.id === 's1e2')?.synopsis ?? '';
  expect(episode?.updated).toBe(fixtureDataset().episodes.find((entry) => entry.id === 's1e2')?.released);
  expect(episode?.summary).toMatch(/^Season 1, episode 2, released on \d+ \w+ \d{4}\. Directed by /);
  expect(episode?.summary).not.toContain(synopsis);
});

test('books, nominations and the film come in only with a full day to date them by', () => {
  const entries = feedEntries(
    repoOf((dataset) => {
      dataset.books.push(
        {
          id: 'dated-book',
          title: 'A Dated Book',
          kind: 'novel',
          published: '2023-03-02',
          description: 'A book.',
          sources: ['src-news'],
        },
        {
          id: 'undated-book',
          title: 'An Undated Book',
          kind: 'novel',
          published: '2023',
          description: 'Another book.',
          sources: ['src-news'],
        },
      );
      dataset.awards.push(
        {
          id: 'dated-award',
          ceremony: 'Example Awards',
          year: 2023,
          date: '2023-04-01',
          category: 'Best Series',
          nominee: { kind: 'show' },
          result: 'won',
          sources: ['src-news'],
        },
        {
          id: 'undated-award',
          ceremony: 'Other Awards',
          year: 2023,
          category: 'Best Series',
          nominee: { kind: 'show' },
          result: 'nominated',
          sources: ['src-news'],
        },
      );
    }),
  );
  const ids = entries.map((entry) => entry.id);
  expect(ids).toContain('/books/dated-book');
  expect(ids).not.toContain('/books/undated-book');
  expect(ids).toContain('/awards#dated-award');
  expect(ids.filter((id) => id.startsWith('/awards'))).toEqual(['/awards#dated-award']);
  expect(entries.find((entry) => entry.id === '/awards#dated-award')?.summary).toBe(
    'Heartstopper won Best Series at the Example Awards 2023, on 1 April 2023.',
  );
});

test('the wiki’s feed holds its newest dated entries, newest first, each once', () => {
  const repo = createRepository(loadDataset(path.resolve(import.meta.dirname, '../../data')));
  const entries = feedEntries(repo);
  expect(entries.length).toBe(FEED_LENGTH);
  const days = entries.map((entry) => entry.updated);
  expect(days).toEqual([...days].sort().reverse());
  expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
  // Nothing left out is newer than the oldest entry kept.
  const everything = feedEntries(repo, Number.POSITIVE_INFINITY);
  const oldestKept = days.at(-1) ?? '';
  expect(everything.slice(FEED_LENGTH).every((entry) => entry.updated <= oldestKept)).toBe(true);
});
