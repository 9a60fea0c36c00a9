import { useParams } from 'react-router';
import { InlineLinks, LinkList } from '../../components/link-list';
import { PageHeading } from '../../components/page-heading';
import { PageSources } from '../../components/page-sources';
import type { PlaceRow } from '../../content/pages/places';
import { Link } from '../../lib/link';
import { PageMeta } from '../../lib/page-meta';
import { pageDataKeys, paths } from '../../lib/paths';
import { Spoiler, SpoilerGate } from '../../shared/spoiler';
import { RoutePage } from '../route-page';

export function PlaceRoute() {
  const { slug = '' } = useParams();
  return (
    <RoutePage pageKey={pageDataKeys.entry('place', slug)} kind="place">
      {(data) => {
        const first = data.episodes[0];
        const page = (
          <article className="entity-page">
            <PageMeta meta={data.meta} />
            <PageHeading
              eyebrow={data.placeKind === 'setting' ? 'A place in the story' : 'A filming location'}
            >
              {data.name}
            </PageHeading>
            <dl className="facts">
              {data.location ? (
                <>
                  <dt>Where</dt>
                  <dd>{data.location}</dd>
                </>
              ) : null}
              {data.placeKind === 'filming' ? (
                <>
                  <dt>Played</dt>
                  <dd>
                    <InlineLinks
                      links={data.standsInFor}
                      empty="itself, or a place the sources do not name"
                    />
                  </dd>
                </>
              ) : (
                <>
                  <dt>Filmed at</dt>
                  <dd>
                    <InlineLinks links={data.filmedAt} empty="not recorded in our sources" />
                  </dd>
                </>
              )}
            </dl>
            <p className="lede">{data.description}</p>
            <section aria-labelledby="episodes-heading">
              <h2 id="episodes-heading">Seen in</h2>
              <LinkList links={data.episodes} empty="No episode recorded yet." />
              {data.scenes.length > 0 ? (
                <>
                  <h3>Scenes</h3>
                  <LinkList links={data.scenes} />
                </>
              ) : null}
            </section>
            <p>
              <Link to={paths.index('place')}>Every place</Link>
            </p>
            <PageSources
              sources={data.sources}
              backlinks={data.backlinks}
              unverified={data.unverified}
              record={data.record}
            />
          </article>
        );
        return first ? (
          <SpoilerGate mark={first} what={`a place first seen in ${first.label}`}>
            {page}
          </SpoilerGate>
        ) : (
          page
        );
      }}
    </RoutePage>
  );
}

function PlaceRows({ rows, detail }: { rows: PlaceRow[]; detail: (row: PlaceRow) => string | undefined }) {
  return (
    <ul className="place-list">
      {rows.map((row) => {
        const extra = detail(row);
        return (
          <li key={row.href}>
            <Spoiler mark={row.revealedIn} what="a place">
              <Link to={row.href}>{row.label}</Link>
              {extra ? <span className="muted"> · {extra}</span> : null}
            </Spoiler>
          </li>
        );
      })}
    </ul>
  );
}

export function PlacesRoute() {
  return (
    <RoutePage pageKey={pageDataKeys.index('place')} kind="places">
      {(data) => (
        <div>
          <PageMeta meta={data.meta} />
          <PageHeading>Places</PageHeading>
          <section aria-labelledby="settings-heading">
            <h2 id="settings-heading">Where the story is set</h2>
            <PlaceRows
              rows={data.settings}
              detail={(row) =>
                row.filmedAt.length > 0
                  ? `filmed at ${row.filmedAt.map((place) => place.label).join(', ')}`
                  : undefined
              }
            />
          </section>
          <section aria-labelledby="filming-heading">
            <h2 id="filming-heading">Where it was filmed</h2>
            <PlaceRows rows={data.filming} detail={(row) => row.location} />
          </section>
        </div>
      )}
    </RoutePage>
  );
}
