import { AwardList } from '../../components/award-list';
import { PageHeading } from '../../components/page-heading';
import { PageMeta } from '../../lib/page-meta';
import { pageDataKeys } from '../../lib/paths';
import { RoutePage } from '../route-page';

export function AwardsRoute() {
  return (
    <RoutePage pageKey={pageDataKeys.page('awards')} kind="awards">
      {(data) => (
        <div>
          <PageMeta meta={data.meta} />
          <PageHeading>Awards</PageHeading>
          <p>
            {data.ceremonies.reduce((total, ceremony) => total + ceremony.rows.length, 0)} nominations,{' '}
            {data.wins} of them won.
          </p>
          {data.ceremonies.map((ceremony) => (
            <section
              key={`${ceremony.name}-${ceremony.year}`}
              aria-labelledby={`awards-${ceremony.year}-${ceremony.rows[0]?.id}`}
            >
              <h2 id={`awards-${ceremony.year}-${ceremony.rows[0]?.id}`}>
                {ceremony.name}, {ceremony.year}
              </h2>
              <AwardList rows={ceremony.rows} />
            </section>
          ))}
        </div>
      )}
    </RoutePage>
  );
}
