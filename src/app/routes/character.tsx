import { useParams } from 'react-router';
import { CommentaryList } from '../../components/commentary-card';
import { InlineLinks } from '../../components/link-list';
import { Monogram } from '../../components/monogram';
import { PageHeading } from '../../components/page-heading';
import { PageSources } from '../../components/page-sources';
import type { CharacterPageData } from '../../content/pages/cast';
import { Link } from '../../lib/link';
import { PageMeta } from '../../lib/page-meta';
import { pageDataKeys } from '../../lib/paths';
import { FavouriteButton, ShieldOffer } from '../../shared/fan-controls';
import { latestMark, Spoiler, SpoilerGate } from '../../shared/spoiler';
import { RoutePage } from '../route-page';

function Infobox({ data }: { data: CharacterPageData }) {
  return (
    <aside className="infobox" aria-labelledby="infobox-heading">
      <Monogram name={data.name} />
      <h2 id="infobox-heading" className="visually-hidden">
        At a glance
      </h2>
      <dl>
        <dt>Played by</dt>
        <dd>
          <InlineLinks links={data.playedBy} empty="Not credited" />
        </dd>
        <dt>Role</dt>
        <dd>{data.role}</dd>
        {data.school ? (
          <>
            <dt>School</dt>
            <dd>{data.school}</dd>
          </>
        ) : null}
        <dt>First appearance</dt>
        <dd>
          <Link to={data.firstAppearance.href}>{data.firstAppearance.label}</Link>
        </dd>
        {data.aliases.length > 0 ? (
          <>
            <dt>Also known as</dt>
            <dd>{data.aliases.join(', ')}</dd>
          </>
        ) : null}
        {data.nicknames.length > 0 ? (
          <>
            <dt>Nicknames</dt>
            <dd>{data.nicknames.join(', ')}</dd>
          </>
        ) : null}
      </dl>
    </aside>
  );
}

function Relationships({ data }: { data: CharacterPageData }) {
  if (data.relationships.length === 0) return <p className="muted">No relationships recorded.</p>;
  return (
    <ul className="relationships">
      {data.relationships.map((relationship) => (
        <li key={`${relationship.kind}:${relationship.other.href}`}>
          <Spoiler mark={latestMark(relationship.since, relationship.other.revealedIn)} what="a relationship">
            <span className="relationship-kind">{relationship.label}:</span>{' '}
            <Link to={relationship.other.href}>{relationship.other.label}</Link>{' '}
            <span className="muted">
              (from <Link to={relationship.since.href}>{relationship.since.code.toUpperCase()}</Link>
              {relationship.until ? (
                <>
                  {' '}
                  <Spoiler mark={relationship.until} what="when it ends">
                    until <Link to={relationship.until.href}>{relationship.until.code.toUpperCase()}</Link>
                  </Spoiler>
                </>
              ) : null}
              )
            </span>
            {relationship.note ? <span className="muted"> {relationship.note}</span> : null}
          </Spoiler>
        </li>
      ))}
    </ul>
  );
}

/**
 * A strip of the episodes the character is in, each linking to its page, and their scenes episode by episode
 * folded beneath, for a fan who wants them.
 */
function Appearances({ appearances }: { appearances: CharacterPageData['appearances'] }) {
  if (appearances.length === 0) return <p className="muted">No scenes recorded yet.</p>;
  const scenes = appearances.reduce((total, appearance) => total + appearance.scenes.length, 0);
  return (
    <>
      <ul className="episode-chips" aria-label="Episodes">
        {appearances.map((appearance) => (
          <li key={appearance.episode.code}>
            <Link to={appearance.episode.href}>{appearance.episode.label}</Link>
          </li>
        ))}
      </ul>
      {scenes > 0 ? (
        <details className="fold">
          <summary>
            {scenes} {scenes === 1 ? 'scene' : 'scenes'}, episode by episode
          </summary>
          <ul className="appearances">
            {appearances
              .filter((appearance) => appearance.scenes.length > 0)
              .map((appearance) => (
                <li key={appearance.episode.code}>
                  {appearance.episode.label}
                  <Spoiler mark={appearance.episode} what="scenes" block>
                    <ul>
                      {appearance.scenes.map((scene) => (
                        <li key={scene.href}>
                          <Link to={scene.href}>{scene.label}</Link>
                        </li>
                      ))}
                    </ul>
                  </Spoiler>
                </li>
              ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

function CharacterPage({ data }: { data: CharacterPageData }) {
  return (
    <article className="entity-page">
      <PageMeta meta={data.meta} />
      <PageHeading eyebrow="Character">{data.name}</PageHeading>
      <ShieldOffer />
      <FavouriteButton item={{ kind: 'character', id: data.id, label: data.name }} />
      <div className="with-infobox">
        <Infobox data={data} />
        <div className="prose">
          <Spoiler mark={data.descriptionRevealedIn} what="this character’s story" block>
            <p className="lede">{data.description}</p>
          </Spoiler>
          <section aria-labelledby="relationships-heading">
            <h2 id="relationships-heading">Relationships</h2>
            <Relationships data={data} />
          </section>
        </div>
      </div>
      <section aria-labelledby="appearances-heading">
        <h2 id="appearances-heading">Appearances by episode</h2>
        <Appearances appearances={data.appearances} />
      </section>
      <section aria-labelledby="commentary-heading">
        <h2 id="commentary-heading">Commentary</h2>
        <CommentaryList cards={data.commentary} empty="No commentary about this character yet." />
      </section>
      <PageSources
        sources={data.sources}
        backlinks={data.backlinks}
        unverified={data.unverified}
        record={data.record}
      />
    </article>
  );
}

export function CharacterRoute() {
  const { slug = '' } = useParams();
  return (
    <RoutePage pageKey={pageDataKeys.entry('character', slug)} kind="character">
      {(data) => (
        <SpoilerGate mark={data.firstAppearance} what={data.name}>
          <CharacterPage data={data} />
        </SpoilerGate>
      )}
    </RoutePage>
  );
}
