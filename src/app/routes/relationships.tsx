import { PageHeading } from '../../components/page-heading';
import { RelationshipMap } from '../../features/glance/relationship-map';
import { Link } from '../../lib/link';
import { PageMeta } from '../../lib/page-meta';
import { pageDataKeys, paths } from '../../lib/paths';
import { RoutePage } from '../route-page';

export function RelationshipsRoute() {
  return (
    <RoutePage pageKey={pageDataKeys.page('relationships')} kind="relationships">
      {(data) => (
        <div>
          <PageMeta meta={data.meta} />
          <PageHeading eyebrow="At a glance">Relationship map</PageHeading>
          <p className="lede glance-lede">
            Who is whose partner, family, friend and teacher. Each relationship is recorded on both
            characters’ pages; here each pair gets one line. See also the{' '}
            <Link to={paths.page('appearances')}>appearance grid</Link>.
          </p>
          <RelationshipMap data={data} />
        </div>
      )}
    </RoutePage>
  );
}
