/**
 * The results page, /search?q=...&kind=...: the query and the kind filter live in the address, so a search
 * can be shared, reloaded and walked back and forward through. Typing refines the search in place (replacing
 * the history entry, so back leaves the page rather than unpicking letters); choosing a filter adds an entry.
 */

import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { SearchFormShell } from '../../components/search-form';
import { isSearchKind, SEARCH_KINDS, type SearchKind } from '../../content/search-documents';
import { Link } from '../../lib/link';
import { useOnline } from '../../lib/online';
import { useDocumentMeta } from '../../lib/page-meta';
import { paths } from '../../lib/paths';
import { kindLabel } from '../../lib/routes';
import { useTypedBeforeHydration } from '../../lib/typed-before-hydration';
import { Spoiler } from '../../shared/spoiler';
import { groupByKind } from './groups';
import { highlightState } from './highlight-state';
import { searchResultsQuery } from './result-queries';
import type { ResultHit, SearchResultsData } from './results';
import { searchHref, searchParams, searchTitle } from './search-address';
import { Segments } from './segments';
import { useHydrated } from './use-hydrated';
import './search.css';

const EXAMPLES = ['nik', 'osman', 'ep 4', 's1e4', 'rugby rain', 'space for joy'];

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The page's h1. It takes focus when the fan arrives from elsewhere in the app (so a screen reader announces
 * the new page) but not as the address changes while they type here, which would pull focus out of the box.
 */
