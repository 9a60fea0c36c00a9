/**
 * The dates "Last updated" is drawn from, read from a git repository made for each test (commits dated by
 * hand, so the answers never depend on this project's own history), and the fallback to the build's date in
 * a shallow clone and without git.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dataDates, describeHistory, parseLog, readDataHistory } from './data-history';

const BUILD_DAY = new Date('2026-12-06T10:00:00Z');
const folders: string[] = [];

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function scratch(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'data-history-'));
  folders.push(folder);
  return folder;
}

function git(cwd: string, args: string[], date?: string) {
  execFileSync('git', args, {
    cwd,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.org',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.org',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: cwd,
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    },
  });
}

function write(root: string, file: string, text: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

function commit(root: string, date: string, message: string) {
  git(root, ['add', '-A']);
  git(root, ['commit', '-q', '-m', message], date);
}

/**
 * A project with three data files and a file outside data/: Nick written on 1 March and changed on
 * 3 December, Charlie and S1E1 written late on 2 March (3 March in UTC), and a README changed later still.
 */
function project(): string {
  const root = scratch();
  git(root, ['init', '-q', '-b', 'main']);
  write(root, 'data/characters/nick-nelson.json', '{"id":"nick-nelson"}');
  commit(root, '2026-03-01T09:00:00+00:00', 'Nick');
  write(root, 'data/characters/charlie-spring.json', '{"id":"charlie-spring"}');
  write(root, 'data/episodes/s1e1.json', '{"id":"s1e1"}');
  commit(root, '2026-03-02T23:30:00-02:00', 'Charlie and the first episode');
  write(root, 'data/characters/nick-nelson.json', '{"id":"nick-nelson","name":"Nick"}');
  commit(root, '2026-12-03T12:00:00+01:00', 'Nick has a name');
  write(root, 'README.md', 'later');
  commit(root, '2026-12-05T12:00:00+00:00', 'Not data');
  return root;
}

test('each data file is dated by the day of its last commit, in the committer’s own calendar', () => {
  const history = readDataHistory(project(), 'data', BUILD_DAY);
  expect(history.source).toBe('git');
  expect(Object.fromEntries(history.committed)).toEqual({
    'data/characters/nick-nelson.json': '2026-12-03',
    'data/characters/charlie-spring.json': '2026-03-02',
    'data/episodes/s1e1.json': '2026-03-02',
  });
  const dates = dataDates(history);
  expect(dates('data/characters/nick-nelson.json')).toEqual({ updated: '2026-12-03' });
  expect(describeHistory(history)).toMatch(/^dates from git: 3 data files, 0 with uncommitted changes/);
});

test('a file with changes not yet committed, or never committed, is dated by the build', () => {
  const root = project();
  write(root, 'data/characters/charlie-spring.json', '{"id":"charlie-spring","name":"Charlie"}');
  write(root, 'data/characters/tao-xu.json', '{"id":"tao-xu"}');
  const dates = dataDates(readDataHistory(root, 'data', BUILD_DAY));
  expect(dates('data/characters/charlie-spring.json')).toEqual({ built: '2026-12-06' });
  expect(dates('data/characters/tao-xu.json')).toEqual({ built: '2026-12-06' });
  expect(dates('data/characters/nick-nelson.json')).toEqual({ updated: '2026-12-03' });
});

test('a project in a sub-folder of its repository gets paths from its own folder', () => {
  const top = scratch();
  git(top, ['init', '-q', '-b', 'main']);
  write(top, 'wiki/data/episodes/s1e4.json', '{"id":"s1e4"}');
  commit(top, '2026-04-22T08:00:00+00:00', 'S1E4');
  write(top, 'wiki/data/episodes/s1e5.json', '{"id":"s1e5"}');
  const history = readDataHistory(path.join(top, 'wiki'), 'data', BUILD_DAY);
  expect(Object.fromEntries(history.committed)).toEqual({ 'data/episodes/s1e4.json': '2026-04-22' });
  expect([...history.uncommitted]).toEqual(['data/episodes/s1e5.json']);
});

test('a shallow clone, whose oldest commit seems to create every file, dates every page by the build', () => {
  const origin = project();
  const clone = path.join(scratch(), 'clone');
  git(path.dirname(clone), ['clone', '-q', '--depth', '1', `file://${origin}`, clone]);
  const history = readDataHistory(clone, 'data', BUILD_DAY);
  expect(history.source).toBe('shallow clone');
  expect(history.committed.size).toBe(0);
  expect(dataDates(history)('data/characters/nick-nelson.json')).toEqual({ built: '2026-12-06' });
  expect(describeHistory(history)).toBe(
    'dates: shallow clone, so every page is dated by the build (2026-12-06)',
  );
});

test('without a repository every page is dated by the build', () => {
  const root = scratch();
  write(root, 'data/characters/nick-nelson.json', '{}');
  // A folder with no .git of its own may still sit inside someone else's repository: stop git looking up.
  const previous = process.env.GIT_CEILING_DIRECTORIES;
  process.env.GIT_CEILING_DIRECTORIES = path.dirname(root);
  try {
    const history = readDataHistory(root, 'data', BUILD_DAY);
    expect(history.source).toBe('no git');
    expect(dataDates(history)('data/characters/nick-nelson.json')).toEqual({ built: '2026-12-06' });
  } finally {
    if (previous === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
    else process.env.GIT_CEILING_DIRECTORIES = previous;
  }
});

test('a file keeps its newest commit by time, whatever order the log lists commits in', () => {
  const mark = '\u0001';
  const log = [
    `${mark}2026-05-01T10:00:00+00:00`,
    '',
    'data/a.json',
    `${mark}2026-06-01T01:00:00+02:00`,
    '',
    'data/a.json',
    'data/b.json',
    `${mark}not a date`,
    'data/c.json',
  ].join('\n');
  expect(Object.fromEntries(parseLog(log))).toEqual({
    'data/a.json': '2026-06-01',
    'data/b.json': '2026-06-01',
  });
});
