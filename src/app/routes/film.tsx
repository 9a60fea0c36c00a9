import { DateText } from '../../components/date-text';
import { InlineLinks } from '../../components/link-list';
import { PageHeading } from '../../components/page-heading';
import { OutletLinks, PageSources } from '../../components/page-sources';
import { PageMeta } from '../../lib/page-meta';
import { pageDataKeys } from '../../lib/paths';
import { SpoilerGate } from '../../shared/spoiler';
import { RoutePage } from '../route-page';

export function FilmRoute() {
  return (
    <RoutePage pageKey={pageDataKeys.page('film')} kind="film">
      {(data) => {
        const page = (
          <article className="entity-page">
            <PageMeta meta={data.meta} />
            <PageHeading eyebrow="The film">{data.title}</PageHeading>
            <p className="film-status">
              <strong>
                Status as of <DateText value={data.status.asOf} />:
              </strong>{' '}
              {data.status.text}{' '}
              <span className="muted">
                (<OutletLinks sources={data.status.sources} />)
              </span>
            </p>
            <dl className="facts">
              <dt>Directed by</dt>
              <dd>
                <InlineLinks links={data.directors} />
              </dd>
              {data.writers.length > 0 ? (
                <>
                  <dt>Written by</dt>
                  <dd>
                    <InlineLinks links={data.writers} />
                  </dd>
                </>
              ) : null}
              {data.adapts.length > 0 ? (
                <>
                  <dt>Adapts</dt>
                  <dd>
                    <InlineLinks links={data.adapts} />
                  </dd>
                </>
              ) : null}
              {data.announced ? (
                <>
                  <dt>Announced</dt>
                  <dd>
                    <DateText value={data.announced} />
                  </dd>
                </>
              ) : null}
              {data.filmingStarted || data.filmingEnded ? (
                <>
                  <dt>Filming</dt>
                  <dd>
                    {data.filmingStarted ? <DateText value={data.filmingStarted} /> : 'unknown start'} to{' '}
                    {data.filmingEnded ? <DateText value={data.filmingEnded} /> : 'not yet reported'}
                  </dd>
                </>
              ) : null}
            </dl>
            <p className="lede">{data.summary}</p>
            <PageSources
              sources={data.sources}
              backlinks={data.backlinks}
              unverified={data.unverified}
              record={data.record}
            />
          </article>
        );
        return data.revealedIn ? (
          <SpoilerGate mark={data.revealedIn} what="the film that follows the last episode">
            {page}
          </SpoilerGate>
        ) : (
          page
        );
      }}
    </RoutePage>
  );
}
