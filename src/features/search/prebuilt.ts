/**
 * The searches prerendered with their results. A results page is normally worked out in the browser, after
 * the app, the engine and the index have loaded: seconds on a slow phone. For the searches fans make most,
 * names and episode codes, the build renders the page with its results instead; the boot script swaps that
 * page in as soon as the shell has arrived (scripts/boot-script.ts), and the app hydrates it as it would any
 * prerendered page. Any other query is worked out before the app arrives by a small bundle of its own
 * (./early-search.ts), which the app hydrates the same way.
 */
import type { TitleDocument } from '../../content/search-documents';
import { fold } from './normalise';

/**
 * A query that may be prerendered: lower-case words of ASCII letters and digits, one space apart, as a fan
 * types them into the box. Its file name is the words joined by hyphens, which no other such query shares.
 */
export const PREBUILT_QUERY = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/** The folder of prerendered results under page-data/, as `page-data/search-results/nick-nelson.json`. */
export const PREBUILT_FOLDER = 'search-results';

/** The element on the search page that lists the prerendered queries and where their files are. */
export const PREBUILT_LIST_ID = 'prebuilt-searches';

/**
 * What the search page carries in #prebuilt-searches: where the prerendered results are and for which
 * queries; for any other search, the bundle that works its results out before the app has loaded
 * (./early-search.ts) and the full-text index; and the app's engine chunks, asked for at once when that
 * bundle fails or the fan types first, so the app searches without waiting for them.
 */
export type PrebuiltList = { url: string; queries: string[]; early: string; engine: string[]; index: string };

/** What a prerendered result file holds: the page's title, the app's HTML and the page state to hydrate. */
export type PrebuiltResults = { title: string; html: string; state: unknown };

export function prebuiltFileName(query: string): string {
  return `${query.replace(/ /g, '-')}.json`;
}

/** Words shorter than this are not searched on their own ("xu" of Tao Xu is a prefix of little). */
const MIN_WORD = 3;

/**
 * The queries to prerender: for every character, actor and person, the whole name, each word of it (the
 * parts of a double-barrelled name too) and each alias, in lower case without accents; for every episode
 * and season, its code. Sorted, without repeats.
 */
export function prebuiltQueries(documents: readonly TitleDocument[]): string[] {
  const queries = new Set<string>();
  const add = (text: string) => {
    // Folded as the engine folds it: lower case, accents dropped ("stephane" for Stéphane).
    const query = fold(text).trim().replace(/\s+/g, ' ');
    if (PREBUILT_QUERY.test(query)) queries.add(query);
  };
  for (const document of documents) {
    if (document.kind === 'character' || document.kind === 'actor' || document.kind === 'person') {
      add(document.title);
      for (const word of document.title.split(/[\s-]+/)) if (word.length >= MIN_WORD) add(word);
      for (const name of document.names) add(name);
    } else if (document.kind === 'episode' || document.kind === 'season') {
      for (const code of document.codes) add(code);
    }
  }
  return [...queries].sort();
}
