import { useParams } from 'react-router';
import { CommentaryList } from '../../components/commentary-card';
import { ContentNotes } from '../../components/content-notes';
import { LinkList } from '../../components/link-list';
import { ScreenPlaces, SongList } from '../../components/on-screen';
import { PageHeading } from '../../components/page-heading';
import { PageSources } from '../../components/page-sources';
import { PrevNext } from '../../components/prev-next';
import { Link } from '../../lib/link';
import { PageMeta } from '../../lib/page-meta';
import { pageDataKeys } from '../../lib/paths';
import { FavouriteButton, ShieldOffer } from '../../shared/fan-controls';
import { SpoilerGate } from '../../shared/spoiler';
import { RoutePage } from '../route-page';

export function SceneRoute() {
  const { slug = '' } = useParams();
  return (
    <RoutePage pageKey={pageDataKeys.entry('scene', slug)} kind="scene">
      {(data) => (
        <SpoilerGate mark={data.episode} what={`a scene in ${data.episode.label}`}>
          <article className="entity-page">
            <PageMeta meta={data.meta} />
            <PageHeading eyebrow={`Scene ${data.order} of ${data.scenesInEpisode} in ${data.episode.label}`}>
              {data.sceneTitle}
            </PageHeading>
            <ShieldOffer />
            <FavouriteButton item={{ kind: 'scene', id: data.id, label: data.sceneTitle }} />
            <dl className="facts">
              <dt>Episode</dt>
              <dd>
                <Link to={data.episode.href}>{data.episode.label}</Link> ·{' '}
                <Link to={data.anchorHref}>see it in the episode’s scene list</Link>
              </dd>
              {data.placement ? (
                <>
                  <dt>Where in the episode</dt>
                  <dd>{data.placement}</dd>
                </>
              ) : null}
              <dt>Setting</dt>
              <dd>{data.setting}</dd>
            </dl>
            <ContentNotes notes={data.contentNotes} of="scene" />
            <p className="lede">{data.description}</p>
            <section aria-labelledby="characters-heading">
              <h2 id="characters-heading">Characters in this scene</h2>
              <LinkList links={data.characters} />
            </section>
            {data.music.length > 0 ? (
              <section aria-labelledby="music-heading">
                <h2 id="music-heading">Music in this scene</h2>
                <SongList songs={data.music} />
              </section>
            ) : null}
            {data.places.settings.length + data.places.filming.length > 0 ? (
              <section aria-labelledby="places-heading">
                <h2 id="places-heading">Places</h2>
                <ScreenPlaces settings={data.places.settings} filming={data.places.filming} />
              </section>
            ) : null}
            <section aria-labelledby="commentary-heading">
              <h2 id="commentary-heading">Commentary</h2>
              <CommentaryList cards={data.commentary} empty="No commentary about this scene yet." />
            </section>
            <PrevNext label="Scenes in this episode" previous={data.previous} next={data.next} />
            <PageSources
              sources={data.sources}
              backlinks={data.backlinks}
              unverified={data.unverified}
              record={data.record}
            />
          </article>
        </SpoilerGate>
      )}
    </RoutePage>
  );
}
