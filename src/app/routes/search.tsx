import { SearchPage } from '../../features/search/search-page';

/** /search?q=&kind=: the results page (see src/features/search). */
export function SearchRoute() {
  return <SearchPage />;
}
