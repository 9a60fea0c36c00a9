/**
 * The search engine: MiniSearch (an in-memory inverted index with BM25 ranking, prefix and fuzzy lookup in a
 * radix tree) configured for the wiki, plus what MiniSearch leaves to us: episode codes in every spelling
 * (the shared tokenizer), swapped letters counted as one typo, ranking by kind, exact-name jumps, short
 * prefixes that stay fast at 50,000 documents, and "did you mean".
 *
 * This module and MiniSearch load only when a fan starts searching (see queries.ts); nothing in a page's
 * first load imports it.
 */
import MiniSearch, { type AsPlainObject, type Options, type Query, type SearchResult } from 'minisearch';
import type { SearchDocument, SearchKind, TitleDocument } from '../../content/search-documents';
import { ENTRY_KINDS, ENTRY_PAGES } from '../../lib/routes';
import { highlightSegments, type Segment } from './highlight';
import {
  allowsMissingLetter,
  allowsTypo,
  editDistance,
  exactKey,
  queryTerms,
  swapVariants,
  tokenize,
} from './normalise';

/** Which fields an index covers: the small as-you-type index, or everything. */
export type FieldSet = 'titles' | 'full';

const FIELDS: Record<FieldSet, string[]> = {
  titles: ['title', 'names', 'codes', 'tags'],
  full: ['title', 'names', 'codes', 'tags', 'related', 'body'],
};

/**
 * A name or code beats a linked name, which beats body text. Codes weigh most because a code names exactly
 * one page; tags ("every episode 4") less, since several pages share each one.
 */
const FIELD_BOOSTS: Record<string, number> = { title: 5, names: 4, codes: 6, tags: 3, related: 1.5, body: 1 };

/** How much each kind of page is favoured (`searchBoost` in the registry); a season as much as an episode. */
const kindBoost = (kind: SearchKind): number => ENTRY_PAGES[kind === 'season' ? 'episode' : kind].searchBoost;

/** While typing, a name that starts with what has been typed is the likeliest target ("cha" is Charlie). */
const TITLE_START_BOOST = 2;

/** The most any score is multiplied by after MiniSearch has ranked: lets selection stop early. */
const MAX_FACTOR = Math.max(...ENTRY_KINDS.map(kindBoost)) * TITLE_START_BOOST;

/** What a swapped-letter match is worth against an exact one; MiniSearch's own weight for a fuzzy match. */
const TYPO_WEIGHT = 0.45;

/**
 * A last word shorter than this is not expanded through the index while typing: at 50,000 documents "c"
 * begins thousands of words. It filters the other words' results instead (see `search`).
 */
const MIN_PREFIX_LENGTH = 3;

function fieldText(document: TitleDocument | SearchDocument, field: string): string {
  switch (field) {
    case 'title':
      return document.title;
    case 'names':
      return document.names.join(' ; ');
    case 'codes':
      return document.codes.join(' ');
    case 'tags':
      return document.tags.join(' ');
    case 'related':
      return 'related' in document ? document.related : '';
    case 'body':
      return 'body' in document ? document.body : '';
    default:
      return '';
  }
}

/** Terms reach the query tree already tokenized and folded, so leaves pass through untouched. */
const asIs = (text: string): string[] => [text];

function miniSearchOptions(fields: FieldSet, onTerm: (term: string) => void): Options<TitleDocument> {
  return {
    idField: 'href',
    fields: FIELDS[fields],
    extractField: (document, field) => (field === 'href' ? document.href : fieldText(document, field)),
    tokenize,
    processTerm: (term) => {
      onTerm(term);
      return term;
    },
    searchOptions: { boost: FIELD_BOOSTS, tokenize: asIs, processTerm: (term) => term },
  };
}

/**
 * One word of the query. A word the index has is looked up as it is (and as a prefix, when it may be
 * half-typed); tolerance is only spent on words the index lacks: one edit for four letters or more, a swap
 * of neighbouring letters counted as one, and for three letters a single missing letter ("nik" for "nick",
 * but "tap" is never "tao": the lookup finds both, and the document filter drops every match that is not
 * one letter longer).
 */
function wordQuery(word: string, prefix: boolean, known: boolean): Query {
  if (known) return { queries: [word], prefix, fuzzy: false };
  if (allowsMissingLetter(word)) {
    return {
      queries: [word],
      prefix,
      fuzzy: 1,
      boostDocument: (_id, term) => (term.startsWith(word) || term.length === word.length + 1 ? 1 : 0),
    };
  }
  const exactOrTypo: Query = { queries: [word], prefix, fuzzy: allowsTypo(word) ? 1 : false };
  const swaps = swapVariants(word);
  if (swaps.length === 0) return exactOrTypo;
  return {
    combineWith: 'OR',
    queries: [exactOrTypo, { queries: swaps, prefix, fuzzy: false, boostTerm: () => TYPO_WEIGHT }],
  };
}

