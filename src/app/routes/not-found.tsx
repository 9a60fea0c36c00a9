import { PageHeading } from '../../components/page-heading';
import { SearchForm } from '../../components/search-form';
import { Link } from '../../lib/link';
import { PageMeta } from '../../lib/page-meta';
import { useMarkPageReady } from '../../lib/page-ready';
import { paths } from '../../lib/paths';

export function NotFoundPage() {
  useMarkPageReady();
  return (
    <div className="not-found">
      <PageMeta meta={{ title: 'Page not found · Heartstopper Wiki' }} />
      <PageHeading>Page not found</PageHeading>
      <p>
        There is no page at this address. The link may be mistyped, cut short by a chat app, or point to
        something that isn’t in the wiki yet.
      </p>
      <SearchForm label="Search for what you were looking for" name="Find the page" />
      <h2>Or browse</h2>
      <ul className="link-list">
        <li>
          <Link to={paths.page('home')}>Home</Link>
        </li>
        <li>
          <Link to={paths.index('character')}>All characters</Link>
        </li>
        <li>
          <Link to={paths.index('episode')}>All episodes</Link>
        </li>
        <li>
          <Link to={paths.index('scene')}>All scenes</Link>
        </li>
        <li>
          <Link to={paths.index('commentary')}>Creator commentary</Link>
        </li>
        <li>
          <Link to={paths.index('actor')}>Cast and crew</Link>
        </li>
        <li>
          <Link to={paths.index('song')}>Music</Link>, <Link to={paths.index('place')}>places</Link> and{' '}
          <Link to={paths.index('book')}>books</Link>
        </li>
      </ul>
    </div>
  );
}
