/**
 * The file in data/ behind each page about one entry, when it last changed, and where "Suggest a
 * correction" leads: what the last line of every entity page is drawn from. Worked out at build time, so the
 * browser gets finished links and no code to build them.
 */
import { paths } from '../lib/paths';
import type { EntryKind } from '../lib/routes';
import type { CollectionName } from './schema';

/** The collection (folder under data/) each kind of entry page is drawn from. */
export const DATA_FOLDER: Record<EntryKind | 'film', CollectionName> = {
  character: 'characters',
  actor: 'actors',
  person: 'people',
  episode: 'episodes',
  scene: 'scenes',
  commentary: 'commentary',
  song: 'songs',
  place: 'places',
  book: 'books',
  film: 'films',
};

/** The file an entry is read from, from the project root: one file per entry, named after its id. */
export function dataFileOf(kind: EntryKind | 'film', id: string): string {
  return `data/${DATA_FOLDER[kind]}/${id}.json`;
}

/**
 * When a data file last changed: the day of its last commit, or, when that cannot be known (a shallow
 * clone, no git, changes not yet committed), the day the site was built from it.
 */
export type DataDate = { updated: string } | { built: string };

/** Looks up the date of a data file (a path from the project root). Read from git at build time. */
export type DataDates = (file: string) => DataDate;

/** Where the site and its source live, from the build's settings (scripts/site-config.ts). */
export type CorrectionSettings = {
  /** The repository's web address (REPO_URL), no trailing slash; empty when the build has none. */
  repo: string;
  /** The site's public address, ending in a slash: `https://fans.example.org/wiki/`. */
  site: string;
};

export const NO_REPOSITORY: CorrectionSettings = { repo: '', site: '/' };

/** What the issue asks for: the sourcing rules of docs/data.md in one line. */
const ISSUE_PROMPT = 'What is wrong, and a source that shows what is right:';

export type CorrectionLinks = {
  /** A new issue on the repository, or, without one, the wiki's page on fixing data (an app path). */
  correct: string;
  /** The data file on the repository (only with one). */
  view?: string;
};

/**
 * Where "Suggest a correction" leads for the page at `page` (an app path, `/characters/nick-nelson`), drawn
 * from `file` (`data/characters/nick-nelson.json`) and called `label` ("Nick Nelson (character)"): a new
 * issue whose title names the page and whose body gives its address and data file, and the file itself; or,
 * without a repository, `/corrections?file=…`, which names the file.
 */
export function correctionLinks(
  { file, label, page }: { file: string; label: string; page: string },
  settings: CorrectionSettings,
): CorrectionLinks {
  if (settings.repo === '') {
    // Data file paths are folder names and ids (lower-case letters, digits, hyphens): the slashes can stay.
    return { correct: `${paths.page('corrections')}?file=${encodeURIComponent(file).replace(/%2F/g, '/')}` };
  }
  const query = new URLSearchParams({
    title: `Correction: ${label}`,
    body: `Page: ${settings.site}${page.replace(/^\//, '')}\nData file: ${file}\n\n${ISSUE_PROMPT}\n`,
  })
    .toString()
    // A query may hold these as they are (RFC 3986), and `&`, `=`, `+` and `#` stay escaped: the link reads
    // better, and the page's address in it is the same text as elsewhere in the page, which gzip shrinks.
    .replace(/%(2F|3A|28|29|2C)/g, (escaped) => decodeURIComponent(escaped));
  return { correct: `${settings.repo}/issues/new?${query}`, view: `${settings.repo}/blob/main/${file}` };
}
