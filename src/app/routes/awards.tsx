import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { PageMeta } from '../../lib/page-meta';
import { pageDataKeys } from '../../lib/paths';
import { Spoiler } from '../../shared/spoiler';
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
              <ul className="award-list">
                {ceremony.rows.map((row) => (
                  <li key={row.id}>
                    <Spoiler mark={row.revealedIn} what="an award nomination" block>
                      <strong>{row.result === 'won' ? 'Won' : 'Nominated'}</strong>: {row.category} ·{' '}
                      {row.nominee.href ? (
                        <Link to={row.nominee.href}>{row.nominee.label}</Link>
                      ) : (
                        row.nominee.label
                      )}
                      <span className="muted">
                        {' '}
                        (
                        {row.sources.map((source, index) => (
                          <span key={source.url}>
                            {index > 0 ? ', ' : ''}
                            <a href={source.url} rel="noreferrer">
                              {source.outlet}
                            </a>
                          </span>
                        ))}
                        )
                      </span>
                    </Spoiler>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </RoutePage>
  );
}
