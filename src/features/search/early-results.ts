/**
 * The results of a search that was not prerendered, drawn into the search page's prerendered shell before
 * the app's code has loaded (./early-search.ts works them out; SEARCH_PAGE_SCRIPT in scripts/boot-script.ts
 * asks for them), with the page state the app then hydrates them from.
 *
 * The markup is the app's own (`Results` in ./search-page.tsx): the same elements, attributes and text, and
 * the empty comment React writes between two adjacent texts, which hydration relies on. React's server
 * renderer would guarantee that, but it is about 71 kB gzip, more than everything else this path loads;
 * instead early-results.test.tsx renders both for every branch of the page and fails on any difference.
 * Text only ever becomes text nodes, so nothing a query holds can become markup.
 */
import type { DehydratedState } from '@tanstack/react-query';
import { SEARCH_KINDS } from '../../content/search-documents';
import type { PageState } from '../../lib/page-state';
import { paths } from '../../lib/paths';
import { kindLabel } from '../../lib/routes';
import { groupByKind } from './groups';
import type { Segment } from './highlight';
import type { ResultHit, SearchResultsData } from './results';
import { resultsQueryKey, searchHref } from './search-address';

type Child = Node | string | number | null | Child[];

/** The site's base path without its trailing slash: the router writes in-app links under it. */
const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

/**
 * Children as React renders them: texts as text nodes, with an empty comment between two adjacent ones (in
 * nested lists too, as React's fragments), and nothing for null or an empty text.
 */
function append(parent: Node, children: Child[]): void {
  let afterText = false;
  const add = (child: Child) => {
    if (Array.isArray(child)) {
      child.forEach(add);
    } else if (typeof child === 'string' || typeof child === 'number') {
      if (child === '') return;
      if (afterText) parent.appendChild(document.createComment(' '));
      parent.appendChild(document.createTextNode(String(child)));
      afterText = true;
    } else if (child !== null) {
      parent.appendChild(child);
      afterText = false;
    }
  };
  children.forEach(add);
}

/** An element with its attributes in the order React writes them; undefined ones are left out. */
function h(tag: string, attributes: Record<string, string | undefined>, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  append(element, children);
  return element;
}

/** An in-app link as the wiki's `Link` (src/lib/link.tsx) renders it: its own attributes, then the address. */
function link(to: string, attributes: Record<string, string | undefined>, ...children: Child[]): HTMLElement {
  return h('a', { ...attributes, href: `${BASE}${to}` }, ...children);
}

function segments(runs: readonly Segment[]): Child[] {
  return runs.map((run) => (run.mark ? h('mark', {}, run.text) : run.text));
}

function resultItem(hit: ResultHit): HTMLElement {
  return h(
    'li',
    {},
    link(hit.document.href, { class: 'search-result__title' }, segments(hit.titleSegments)),
    h('span', { class: 'search-result__context' }, hit.document.context),
    h('p', { class: 'search-result__snippet' }, segments(hit.snippet)),
  );
}

function nothingFound(query: string): Child[] {
  return [
    h('p', {}, 'Nothing in the wiki matches “', query, '”.'),
    h(
      'ul',
      {},
      h('li', {}, 'Check the spelling, or use fewer or shorter words.'),
      h(
        'li',
        {},
        'Episodes answer to their codes in any form: ',
        link(searchHref('s1e4'), {}, 's1e4'),
        ',',
        ' ',
        link(searchHref('1x04'), {}, '1x04'),
        ',',
        ' ',
        link(searchHref('episode 4'), {}, 'episode 4'),
        '.',
      ),
      h(
        'li',
        {},
        'Or browse ',
        link(paths.index('character'), {}, 'characters'),
        ',',
        ' ',
        link(paths.index('episode'), {}, 'episodes'),
        ',',
        ' ',
        link(paths.index('scene'), {}, 'scenes'),
        ' and',
        ' ',
        link(paths.index('commentary'), {}, 'commentary'),
        '.',
      ),
    ),
  ];
}

