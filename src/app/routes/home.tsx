import { CommentaryCard, CommentaryList } from '../../components/commentary-card';
import { DateText } from '../../components/date-text';
import { Leaf } from '../../components/leaf';
import { PageHeading } from '../../components/page-heading';
import { Link } from '../../lib/link';
import { PageMeta } from '../../lib/page-meta';
import { pageDataKeys, paths } from '../../lib/paths';
import { Spoiler } from '../../shared/spoiler';
import { RoutePage } from '../route-page';

export function HomeRoute() {
  return (
    <RoutePage pageKey={pageDataKeys.page('home')} kind="home">
      {(data) => (
        <div className="home">
          <PageMeta meta={data.meta} />
          <section className="hero">
            <PageHeading>
              <Leaf className="hero__leaf" /> Heartstopper Wiki
            </PageHeading>
            <p className="lede">
              Every episode, character, actor and scene of Netflix’s <cite>Heartstopper</cite>, linked
              together, sourced, and with what the show’s creator Alice Oseman has said about them.{' '}
              {data.counts.episodes} episodes, {data.counts.characters} characters, {data.counts.scenes}{' '}
              scenes and {data.counts.commentary} statements so far.
            </p>
          </section>
          {data.featured ? (
            <section className="featured" aria-labelledby="featured-heading">
              <h2 id="featured-heading">Alice Oseman’s favourite scene</h2>
              <CommentaryCard card={data.featured} />
            </section>
          ) : null}
          <section aria-labelledby="seasons-heading">
            <h2 id="seasons-heading">The seasons</h2>
            <div className="season-grid">
              {data.seasons.map((season) => (
                <article key={season.id} className="season-card">
                  <h3>
                    <Link to={`${paths.index('episode')}#season-${season.number}`}>
                      Season {season.number}
                    </Link>
                  </h3>
                  <p className="muted">
                    Released <DateText value={season.released} />
                  </p>
                  <Spoiler mark={season.revealedIn} what={`the summary of season ${season.number}`} block>
                    <p>{season.summary}</p>
                  </Spoiler>
                  <ol className="episode-chips">
                    {season.episodes.map((episode) => (
                      <li key={episode.code}>
                        <Link to={episode.href}>{episode.label}</Link>
                      </li>
                    ))}
                  </ol>
                </article>
              ))}
            </div>
          </section>
          <section aria-labelledby="glance-heading">
            <h2 id="glance-heading">The show at a glance</h2>
            <ul className="link-list">
              <li>
                <Link to={paths.page('appearances')}>Appearance grid</Link>: which characters appear in which
                episode
              </li>
              <li>
                <Link to={paths.page('relationships')}>Relationship map</Link>: partners, family, friends and
                school
              </li>
              <li>
                <Link to={paths.index('song')}>Music</Link>, <Link to={paths.index('place')}>places</Link>,{' '}
                <Link to={paths.index('book')}>books</Link>, <Link to={paths.page('awards')}>awards</Link> and{' '}
                <Link to={paths.page('film')}>the film</Link>
              </li>
            </ul>
          </section>
          <section aria-labelledby="feed-heading">
            <h2 id="feed-heading">What the creator and cast have said</h2>
            <p className="muted">The newest first.</p>
            <CommentaryList cards={data.feed} empty="No commentary yet." />
            <p>
              <Link to={paths.index('commentary')}>All {data.counts.commentary} statements →</Link>
            </p>
          </section>
        </div>
      )}
    </RoutePage>
  );
}
