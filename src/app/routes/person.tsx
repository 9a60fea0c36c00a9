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

export function PersonRoute() {
  const { slug = '' } = useParams();
  return (
    <RoutePage pageKey={pageDataKeys.entry('person', slug)} kind="person">
      {(data) => (
        <article className="entity-page">
          <PageMeta meta={data.meta} />
          <PageHeading eyebrow="Behind the camera">{data.name}</PageHeading>
          <div className="with-infobox">
            <ProfileInfobox name={data.name} pronouns={data.pronouns}>
              <dt>Roles</dt>
              <dd>{data.roles.join(', ')}</dd>
              {data.credits.length > 0 ? (
                <>
                  <dt>Credits</dt>
                  {data.credits.map((credit) => (
                    <dd key={credit}>{credit}</dd>
                  ))}
                </>
              ) : null}
            </ProfileInfobox>
            <div className="prose">
              <p className="lede">{data.bio}</p>
            </div>
          </div>
          {data.wrote.length > 0 ? (
            <section aria-labelledby="wrote-heading">
              <h2 id="wrote-heading">Wrote ({data.wrote.length} episodes)</h2>
              <LinkList links={data.wrote} />
            </section>
          ) : null}
          {data.directed.length > 0 ? (
            <section aria-labelledby="directed-heading">
              <h2 id="directed-heading">Directed ({data.directed.length} episodes)</h2>
              <LinkList links={data.directed} />
            </section>
          ) : null}
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