function SearchHeading() {
  const ref = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();
  const arrival = useRef(key);
  useEffect(() => {
    // "default" is the first page of the visit: focus stays where the browser put it.
    if (arrival.current !== 'default') ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <header className="page-heading">
      <h1 ref={ref} tabIndex={-1}>
        Search
      </h1>
    </header>
  );
}

type RecentSearchesStore = typeof import('./recent-searches')['useRecentSearches'];

/**
 * The fan's recent searches. Shown only after hydration (their store starts empty and reads storage after
 * mounting), so the store, and zustand's `persist` with it, load then rather than with the page.
 */
function RecentSearches() {
  const [store, setStore] = useState<RecentSearchesStore>();
  useEffect(() => {
    void import('./recent-searches').then((module) => {
      setStore(() => module.useRecentSearches);
      return module.loadRecentSearches();
    });
  }, []);
  return store ? <RecentSearchesList useStore={store} /> : null;
}

function RecentSearchesList({ useStore }: { useStore: RecentSearchesStore }) {
  const queries = useStore((state) => state.queries);
  const clear = useStore((state) => state.clear);
  const headingId = useId();
  if (queries.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="search-recent">
      <h2 id={headingId}>Your recent searches</h2>
      <ul className="link-list">
        {queries.map((query) => (
          <li key={query}>
            <Link to={searchHref(query)}>{query}</Link>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={clear}>
        Clear recent searches
      </button>
      <p className="muted">Kept in this browser only.</p>
    </section>
  );
}

/** Adds a search to the fan's recent ones, loading their store (and `persist`) if it has not loaded yet. */
function recordRecentSearch(query: string): void {
  void import('./recent-searches').then((module) => module.recordRecentSearch(query));
}

function Examples() {
  return (
    <p>
      Try{' '}
      {EXAMPLES.map((example, i) => (
        <span key={example}>
          {i > 0 ? ', ' : null}
          <Link to={searchHref(example)}>{example}</Link>
        </span>
      ))}
      .
    </p>
  );
}

function ResultItem({ hit, query }: { hit: ResultHit; query: string }) {
  const { document } = hit;
  return (
    <li>
      <Spoiler mark={document.revealedIn} what="a search result" block>
        <ResultBody hit={hit} query={query} />
      </Spoiler>
    </li>
  );
}

function ResultBody({ hit, query }: { hit: ResultHit; query: string }) {
  const { document } = hit;
  return (
    <>
      <Link
        to={document.href}
        state={highlightState(hit.highlight)}
        onClick={() => recordRecentSearch(query)}
        className="search-result__title"
      >
        <Segments segments={hit.titleSegments} />
      </Link>
      <span className="search-result__context">{document.context}</span>
      <Spoiler mark={hit.snippetRevealedIn} what="a passage of the description" block>
        <p className="search-result__snippet">
          <Segments segments={hit.snippet} />
        </p>
      </Spoiler>
    </>
  );
}

function Filters({
  query,
  kind,
  counts,
  total,
}: {
  query: string;
  kind: SearchKind | undefined;
  counts: SearchResultsData['counts'];
  total: number;
}) {
  const kinds = SEARCH_KINDS.filter((candidate) => (counts[candidate] ?? 0) > 0 || candidate === kind);
  return (
    <nav aria-label="Filter results by kind" className="search-filters">
      <ul>
        <li>
          <Link to={searchHref(query)} aria-current={kind === undefined ? 'page' : undefined}>
            All ({total})
          </Link>
        </li>
        {kinds.map((candidate) => (
          <li key={candidate}>
            <Link to={searchHref(query, candidate)} aria-current={kind === candidate ? 'page' : undefined}>
              {kindLabel(candidate)} ({counts[candidate] ?? 0})
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Results({ results }: { results: SearchResultsData }) {
  const { query, counts, total, correction } = results;
  const kind = results.kind ?? undefined;
  const all = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const groups = groupByKind(results.hits);

  const didYouMean = correction ? (
    <p className="search-did-you-mean">
      Did you mean <Link to={searchHref(correction, kind)}>{correction}</Link>?
    </p>
  ) : null;

  return (
    <>
      <p role="status">
        {plural(total, 'result', 'results')} for “{query}”
        {kind === undefined ? null : ` in ${kindLabel(kind).toLowerCase()}`}
      </p>
      {didYouMean}
      {all > 0 ? <Filters query={query} kind={kind} counts={counts} total={all} /> : null}
      {total === 0 ? (
        <div className="empty-state">
          {all > 0 && kind !== undefined ? (
            <p>
              No {kindLabel(kind).toLowerCase()} match. <Link to={searchHref(query)}>Show all {all}</Link>.
            </p>
          ) : (
            <>
              <p>Nothing in the wiki matches “{query}”.</p>
              <ul>
                <li>Check the spelling, or use fewer or shorter words.</li>
                <li>
                  Episodes answer to their codes in any form: <Link to={searchHref('s1e4')}>s1e4</Link>,{' '}
                  <Link to={searchHref('1x04')}>1x04</Link>,{' '}
                  <Link to={searchHref('episode 4')}>episode 4</Link>.
                </li>
                <li>
                  Or browse <Link to={paths.index('character')}>characters</Link>,{' '}
                  <Link to={paths.index('episode')}>episodes</Link>,{' '}
                  <Link to={paths.index('scene')}>scenes</Link> and{' '}
                  <Link to={paths.index('commentary')}>commentary</Link>.
                </li>
              </ul>
              <RecentSearches />
            </>
          )}
        </div>
      ) : (
        <div className="search-results">
          {groups.map((group) => {
            const headingId = `results-${group.kind}`;
            const count = counts[group.kind] ?? group.hits.length;
            return (
              <section key={group.kind} aria-labelledby={headingId}>
                <h2 id={headingId}>
                  {kindLabel(group.kind)} ({count})
                </h2>
                <ol>
                  {group.hits.map((hit) => (
                    <ResultItem key={hit.document.href} hit={hit} query={query} />
                  ))}
                </ol>
                {group.hits.length < count ? (
                  <p>
                    {kind === undefined ? (
                      <Link to={searchHref(query, group.kind)}>
                        All {count} {kindLabel(group.kind).toLowerCase()} for “{query}”
                      </Link>
                    ) : (
                      `The first ${group.hits.length} are shown: add a word to narrow the search.`
                    )}
                  </p>
                ) : null}
              </section>
            );
          })}
        </div>
      )}
    </>
  );
}

export function SearchPage() {
  const hydrated = useHydrated();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const paramQuery = params.get('q') ?? '';
  const kindParam = params.get('kind');
  const paramKind = isSearchKind(kindParam) ? kindParam : undefined;
  // The shell prerendered for /search has no query, so until hydration is over the page renders as if there
  // were none; a prerendered result page came with its results, and renders them from the start.
  const prerendered =
    !hydrated &&
    paramQuery.trim() !== '' &&
    client.getQueryData(searchResultsQuery(paramQuery.trim(), paramKind).queryKey) !== undefined;
  const live = hydrated || prerendered;
  const addressQuery = live ? paramQuery : '';
  const kind = live ? paramKind : undefined;
  const query = addressQuery.trim();
  const inputId = useId();
  const online = useOnline();

  // What the box shows follows the address when it changes from outside (back, forward, a link).
  const [draft, setDraft] = useState(addressQuery);
  const [followed, setFollowed] = useState(addressQuery);
  if (followed !== addressQuery) {
    setFollowed(addressQuery);
    setDraft(addressQuery);
  }

  // Words typed into the prerendered box before the code loaded win over the address (a shared link's query).
  const inputRef = useRef<HTMLInputElement>(null);
  useTypedBeforeHydration(inputRef, addressQuery, (typed) => {
    setDraft(typed);
    setParams(searchParams(typed, paramKind), { replace: true });
  });

  // While the next results are worked out, the last ones stay (typing never flashes "Loading").
  const results = useQuery({
    ...searchResultsQuery(query, kind),
    enabled: query !== '',
    placeholderData: keepPreviousData,
  });

  useDocumentMeta({
    title: searchTitle(query),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (query !== '') recordRecentSearch(query);
  };

  const loading = results.isPending ? (
    <p role="status">
      {online
        ? 'Loading search…'
        : 'You are offline. Search will load by itself when the connection returns.'}
    </p>
  ) : (
    <p role="alert">
      Search could not load.{' '}
      <button type="button" onClick={() => void results.refetch()}>
        Try again
      </button>
    </p>
  );

  return (
    <div className="search-page">
      <SearchHeading />
      <SearchFormShell className="search-page__form" name="Search again" onSubmit={onSubmit}>
        <label htmlFor={inputId} className="visually-hidden">
          Search terms
        </label>
        <input
          ref={inputRef}
          id={inputId}
          type="search"
          name="q"
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value);
            setParams(searchParams(event.target.value, kind), { replace: true });
          }}
          placeholder="Names, episode codes, quotes…"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="search"
        />
        {kind === undefined ? null : <input type="hidden" name="kind" value={kind} />}
        <button type="submit">Search</button>
      </SearchFormShell>
      {query === '' ? (
        <>
          <p className="muted">
            Type a name, a nickname, an episode code (s1e4, 1x04, episode 4) or a few words of a quote.
          </p>
          <Examples />
          {hydrated ? <RecentSearches /> : null}
        </>
      ) : results.data ? (
        <Results results={results.data} />
      ) : (
        loading
      )}
    </div>
  );
}
