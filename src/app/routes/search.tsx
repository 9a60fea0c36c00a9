import { SearchPage } from '../../features/search/search-page';
import { useMarkPageReady } from '../../lib/page-ready';

/** /search?q=&kind=: the results page (see src/features/search). */
export function SearchRoute() {
  useMarkPageReady();
  return <SearchPage />;
}
