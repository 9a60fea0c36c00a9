import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { pageQuery } from '../../content/queries';
import { Link } from '../../lib/link';
import { PageMeta } from '../../lib/page-meta';
import { pageDataKeys, paths } from '../../lib/paths';
import { RoutePage } from '../route-page';

/** Pages worth landing on at random: every entry with a page of its own (season sections are not pages). */
function pickRandom(hrefs: string[]): string | undefined {
  const pages = hrefs.filter((href) => !href.includes('#'));
  return pages[Math.floor(Math.random() * pages.length)];
}

function RandomJump() {
  const navigate = useNavigate();
  const titles = useQuery(pageQuery(pageDataKeys.searchTitles()));
  const documents = titles.data?.kind === 'search-titles' ? titles.data.documents : undefined;
  useEffect(() => {
    if (!documents) return;
    const href = pickRandom(documents.map((document) => document.href));
    if (href) navigate(href, { replace: true });
  }, [documents, navigate]);
  if (titles.isError) {
    return (
      <p>
        The list of pages could not load. <Link to={paths.page('home')}>Go to the home page</Link> instead.
      </p>
    );
  }
  return <p role="status">Picking a page for you…</p>;
}

export function RandomRoute() {
  return (
    <RoutePage pageKey={pageDataKeys.page('random')} kind="random">
      {(data) => (
        <div>
          <PageMeta meta={data.meta} />
          <PageHeading>Random page</PageHeading>
          <RandomJump />
          <noscript>
            <p>
              Picking a page needs JavaScript. Browse the{' '}
              <Link to={paths.index('character')}>characters</Link> or the{' '}
              <Link to={paths.index('episode')}>episodes</Link> instead.
            </p>
          </noscript>
        </div>
      )}
    </RoutePage>
  );
}
