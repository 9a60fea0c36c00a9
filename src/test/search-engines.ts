import type { SearchDocument, TitleDocument } from '../content/search-documents';
import { createSearchEngine, type SearchEngine } from '../features/search/engine';
import { sitePages } from './render-app';

/** The search documents the site ships (page data), and the engines the browser builds from them. */
export function shippedSearch(): {
  documents: { full: SearchDocument[]; titles: TitleDocument[] };
  fullText: SearchEngine<SearchDocument>;
  suggestions: SearchEngine<TitleDocument>;
} {
  const full = sitePages().page('search-index');
  const titles = sitePages().page('search-titles');
  if (full?.kind !== 'search-index' || titles?.kind !== 'search-titles')
    throw new Error('no search page data');
  return {
    documents: { full: full.documents, titles: titles.documents },
    fullText: createSearchEngine(full.documents, 'full'),
    suggestions: createSearchEngine(titles.documents, 'titles'),
  };
}