export type SearchHit<D extends TitleDocument> = {
  document: D;
  score: number;
  /** The words to mark in the hit's text: the typed part where a word matched as a prefix, else the indexed word it matched. */
  highlight: string[];
  /** The page's name cut into runs, the matched words marked (worked out here, so the header need not load the matcher). */
  titleSegments: Segment[];
};

export type SearchEngineOptions = {
  /** The last word may be half-typed. */
  asYouType?: boolean;
  /** Only this kind of page. */
  kind?: SearchKind;
  /** At most this many hits in all. */
  limit?: number;
  /** At most this many hits of each kind, for results shown in groups. */
  perKind?: number;
};

export type SearchResults<D extends TitleDocument> = {
  /** The best hits, best first. */
  hits: SearchHit<D>[];
  /** How many pages match (of the kind asked for, if one was). */
  total: number;
  /** How many pages of each kind match, whatever kind was asked for. */
  counts: Map<SearchKind, number>;
};

export type SearchEngine<D extends TitleDocument> = {
  search(query: string, options?: SearchEngineOptions): SearchResults<D>;
  /** The one page whose name, alias or code is exactly the query, if there is exactly one. */
  exactMatch(query: string): D | undefined;
  /** The query with each word the wiki does not have replaced by the nearest one it has, if any changed. */
  didYouMean(query: string): string | undefined;
  /** The index as JSON, to ship prebuilt instead of building it in the browser. */
  serialise(): string;
};

function highlightTerms(result: SearchResult): string[] {
  const queryTerms: string[] = result.queryTerms;
  const marks = new Set<string>();
  for (const term of result.terms) marks.add(queryTerms.find((word) => term.startsWith(word)) ?? term);
  return [...marks];
}

/**
 * A match that may be shown. Only matches good enough to be shown become candidates, and only the chosen
 * candidates work out their highlight: at 50,000 documents a common word matches most of them.
 */
type Candidate<D> = {
  document: D;
  score: number;
  position: number;
  result: SearchResult | undefined;
  /** A half-typed short word to mark as well. */
  mark: string | undefined;
};

const before = <D>(a: Candidate<D>, b: Candidate<D>) =>
  a.score > b.score || (a.score === b.score && a.position < b.position);

/** Keeps the best `size` candidates in order; each insertion costs at most `size` steps. */
class Best<D> {
  private readonly list: Candidate<D>[] = [];
  private sorted = true;
  constructor(private readonly size: number) {}

  /** The score a newcomer must beat, or -Infinity while there is room. */
  get floor(): number {
    return this.list.length < this.size ? Number.NEGATIVE_INFINITY : (this.list.at(-1)?.score ?? 0);
  }

  get items(): Candidate<D>[] {
    if (!this.sorted) {
      this.list.sort((a, b) => (before(a, b) ? -1 : 1));
      this.sorted = true;
    }
    return this.list;
  }

  /** Whether a candidate with this score and position would be kept. */
  admits(score: number, position: number): boolean {
    const last = this.list.at(-1);
    return (
      !Number.isFinite(this.size) ||
      this.list.length < this.size ||
      last === undefined ||
      score > last.score ||
      (score === last.score && position < last.position)
    );
  }

  add(candidate: Candidate<D>) {
    // Unbounded: collect everything and sort once at the end.
    if (!Number.isFinite(this.size)) {
      this.list.push(candidate);
      this.sorted = false;
      return;
    }
    if (!this.admits(candidate.score, candidate.position)) return;
    if (this.list.length >= this.size) this.list.pop();
    let at = this.list.length;
    for (
      let previous = this.list[at - 1];
      previous && before(candidate, previous);
      previous = this.list[at - 1]
    ) {
      at -= 1;
    }
    this.list.splice(at, 0, candidate);
  }
}

