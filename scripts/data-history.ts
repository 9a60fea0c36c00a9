/**
 * When each data file last changed, read from git at build time, so every entity page can say "Last updated
 * 3 December 2026". One `git log` over data/ answers for every file at once (a process per page would cost
 * seconds over some 340 pages).
 *
 * A date is only given when git can know it. In a shallow clone the oldest commit present looks as if it
 * created every file it holds, and without git there is no history at all: then every page is dated by the
 * day of the build instead, and says so ("Data as of 6 December 2026"). A file with changes not yet
 * committed (while editing, in `npm run dev`) is dated by the build too: its newest content has no commit.
 */
import { execFileSync } from 'node:child_process';
import type { DataDate, DataDates } from '../src/content/data-files';

export type DataHistory = {
  /** Where the dates come from: the files' commits, or the day of the build and why. */
  source: 'git' | 'shallow clone' | 'no git';
  /** The day of the build, YYYY-MM-DD (UTC): the fallback date. */
  buildDate: string;
  /** Each data file's last commit day, YYYY-MM-DD, by its path from the project root ("data/episodes/s1e4.json"). */
  committed: ReadonlyMap<string, string>;
  /** Data files with changes not yet committed. */
  uncommitted: ReadonlySet<string>;
};

const DATE_MARK = '\u0001';

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

/**
 * The output of `git log --format=<mark>%cI --name-only` as file → newest commit day. Each file keeps the
 * day of its newest commit by time (not the first one listed, which clock skew between branches can upset);
 * the day is the committer's own calendar day, as written in the commit.
 */
export function parseLog(output: string): Map<string, string> {
  const newest = new Map<string, { time: number; day: string }>();
  let current: { time: number; day: string } | undefined;
  for (const line of output.split('\n')) {
    if (line.startsWith(DATE_MARK)) {
      const iso = line.slice(DATE_MARK.length).trim();
      const time = Date.parse(iso);
      current = Number.isNaN(time) ? undefined : { time, day: iso.slice(0, 10) };
      continue;
    }
    const file = line.trim();
    if (file === '' || current === undefined) continue;
    const known = newest.get(file);
    if (!known || current.time > known.time) newest.set(file, current);
  }
  return new Map([...newest].map(([file, { day }]) => [file, day]));
}

/**
 * Reads the history of `dataFolder` (relative to `root`, the project folder; paths come back relative to it
 * too, even when the project is a sub-folder of its repository). Never throws: no git, no repository or a
 * shallow clone all give the build-date fallback.
 */
export function readDataHistory(root: string, dataFolder = 'data', now = new Date()): DataHistory {
  const buildDate = now.toISOString().slice(0, 10);
  const fallback = (source: DataHistory['source']): DataHistory => ({
    source,
    buildDate,
    committed: new Map(),
    uncommitted: new Set(),
  });
  let shallow: string;
  try {
    shallow = git(root, ['rev-parse', '--is-shallow-repository']).trim();
  } catch {
    return fallback('no git');
  }
  if (shallow === 'true') return fallback('shallow clone');
  try {
    const log = git(root, [
      '-c',
      'core.quotePath=false',
      'log',
      `--format=${DATE_MARK}%cI`,
      '--name-only',
      '--relative',
      '--no-renames',
      '--',
      dataFolder,
    ]);
    const status = git(root, [
      '-c',
      'core.quotePath=false',
      'status',
      '--porcelain',
      '--untracked-files=all',
      '--',
      dataFolder,
    ]);
    // Porcelain paths are relative to the repository's top, not to `root`: make them relative to `root`.
    const prefix = git(root, ['rev-parse', '--show-prefix']).trim();
    const uncommitted = new Set(
      status
        .split('\n')
        .filter((line) => line.length > 3)
        .map((line) => line.slice(3).split(' -> ').at(-1) ?? '')
        .map((file) => (file.startsWith(prefix) ? file.slice(prefix.length) : file)),
    );
    return { source: 'git', buildDate, committed: parseLog(log), uncommitted };
  } catch {
    // No commit yet, or git refused: nothing to date by.
    return fallback('no git');
  }
}

/** The date each page shows for its data file: its last commit, or the day of the build. */
export function dataDates(history: DataHistory): DataDates {
  return (file: string): DataDate => {
    const committed = history.committed.get(file);
    return committed !== undefined && !history.uncommitted.has(file)
      ? { updated: committed }
      : { built: history.buildDate };
  };
}

/** One line for the build log: where the pages' dates come from. */
export function describeHistory(history: DataHistory): string {
  return history.source === 'git'
    ? `dates from git: ${history.committed.size} data files, ${history.uncommitted.size} with uncommitted changes`
    : `dates: ${history.source}, so every page is dated by the build (${history.buildDate})`;
}
