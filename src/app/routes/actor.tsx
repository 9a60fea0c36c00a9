import { useParams } from 'react-router';
import { AwardList } from '../../components/award-list';
import { CommentaryList } from '../../components/commentary-card';
import { CommentaryLinks } from '../../components/commentary-rows';
import { LinkList } from '../../components/link-list';
import { PageHeading } from '../../components/page-heading';
import { PageSources } from '../../components/page-sources';
import { ProfileInfobox } from '../../components/profile-infobox';
import { PageMeta } from '../../lib/page-meta';
import { pageDataKeys } from '../../lib/paths';
import { RoutePage } from '../route-page';

export function ActorRoute() {
  const { slug = '' } = useParams();
  return (
    <RoutePage pageKey={pageDataKeys.entry('actor', slug)} kind="actor">
      {(data) => (
        <article className="entity-page">
          <PageMeta meta={data.meta} />
          <PageHeading eyebrow="Actor">{data.name}</PageHeading>
          <div className="with-infobox">
            <ProfileInfobox name={data.name} pronouns={data.pronouns}>
              <dt>Plays</dt>
              <dd>
                <LinkList links={data.roles} empty="No role recorded" />
              </dd>
            </ProfileInfobox>
            <div className="prose">
              <p className="lede">{data.bio}</p>
              <section aria-labelledby="roles-heading">
                <h2 id="roles-heading">Roles in Heartstopper</h2>
                <LinkList links={data.roles} empty="No role recorded." />
              </section>
            </div>
          </div>
          <section aria-labelledby="said-heading">
            <h2 id="said-heading">Commentary they gave</h2>
            <CommentaryLinks links={data.commentaryBy} empty="No statements recorded yet." />
          </section>
          {data.awards.length > 0 ? (
            <section aria-labelledby="awards-heading">
              <h2 id="awards-heading">Awards</h2>
              <AwardList rows={data.awards} showCeremony />
            </section>
          ) : null}
          {data.commentaryAbout.length > 0 ? (
            <section aria-labelledby="about-heading">
              <h2 id="about-heading">Commentary about them</h2>
              <CommentaryList cards={data.commentaryAbout} empty="" />
            </section>
          ) : null}
          <PageSources
            sources={data.sources}
            backlinks={data.backlinks}
            unverified={data.unverified}
            record={data.record}
          />
        </article>
      )}
    </RoutePage>
  );
}
