import { useParams } from 'react-router';
import { DateText } from '../../components/date-text';
import { InlineLinks } from '../../components/link-list';
import { PageHeading } from '../../components/page-heading';
import { PageSources } from '../../components/page-sources';
import { Link } from '../../lib/link';
import { PageMeta } from '../../lib/page-meta';
import { pageDataKeys, paths } from '../../lib/paths';
import { Spoiler, SpoilerGate } from '../../shared/spoiler';
import { RoutePage } from '../route-page';

export function BookRoute() {
  const { slug = '' } = useParams();
  return (
    <RoutePage pageKey={pageDataKeys.entry('book', slug)} kind="book">
      {(data) => {
        const page = (
          <article className="entity-page">
            <PageMeta meta={data.meta} />
            <PageHeading eyebrow={data.volume === undefined ? data.bookKind : `Volume ${data.volume}`}>
              {data.title}
            </PageHeading>
            <dl className="facts">
              <dt>By</dt>
              <dd>
                <Link to={paths.entry('person', 'alice-oseman')}>Alice Oseman</Link>
              </dd>
              {data.published ? (
                <>
                  <dt>Published</dt>
                  <dd>
                    <DateText value={data.published} />
                  </dd>
                </>
              ) : null}
            </dl>
            <p className="lede">{data.description}</p>
            <section aria-labelledby="adapted-heading">
              <h2 id="adapted-heading">On screen</h2>
              {data.adaptations.length === 0 ? <p className="muted">No episode adapts this book.</p> : null}
              <ul>
                {data.adaptations.map((adaptation) => (
                  <li key={adaptation.episodes.map((episode) => episode.code).join()}>
                    Adapted in <InlineLinks links={adaptation.episodes} />
                    {adaptation.chapters ? ` (${adaptation.chapters})` : ''}
                    {adaptation.note ? `. ${adaptation.note}` : ''}
                  </li>
                ))}
              </ul>
            </section>
            {data.changes.length > 0 ? (
              <section aria-labelledby="changes-heading">
                <h2 id="changes-heading">Changes from the book</h2>
                <ul>
                  {data.changes.map((change) => (
                    <li key={`${change.episode.code}-${change.note}`}>
                      <Spoiler mark={change.revealedIn} what="a change from the book" block>
                        <Link to={change.episode.href}>{change.episode.label}</Link>: {change.note}
                      </Spoiler>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            <p>
              <Link to={paths.index('book')}>Every book</Link>
            </p>
            <PageSources
              sources={data.sources}
              backlinks={data.backlinks}
              unverified={data.unverified}
              record={data.record}
            />
          </article>
        );
        // The whole page tells what happens in the book: it waits, like an episode's, until the fan has
        // watched the last episode that adapts it.
        return data.revealedIn ? (
          <SpoilerGate
            mark={data.revealedIn}
            what={`${data.title}, which the show adapts up to ${data.revealedIn.code.toUpperCase()}`}
          >
            {page}
          </SpoilerGate>
        ) : (
          page
        );
      }}
    </RoutePage>
  );
}

export function BooksRoute() {
  return (
    <RoutePage pageKey={pageDataKeys.index('book')} kind="books">
      {(data) => (
        <div>
          <PageMeta meta={data.meta} />
          <PageHeading>Books</PageHeading>
          <p>
            Heartstopper began as Alice Oseman’s webcomic and graphic novels; the show adapts them volume by
            volume, and the story crosses into Oseman’s other books.
          </p>
          <ul className="book-list">
            {data.items.map((item) => (
              <li key={item.href}>
                <Link to={item.href}>{item.label}</Link> <span className="muted">· {item.detail}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </RoutePage>
  );
}
