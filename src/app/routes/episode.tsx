import { useEffect } from 'react';
import { useLocation, useParams } from 'react-router';
import { CommentaryList } from '../../components/commentary-card';
import { ContentNotes } from '../../components/content-notes';
import { DateText } from '../../components/date-text';
import { InlineLinks } from '../../components/link-list';
import { ScreenPlaces, SongList } from '../../components/on-screen';
import { PageHeading } from '../../components/page-heading';
import { PageSources } from '../../components/page-sources';
import { PrevNext } from '../../components/prev-next';
import { CopyLinkButton } from '../../components/share-button';
import type { EpisodePageData } from '../../content/pages/story';
import type { SceneSummary } from '../../content/view-model';
import { Link } from '../../lib/link';
import { PageMeta } from '../../lib/page-meta';
import { pageDataKeys, paths } from '../../lib/paths';
import { FavouriteButton, ShieldOffer, WatchedControls } from '../../shared/fan-controls';
import { SpoilerGate } from '../../shared/spoiler';
import { RoutePage } from '../route-page';

/**
 * `/episodes/s1e4#<scene>` lands on that scene: the browser does this by itself on a full page load, but not
 * after an in-app navigation, so the page scrolls to (and highlights) the anchor once its content exists.
 */
function useScrollToAnchor() {
  const { hash, key } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run on every navigation, even back to the same anchor
  useEffect(() => {
    if (!hash) return;
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      // A mangled #anchor (bad percent-encoding from a chat app) names no scene: just show the page.
      return;
    }
    const target = document.getElementById(id);
    if (!target) return;
    // Marked from here, not in render: the prerendered HTML never knows the #anchor, and a render that
    // depended on it would not match that HTML when the page hydrates.
    target.classList.add('is-targeted');
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
    return () => target.classList.remove('is-targeted');
  }, [hash, key]);
}

function SceneItem({ scene, code }: { scene: SceneSummary; code: string }) {
  const anchorPath = paths.sceneInEpisode(code, scene.id);
  return (
    <li id={scene.id} tabIndex={-1} className="scene-item">
      <h3>
        <span className="scene-order">{scene.order}.</span> <Link to={scene.href}>{scene.title}</Link>
      </h3>
      <p className="muted">
        {scene.placement ? `${scene.placement} · ` : ''}
        {scene.setting}
      </p>
      <ContentNotes notes={scene.contentNotes} of="scene" />
      <p>{scene.description}</p>
      <p className="scene-characters">
        With <InlineLinks links={scene.characters} />
      </p>
      <CopyLinkButton path={anchorPath} label={`Copy link to the scene “${scene.title}”`} />
      {scene.unverified.length > 0 ? (
        <p className="unconfirmed">
          Not yet confirmed: {scene.unverified.map((note) => `${note.field}: ${note.note}`).join(' ')}
        </p>
      ) : null}
    </li>
  );
}

function EpisodePage({ data }: { data: EpisodePageData }) {
  useScrollToAnchor();
  return (
    <article className="entity-page">
      <PageMeta meta={data.meta} />
      <PageHeading eyebrow={`Season ${data.season}, episode ${data.number} · ${data.code.toUpperCase()}`}>
        {data.episodeTitle}
      </PageHeading>
      <ShieldOffer />
      <WatchedControls code={data.code} title={data.episodeTitle} />
      <FavouriteButton
        item={{ kind: 'episode', id: data.code, label: `${data.code.toUpperCase()}: ${data.episodeTitle}` }}
      />
      <ContentNotes notes={data.contentNotes} of="episode" />
      <dl className="facts">
        <dt>Released</dt>
        <dd>
          <DateText value={data.released} />
        </dd>
        <dt>Directed by</dt>
        <dd>
          <InlineLinks links={data.directors} />
        </dd>
        <dt>Written by</dt>
        <dd>
          <InlineLinks links={data.writers} />
        </dd>
        {data.runtimeMinutes ? (
          <>
            <dt>Running time</dt>
            <dd>{data.runtimeMinutes} minutes</dd>
          </>
        ) : null}
        <dt>Episode number</dt>
        <dd>{data.overall} of the series</dd>
        {data.adaptedFrom.length > 0 ? (
          <>
            <dt>Adapted from</dt>
            <dd>
              {data.adaptedFrom.map((book, index) => (
                <span key={book.href}>
                  {index > 0 ? '; ' : ''}
                  <Link to={book.href}>{book.label}</Link>
                  {book.label.includes(book.detail) ? '' : ` (${book.detail})`}
                  {book.chapters ? `, ${book.chapters}` : ''}
                </span>
              ))}
            </dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="synopsis-heading">
        <h2 id="synopsis-heading">Synopsis</h2>
        <p className="lede">{data.synopsis}</p>
      </section>
      <section aria-labelledby="scenes-heading">
        <h2 id="scenes-heading">Scenes</h2>
        <ol className="scene-list">
          {data.scenes.map((scene) => (
            <SceneItem key={scene.id} scene={scene} code={data.code} />
          ))}
        </ol>
      </section>
      <section aria-labelledby="characters-heading">
        <h2 id="characters-heading">Characters appearing</h2>
        <p>
          <InlineLinks links={data.characters} empty="No scenes recorded yet" />
        </p>
      </section>
      <section aria-labelledby="music-heading">
        <h2 id="music-heading">Music in this episode</h2>
        {data.music.length > 0 ? (
          <SongList songs={data.music} />
        ) : (
          <p className="muted">No songs recorded yet.</p>
        )}
      </section>
      <section aria-labelledby="places-heading">
        <h2 id="places-heading">Places</h2>
        <ScreenPlaces settings={data.places.settings} filming={data.places.filming} />
      </section>
      {data.changes.length > 0 ? (
        <section aria-labelledby="changes-heading">
          <h2 id="changes-heading">Changes from the book</h2>
          <ul>
            {data.changes.map((change) => (
              <li key={change.note}>
                {change.note} <span className="muted">({change.book})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="commentary-heading">
        <h2 id="commentary-heading">Commentary</h2>
        <CommentaryList cards={data.commentary} empty="No commentary about this episode yet." />
      </section>
      <PrevNext label="Episodes" previous={data.previous} next={data.next} />
      <PageSources
        sources={data.sources}
        backlinks={data.backlinks}
        unverified={data.unverified}
        record={data.record}
      />
    </article>
  );
}

export function EpisodeRoute() {
  const { slug: code = '' } = useParams();
  return (
    <RoutePage pageKey={pageDataKeys.entry('episode', code)} kind="episode">
      {(data) => (
        <SpoilerGate mark={data} what={`${data.code.toUpperCase()}: ${data.episodeTitle}`}>
          <EpisodePage data={data} />
        </SpoilerGate>
      )}
    </RoutePage>
  );
}
