import { CommentaryRows } from '../../components/commentary-rows';
import { DateText } from '../../components/date-text';
import { InlineLinks, ShieldedLink } from '../../components/link-list';
import { PageHeading } from '../../components/page-heading';
import { PersonCard } from '../../components/person-card';
import { Link } from '../../lib/link';
import { PageMeta } from '../../lib/page-meta';
import { pageDataKeys, paths } from '../../lib/paths';
import { SeasonProgress, WatchedCheckbox } from '../../shared/progress-controls';
import { Spoiler } from '../../shared/spoiler';
import { RoutePage } from '../route-page';

export function CharactersRoute() {
  return (
    <RoutePage pageKey={pageDataKeys.index('character')} kind="characters">
      {(data) => (
        <div>
          <PageMeta meta={data.meta} />
          <PageHeading>Characters</PageHeading>
          <p>
            At a glance: the <Link to={paths.page('appearances')}>appearance grid</Link> (who is in which
            episode) and the <Link to={paths.page('relationships')}>relationship map</Link>.
          </p>
          <ul className="card-grid">
            {data.items.map((item) => (
              <PersonCard key={item.href} link={item}>
                <p className="muted">{item.role}</p>
                {item.playedBy.length > 0 ? (
                  <p>
                    Played by <InlineLinks links={item.playedBy} />
                  </p>
                ) : null}
              </PersonCard>
            ))}
          </ul>
        </div>
      )}
    </RoutePage>
  );
}

export function ActorsRoute() {
  return (
    <RoutePage pageKey={pageDataKeys.index('actor')} kind="actors">
      {(data) => (
        <div>
          <PageMeta meta={data.meta} />
          <PageHeading>Cast and crew</PageHeading>
          <h2>Cast</h2>
          <ul className="card-grid">
            {data.items.map((item) => (
              <PersonCard key={item.href} link={item}>
                <p>
                  as <InlineLinks links={item.roles} empty="no recorded role" />
                </p>
              </PersonCard>
            ))}
          </ul>
          <h2>Behind the camera</h2>
          <ul className="card-grid">
            {data.people.map((item) => (
              <PersonCard key={item.href} link={item}>
                <p className="muted">{item.roles.join(', ')}</p>
              </PersonCard>
            ))}
          </ul>
          {data.castChanges.length > 0 ? (
            <section aria-labelledby="cast-changes-heading">
              <h2 id="cast-changes-heading">Cast changes</h2>
              {data.castChanges.map((season) => (
                <section key={season.season} aria-labelledby={`cast-changes-${season.season}`}>
                  <h3 id={`cast-changes-${season.season}`}>Season {season.season}</h3>
                  <ul>
                    {season.changes.map((change) => (
                      <li key={`${change.change}-${change.actor.label}-${change.character?.href ?? ''}`}>
                        {'href' in change.actor ? (
                          <ShieldedLink link={change.actor} what="an actor" />
                        ) : (
                          change.actor.label
                        )}{' '}
                        {change.change === 'joined' ? 'joined' : 'left'}
                        {change.character ? (
                          <>
                            {' '}
                            (<ShieldedLink link={change.character} what="a character" />)
                          </>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </section>
          ) : null}
        </div>
      )}
    </RoutePage>
  );
}

export function EpisodesRoute() {
  return (
    <RoutePage pageKey={pageDataKeys.index('episode')} kind="episodes">
      {(data) => (
        <div>
          <PageMeta meta={data.meta} />
          <PageHeading>Episodes</PageHeading>
          <p>
            Tick the episodes you have seen: with your progress set, the{' '}
            <Link to={paths.page('my-wiki')}>spoiler shield</Link> hides anything from later episodes.
          </p>
          {data.seasons.map((season) => (
            <section
              key={season.id}
              id={`season-${season.number}`}
              aria-labelledby={`season-${season.number}-heading`}
            >
              <h2 id={`season-${season.number}-heading`}>Season {season.number}</h2>
              <p className="muted">
                Released <DateText value={season.released} /> · directed by{' '}
                <InlineLinks links={season.directors} />
              </p>
              <Spoiler mark={season.revealedIn} what={`the summary of season ${season.number}`} block>
                <p>{season.summary}</p>
              </Spoiler>
              <SeasonProgress season={season.number} />
              <ol className="episode-list">
                {season.episodes.map((episode) => (
                  <li key={episode.code}>
                    <WatchedCheckbox code={episode.code} label={episode.label} />{' '}
                    <Link to={episode.href}>{episode.label}</Link>
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </div>
      )}
    </RoutePage>
  );
}

export function ScenesRoute() {
  return (
    <RoutePage pageKey={pageDataKeys.index('scene')} kind="scenes">
      {(data) => (
        <div>
          <PageMeta meta={data.meta} />
          <PageHeading>Scenes</PageHeading>
          {data.episodes.map(({ episode, scenes }) => (
            <section key={episode.code} aria-labelledby={`scenes-${episode.code}`}>
              <h2 id={`scenes-${episode.code}`}>
                <Link to={episode.href}>{episode.label}</Link>
              </h2>
              <Spoiler mark={episode} what={`the scenes of ${episode.code.toUpperCase()}`} block>
                <ol>
                  {scenes.map((scene) => (
                    <li key={scene.href}>
                      <Link to={scene.href}>{scene.label}</Link>
                    </li>
                  ))}
                </ol>
              </Spoiler>
            </section>
          ))}
        </div>
      )}
    </RoutePage>
  );
}

export function CommentaryIndexRoute() {
  return (
    <RoutePage pageKey={pageDataKeys.index('commentary')} kind="commentary-index">
      {(data) => (
        <div>
          <PageMeta meta={data.meta} />
          <PageHeading>Commentary</PageHeading>
          <p className="lede">
            What Alice Oseman, the directors and the cast have said about the show, newest first. Exact words
            are in quotation marks; everything else is our summary of what the source reports.
          </p>
          <CommentaryRows rows={data.items} />
        </div>
      )}
    </RoutePage>
  );
}
