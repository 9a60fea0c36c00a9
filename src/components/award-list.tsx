import type { AwardRow } from '../content/pages/honours';
import { Link } from '../lib/link';
import { Spoiler } from '../shared/spoiler';
import { OutletLinks } from './page-sources';

/** Nominations as a list: the result, the category, who or what was nominated, and where that is reported. */
export function AwardList({ rows, showCeremony = false }: { rows: AwardRow[]; showCeremony?: boolean }) {
  return (
    <ul className="award-list">
      {rows.map((row) => (
        <li key={row.id}>
          <Spoiler mark={row.revealedIn} what="an award nomination" block>
            <strong>{row.result === 'won' ? 'Won' : 'Nominated'}</strong>: {row.category}
            {showCeremony ? `, ${row.ceremony} ${row.year}` : ''} ·{' '}
            {row.nominee.href ? <Link to={row.nominee.href}>{row.nominee.label}</Link> : row.nominee.label}
            <span className="muted">
              {' '}
              (<OutletLinks sources={row.sources} />)
            </span>
          </Spoiler>
        </li>
      ))}
    </ul>
  );
}