function createEngine<D extends TitleDocument>(
  index: MiniSearch<TitleDocument>,
  vocabulary: ReadonlySet<string>,
  documents: D[],
): SearchEngine<D> {
  const byHref = new Map<unknown, D>(documents.map((document) => [document.href, document]));

  // Worked out once per page, so ranking a match costs one lookup: the page's place in the documents (ties
  // keep it), its name as terms (to see if it starts with the query) and the words of all its names,
  // aliases, codes and tags, space-separated with a space in front, so that "does a name word start with
  // 'ch'" is one substring search.
  type Prepared = { position: number; titleKey: string; nameWords: string };
  const prepared = new Map<D, Prepared>(
    documents.map((document, position) => {
      const title = tokenize(document.title);
      const others = tokenize([...document.names, ...document.codes, ...document.tags].join(' '));
      return [
        document,
        { position, titleKey: title.join(' '), nameWords: ` ${[...title, ...others].join(' ')}` },
      ];
    }),
  );

  // Exact names, aliases and codes; a key two pages share (two "Casting Olivia Colman" items) jumps nowhere.
  const exact = new Map<string, D | null>();
  for (const document of documents) {
    for (const key of new Set([document.title, ...document.names, ...document.codes].map(exactKey))) {
      if (key === '') continue;
      exact.set(key, exact.has(key) ? null : document);
    }
  }

  /** How many of the page's name words start with the prefix; `needle` is the prefix with a space before it. */
  const wordsStartingWith = (document: D, needle: string): number => {
    const words = prepared.get(document)?.nameWords ?? '';
    let count = 0;
    for (let at = words.indexOf(needle); at !== -1; at = words.indexOf(needle, at + 1)) count += 1;
    return count;
  };

  /**
   * Words every page must have (all of them) or may have (the more the better), each matched as a prefix
   * once it has three letters, or from its first letter if it is the half-typed last word.
   */
  const run = (words: string[], combineWith: 'AND' | 'OR', prefixLast: boolean): SearchResult[] =>
    index.search({
      combineWith,
      queries: words.map((word, i) =>
        wordQuery(
          word,
          word.length >= MIN_PREFIX_LENGTH || (prefixLast && i === words.length - 1),
          vocabulary.has(word),
        ),
      ),
    });

  type Visit = (
    document: D,
    score: number,
    result: SearchResult | undefined,
    mark: string | undefined,
  ) => void;

  /** Whether a query's last word is short and half-typed, so that it filters instead of being looked up. */
  const filtersByShortWord = (words: string[], asYouType: boolean) =>
    asYouType && (words.at(-1) ?? '').length < MIN_PREFIX_LENGTH;

  /**
   * Calls `visit` for every matching page with its score: best first, unless a short half-typed word
   * filters them.
   */
  const eachMatch = (words: string[], asYouType: boolean, visit: Visit): void => {
    const last = words.at(-1) ?? '';
    if (!filtersByShortWord(words, asYouType)) {
      let results = run(words, 'AND', asYouType);
      // No page has every word: rank the pages that have most of them rather than show nothing.
      if (results.length === 0 && words.length > 1) results = run(words, 'OR', asYouType);
      for (const result of results) {
        const document = byHref.get(result.id);
        if (document) visit(document, result.score, result, undefined);
      }
      return;
    }
    // A short half-typed word filters what the other words find (or every page, if it is alone) by the
    // words of each page's names, instead of being expanded through the index. A little more for each
    // further name word it begins ("n": Nick Nelson before Naomi).
    const bonus = (count: number) => 1 + 0.1 * (count - 1);
    const needle = ` ${last}`;
    const rest = words.slice(0, -1);
    if (rest.length === 0) {
      for (const document of documents) {
        const count = wordsStartingWith(document, needle);
        if (count > 0) visit(document, bonus(count), undefined, last);
      }
      return;
    }
    const results = run(rest, 'AND', false);
    let found = false;
    for (const result of results) {
      const document = byHref.get(result.id);
      const count = document ? wordsStartingWith(document, needle) : 0;
      if (document && count > 0) {
        found = true;
        visit(document, result.score * bonus(count), result, last);
      }
    }
    if (found) return;
    // Nothing has a name word starting with it: rank by the other words alone, as an OR would.
    for (const result of results) {
      const document = byHref.get(result.id);
      if (document) visit(document, result.score, result, undefined);
    }
  };

  const search = (query: string, options: SearchEngineOptions = {}): SearchResults<D> => {
    const asYouType = options.asYouType ?? false;
    const words = queryTerms(query, asYouType);
    const counts = new Map<SearchKind, number>();
    if (words.length === 0) return { hits: [], total: 0, counts };
    const queryKey = words.join(' ');
    const best = exact.get(queryKey);
    const { kind, perKind } = options;

    const overall = new Best<D>(options.limit ?? Number.POSITIVE_INFINITY);
    const byKind = new Map<SearchKind, Best<D>>();
    let total = 0;
    const bestFirst = !filtersByShortWord(words, asYouType);
    const visit: Visit = (document, raw, result, mark) => {
      counts.set(document.kind, (counts.get(document.kind) ?? 0) + 1);
      if (kind !== undefined && document.kind !== kind) return;
      total += 1;
      let group: Best<D> | undefined;
      if (perKind !== undefined) {
        group = byKind.get(document.kind);
        if (group === undefined) {
          group = new Best<D>(perKind);
          byKind.set(document.kind, group);
        }
      }
      const list = group ?? overall;
      // Nothing gains more than MAX_FACTOR from here on: when matches come best first, one that cannot
      // reach the list's floor even so is only counted.
      if (bestFirst && raw * MAX_FACTOR < list.floor && document !== best) return;
      const { position = 0, titleKey = '' } = prepared.get(document) ?? {};
      const startsWith = asYouType && titleKey.startsWith(queryKey);
      const score =
        document === best
          ? Number.POSITIVE_INFINITY
          : raw * kindBoost(document.kind) * (startsWith ? TITLE_START_BOOST : 1);
      // Most matches do not make the cut: check before building a candidate for one.
      if (list.admits(score, position)) list.add({ document, score, position, result, mark });
    };
    eachMatch(words, asYouType, visit);

    const chosen =
      perKind === undefined
        ? overall.items
        : [...byKind.values()].flatMap((group) => group.items).sort((a, b) => (before(a, b) ? -1 : 1));
    const limited = options.limit === undefined ? chosen : chosen.slice(0, options.limit);
    return {
      hits: limited.map(({ document, score, result, mark }) => {
        const highlight = [...(result ? highlightTerms(result) : []), ...(mark === undefined ? [] : [mark])];
        return { document, score, highlight, titleSegments: highlightSegments(document.title, highlight) };
      }),
      total,
      counts,
    };
  };

  const nearestWord = (word: string): string | undefined => {
    const counts = new Map<string, number>();
    for (const result of index.search({ queries: [word], prefix: false, fuzzy: 2 })) {
      for (const term of result.terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    }
    let nearest: { term: string; distance: number; count: number } | undefined;
    for (const [term, count] of counts) {
      const distance = editDistance(word, term);
      if (distance === 0 || distance > 2) continue;
      if (
        nearest === undefined ||
        distance < nearest.distance ||
        (distance === nearest.distance &&
          (count > nearest.count || (count === nearest.count && term < nearest.term)))
      ) {
        nearest = { term, distance, count };
      }
    }
    return nearest?.term;
  };

  const didYouMean = (query: string): string | undefined => {
    let changed = false;
    const corrected = queryTerms(query).map((word) => {
      if (!/^\p{L}{3,}$/u.test(word) || vocabulary.has(word)) return word;
      const nearest = nearestWord(word);
      if (nearest === undefined) return word;
      changed = true;
      return nearest;
    });
    return changed ? corrected.join(' ') : undefined;
  };

  return {
    search,
    exactMatch: (query) => exact.get(exactKey(query)) ?? undefined,
    didYouMean,
    serialise: () => JSON.stringify(index),
  };
}

/** Builds an index over the documents (in the browser: milliseconds at the wiki's size). */
export function createSearchEngine<D extends TitleDocument>(
  documents: D[],
  fields: FieldSet,
): SearchEngine<D> {
  // Every indexed term passes through here, which gives the vocabulary for free.
  const vocabulary = new Set<string>();
  const index = new MiniSearch<TitleDocument>(miniSearchOptions(fields, (term) => vocabulary.add(term)));
  index.addAll(documents);
  return createEngine(index, vocabulary, documents);
}

/** Documents indexed between two pauses of `buildSearchEngine`. */
const BATCH_SIZE = 25;

/**
 * Lets the browser handle input and paint, then carries on. A message to a channel rather than MiniSearch's
 * `setTimeout(…, 0)` (`addAllAsync`): the browser holds a timer set from a timer's callback back by at least
 * 4 ms once they are nested five deep, which made about a third of the pauses of a full build wait for
 * nothing.
 */
function pause(): Promise<void> {
  return new Promise((resume) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resume();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * The same index, built a few dozen documents at a time with a pause between batches, so a phone keeps
 * responding while the results page builds its full-text index (one long task would block input).
 */
export async function buildSearchEngine<D extends TitleDocument>(
  documents: D[],
  fields: FieldSet,
): Promise<SearchEngine<D>> {
  const vocabulary = new Set<string>();
  const index = new MiniSearch<TitleDocument>(miniSearchOptions(fields, (term) => vocabulary.add(term)));
  for (let start = 0; start < documents.length; start += BATCH_SIZE) {
    if (start > 0) await pause();
    index.addAll(documents.slice(start, start + BATCH_SIZE));
  }
  return createEngine(index, vocabulary, documents);
}

function isIndexObject(value: unknown): value is AsPlainObject {
  return typeof value === 'object' && value !== null && 'index' in value && Array.isArray(value.index);
}

/** Loads an index serialised by `serialise()`; the documents are the ones it was built from. */
export function loadSearchEngine<D extends TitleDocument>(
  json: string,
  documents: D[],
  fields: FieldSet,
): SearchEngine<D> {
  const parsed: unknown = JSON.parse(json);
  if (!isIndexObject(parsed)) throw new Error('Not a serialised search index');
  // The serialised index lists each term once, as the first item of its entry.
  const vocabulary = new Set(parsed.index.map(([term]) => term));
  const index = MiniSearch.loadJS<TitleDocument>(
    parsed,
    miniSearchOptions(fields, () => {}),
  );
  return createEngine(index, vocabulary, documents);
}
