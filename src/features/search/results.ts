/**
 * What the results page shows for one query, as plain data: worked out by the engine in the browser, or at
 * build time for the searches fans make most (the prerendered result pages, see scripts/prerender.ts), in
 * which case it travels inside the page and the browser hydrates from it without loading the engine.
 */

import type { SearchDocument, SearchKind, TitleDocument } from '../../content/search-documents';
import type { SpoilerMark } from '../../content/view-model';
import type { SearchEngine } from './engine';
import { type Segment, snippetSegments } from './highlight';

/** Results shown per kind before "all N" links to that kind's filter. */
export const PER_GROUP = 5;
/** Results shown for one kind; a query that matches more should be narrowed. */
export const MAX_OF_KIND = 100;

export type ResultHit = {
  document: Pick<TitleDocument, 'href' | 'kind' | 'context' | 'revealedIn'>;
  /** The words to mark on the page the result leads to. */
  highlight: string[];
  titleSegments: Segment[];
  /** A passage of the page's text around the first searched word. */
  snippet: Segment[];
  /** The episode that reveals the text the snippet is cut from, when later than the page (see documents.ts). */
  snippetRevealedIn?: SpoilerMark;
};

export type SearchResultsData = {
  /** The query and kind these results answer (while the next ones are worked out, the last ones stay). */
  query: string;
  kind: SearchKind | null;
  hits: ResultHit[];
  /** How many pages match (of the kind asked for, if one was). */
  total: number;
  /** How many pages of each kind match, whatever kind was asked for; kinds without a match are left out. */
  counts: Partial<Record<SearchKind, number>>;
  /** The query respelled with words the wiki has, when some word it does not have comes close. */
  correction: string | null;
};

/** The results for a trimmed, non-empty query: in groups of PER_GROUP, or up to MAX_OF_KIND of one kind. */
export function searchResults(
  engine: SearchEngine<SearchDocument>,
  query: string,
  kind: SearchKind | undefined,
): SearchResultsData {
  const results =
    kind === undefined
      ? engine.search(query, { perKind: PER_GROUP })
      : engine.search(query, { kind, limit: MAX_OF_KIND });
  return {
    query,
    kind: kind ?? null,
    hits: results.hits.map(
      ({ document, highlight, titleSegments }): ResultHit => ({
        document: {
          href: document.href,
          kind: document.kind,
          context: document.context,
          ...(document.revealedIn ? { revealedIn: document.revealedIn } : {}),
        },
        highlight,
        titleSegments,
        snippet: snippetSegments(document.body, highlight),
        ...(document.bodyRevealedIn ? { snippetRevealedIn: document.bodyRevealedIn } : {}),
      }),
    ),
    total: results.total,
    counts: Object.fromEntries(results.counts),
    correction: engine.didYouMean(query) ?? null,
  };
}
