import { useParams } from 'react-router';
import { InlineLinks } from '../../components/link-list';
import { SongList } from '../../components/on-screen';
import { PageHeading } from '../../components/page-heading';
import { PageSources } from '../../components/page-sources';
import { Link } from '../../lib/link';
import { PageMeta } from '../../lib/page-meta';
import { pageDataKeys, paths } from '../../lib/paths';
import { Spoiler, SpoilerGate } from '../../shared/spoiler';
import { RoutePage } from '../route-page';

export function SongRoute() {
  const { slug = '' } = useParams();
  return (
    <RoutePage pageKey={pageDataKeys.entry('song', slug)} kind="song">
      {(data) => {
        const page = (
          <article className="entity-page">
            <PageMeta meta={data.meta} />
            <PageHeading eyebrow="Song">{data.title}</PageHeading>
            <dl className="facts">
              <dt>By</dt>
              <dd>{data.artists.join(', ')}</dd>
              <dt>Plays in</dt>
              <dd>
                {data.episode ? (
                  <Link to={data.episode.href}>{data.episode.label}</Link>
                ) : (
                  `Season ${data.season} (the sources name no episode)`
                )}
              </dd>
              {data.scene ? (
                <>
                  <dt>Scene</dt>
                  <dd>
                    <Link to={data.scene.href}>{data.scene.label}</Link>
                  </dd>
                </>
              ) : null}
            </dl>
            {data.placement ? <p className="lede">{data.placement}</p> : null}
            <p>
              <Link to={paths.index('song')}>The whole soundtrack</Link>
            </p>
            <PageSources
              sources={data.sources}
              backlinks={data.backlinks}
              unverified={data.unverified}
              record={data.record}
            />
          </article>
        );
        return data.episode ? (
          <SpoilerGate mark={data.episode} what={`a song in ${data.episode.label}`}>
            {page}
          </SpoilerGate>
        ) : (
          page
        );
      }}
    </RoutePage>
  );
}

export function MusicRoute() {
  return (
    <RoutePage pageKey={pageDataKeys.index('song')} kind="music">
      {(data) => (
        <div>
          <PageMeta meta={data.meta} />
          <PageHeading>Music</PageHeading>
          <p>Every song the sources name, season by season and episode by episode.</p>
          {data.composers.length > 0 ? (
            <p>
              The score, heard between the songs, is by <InlineLinks links={data.composers} />.
            </p>
          ) : null}
          {data.seasons.map((season) => (
            <section key={season.number} aria-labelledby={`music-season-${season.number}`}>
              <h2 id={`music-season-${season.number}`}>Season {season.number}</h2>
              {season.episodes.length === 0 ? <p className="muted">No songs recorded yet.</p> : null}
              {season.episodes.map((group) => (
                <section key={group.episode?.code ?? 'season'}>
                  <h3>
                    {group.episode ? (
                      <Spoiler mark={group.episode} what="an episode title">
                        <Link to={group.episode.href}>{group.episode.label}</Link>
                      </Spoiler>
                    ) : (
                      'Elsewhere in the season'
                    )}
                  </h3>
                  <SongList songs={group.songs} />
                </section>
              ))}
            </section>
          ))}
        </div>
      )}
    </RoutePage>
  );
}