/** What `Results` renders for these results, node for node. */
export function resultsNodes(results: SearchResultsData): Child[] {
  const { query, counts, total, correction } = results;
  const kind = results.kind ?? undefined;
  const all = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const kinds = SEARCH_KINDS.filter((candidate) => (counts[candidate] ?? 0) > 0 || candidate === kind);

  const status = h(
    'p',
    { role: 'status' },
    `${total} ${total === 1 ? 'result' : 'results'}`,
    ' for “',
    query,
    '”',
    kind === undefined ? null : ` in ${kindLabel(kind).toLowerCase()}`,
  );
  const didYouMean = correction
    ? h(
        'p',
        { class: 'search-did-you-mean' },
        'Did you mean ',
        link(searchHref(correction, kind), {}, correction),
        '?',
      )
    : null;
  const filters =
    all > 0
      ? h(
          'nav',
          { 'aria-label': 'Filter results by kind', class: 'search-filters' },
          h(
            'ul',
            {},
            h(
              'li',
              {},
              link(
                searchHref(query),
                { 'aria-current': kind === undefined ? 'page' : undefined },
                'All (',
                all,
                ')',
              ),
            ),
            kinds.map((candidate) =>
              h(
                'li',
                {},
                link(
                  searchHref(query, candidate),
                  { 'aria-current': kind === candidate ? 'page' : undefined },
                  kindLabel(candidate),
                  ' (',
                  counts[candidate] ?? 0,
                  ')',
                ),
              ),
            ),
          ),
        )
      : null;

  if (total === 0) {
    const empty =
      all > 0 && kind !== undefined
        ? h(
            'p',
            {},
            'No ',
            kindLabel(kind).toLowerCase(),
            ' match. ',
            link(searchHref(query), {}, 'Show all ', all),
            '.',
          )
        : nothingFound(query);
    return [status, didYouMean, filters, h('div', { class: 'empty-state' }, empty)];
  }

  const groups = groupByKind(results.hits).map((group) => {
    const headingId = `results-${group.kind}`;
    const count = counts[group.kind] ?? group.hits.length;
    const label = kindLabel(group.kind);
    const more =
      group.hits.length < count
        ? h(
            'p',
            {},
            kind === undefined
              ? link(
                  searchHref(query, group.kind),
                  {},
                  'All ',
                  count,
                  ' ',
                  label.toLowerCase(),
                  ' for “',
                  query,
                  '”',
                )
              : `The first ${group.hits.length} are shown: add a word to narrow the search.`,
          )
        : null;
    return h(
      'section',
      { 'aria-labelledby': headingId },
      h('h2', { id: headingId }, label, ' (', count, ')'),
      h('ol', {}, group.hits.map(resultItem)),
      more,
    );
  });
  return [status, didYouMean, filters, h('div', { class: 'search-results' }, groups)];
}

/**
 * Puts the results into the search page's shell (the page as prerendered for /search) where the app renders
 * them for this address: after the form, in place of the hints, with the address's query in the box and
 * its kind filter in the form. Throws, changing nothing, if the shell is not there.
 */
export function showResults(root: ParentNode, results: SearchResultsData, addressQuery: string): void {
  const page = root.querySelector('.search-page');
  const form = page?.querySelector(':scope > form.search-page__form');
  const box = form?.querySelector('input[name="q"]');
  const submit = form?.querySelector('button[type="submit"]');
  if (!page || !form || !(box instanceof HTMLInputElement) || !submit)
    throw new Error('The search page shell is not on the page');
  while (form.nextSibling) form.nextSibling.remove();
  append(page, resultsNodes(results));
  // The box's value as markup, as the app renders it; the fan has not typed (the caller checks).
  box.defaultValue = addressQuery;
  if (results.kind !== null)
    form.insertBefore(h('input', { type: 'hidden', name: 'kind', value: results.kind }), submit);
}

/**
 * The shell's page state with the results added to its react-query cache, as `dehydrate` would write them,
 * and the address they answer, so the app hydrates the page with them (src/main.tsx).
 */
export function withResults(
  page: PageState,
  search: string,
  results: SearchResultsData,
  now: number,
): PageState {
  const queryKey = resultsQueryKey(results.query, results.kind ?? undefined);
  const query: DehydratedState['queries'][number] = {
    queryKey,
    // react-query's hash of a key made of strings and null is its JSON.
    queryHash: JSON.stringify(queryKey),
    dehydratedAt: now,
    state: {
      data: results,
      dataUpdateCount: 1,
      dataUpdatedAt: now,
      error: null,
      errorUpdateCount: 0,
      errorUpdatedAt: 0,
      fetchFailureCount: 0,
      fetchFailureReason: null,
      fetchMeta: null,
      isInvalidated: false,
      status: 'success',
      fetchStatus: 'idle',
    },
  };
  return { ...page, search, state: { ...page.state, queries: [...page.state.queries, query] } };
}
