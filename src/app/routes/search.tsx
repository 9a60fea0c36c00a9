import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { SearchForm } from '../../components/search-form';
import type { SearchEntry } from '../../content/page-data';
import { pageQuery } from '../../content/queries';
import { pageDataKeys, paths } from '../../lib/paths';

const KIND_LABELS: Record<SearchEntry['kind'], string> = {
  character: 'Characters',
  actor: 'Actors',
  person: 'People',
  episode: 'Episodes',
  scene: 'Scenes',
  commentary: 'Commentary',
  season: 'Seasons',
  source: 'Sources',
};
const KIND_ORDER: SearchEntry['kind'][] = ['character', 'episode', 'scene', 'actor', 'person', 'commentary'];

/** Case- and accent-insensitive form of a string, so "stephane" finds "Stéphane". */
function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Entries whose name, aliases or context contain every word of the query. */
export function matchEntries(entries: SearchEntry[], query: string): SearchEntry[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return entries.filter((entry) => {
    const haystack = fold([...entry.terms, entry.context].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

function Results({ query }: { query: string }) {
  const { data } = useSuspenseQuery(pageQuery(pageDataKeys.searchList()));
  const entries = data.kind === 'search-list' ? data.entries : [];
  const results = matchEntries(entries, query);
  if (results.length === 0) {
    return (
      <div className="empty-state">
        <p>
          Nothing matches “{query}”. Try fewer words, a character’s first name, or an episode code such as{' '}
          <Link to={paths.search('s1e4')}>s1e4</Link>.
        </p>
      </div>
    );
  }
  const groups = KIND_ORDER.map((kind) => ({
    kind,
    items: results.filter((entry) => entry.kind === kind),
  })).filter((group) => group.items.length > 0);
  return (
    <div>
      <p role="status">
        {results.length} {results.length === 1 ? 'result' : 'results'} for “{query}”
      </p>
      {groups.map(({ kind, items }) => (
        <section key={kind} aria-labelledby={`results-${kind}`}>
          <h2 id={`results-${kind}`}>
            {KIND_LABELS[kind]} ({items.length})
          </h2>
          <ul className="link-list">
            {items.map((entry) => (
              <li key={entry.href}>
                <Link to={entry.href}>{entry.label}</Link> <span className="muted">{entry.context}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export function SearchRoute() {
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  return (
    <div>
      <title>{query ? `Search: ${query} · Heartstopper Wiki` : 'Search · Heartstopper Wiki'}</title>
      <meta name="robots" content="noindex" />
      <PageHeading>Search</PageHeading>
      <SearchForm key={query} defaultValue={query} label="Search the wiki" />
      {query ? (
        <Results query={query} />
      ) : (
        <p className="muted">Type a name, an episode code or a few words.</p>
      )}
    </div>
  );
}
