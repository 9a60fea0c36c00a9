/**
 * Statements as one line each, for pages that gather many: split from ./commentary-card.tsx, which is part
 * of the first load of every page, so the pages that never list statements this way do not carry it.
 */

import type { CommentaryLink, CommentaryRow } from '../content/view-model';
import { Link } from '../lib/link';
import { Spoiler } from '../shared/spoiler';
import { DateText } from './date-text';

/** A compact, dated list of statements, for pages that gather many. */
export function CommentaryLinks({ links, empty }: { links: CommentaryLink[]; empty: string }) {
  if (links.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="link-list">
      {links.map((link) => (
        <li key={link.href}>
          <Spoiler mark={link.revealedIn} what={`a statement by ${link.speaker}`}>
            <Link to={link.href}>{link.label}</Link>{' '}
            <span className="muted">
              (<DateText value={link.date} />)
            </span>
          </Spoiler>
        </li>
      ))}
    </ul>
  );
}

/** Every statement, newest first, as one line each with its opening words. */
export function CommentaryRows({ rows }: { rows: CommentaryRow[] }) {
  if (rows.length === 0) return <p className="muted">No commentary yet.</p>;
  return (
    <ol className="commentary-rows">
      {rows.map((row) => (
        <li key={row.href}>
          <Spoiler mark={row.revealedIn} what={`a statement by ${row.speaker}`} block>
            <Link to={row.href} className="card-title">
              {row.label}
            </Link>
            <span className="muted">
              {' '}
              · {row.speaker}, <DateText value={row.date} />
            </span>
            <p className={row.isQuote ? 'quote-excerpt' : 'summary'}>
              {row.isQuote ? `“${row.excerpt}”` : row.excerpt}
            </p>
          </Spoiler>
        </li>
      ))}
    </ol>
  );
}
