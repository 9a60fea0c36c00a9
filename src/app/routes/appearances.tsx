import { PageHeading } from '../../components/page-heading';
import { AppearanceGrid } from '../../features/glance/appearance-grid';
import { Link } from '../../lib/link';
import { PageMeta } from '../../lib/page-meta';
import { pageDataKeys, paths } from '../../lib/paths';
import { RoutePage } from '../route-page';

export function AppearancesRoute() {
  return (
    <RoutePage pageKey={pageDataKeys.page('appearances')} kind="appearances">
      {(data) => (
        <div>
          <PageMeta meta={data.meta} />
          <PageHeading eyebrow="At a glance">Appearance grid</PageHeading>
          <p className="lede glance-lede">
            Who appears in which episode, from the scenes in the wiki. A character counts as appearing in an
            episode when they are in at least one of its scenes, and always in the episode of their first
            appearance, even when we have not recorded a scene with them there. Characters with the most
            episodes come first. See also the <Link to={paths.page('relationships')}>relationship map</Link>.
          </p>
          <AppearanceGrid data={data} />
        </div>
      )}
    </RoutePage>
  );
}
