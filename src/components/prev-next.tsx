import type { LinkRef } from '../content/view-model';
import { Link } from '../lib/link';

/** Previous/next links between neighbouring episodes or scenes. */
export function PrevNext({ label, previous, next }: { label: string; previous?: LinkRef; next?: LinkRef }) {
  return (
    <nav aria-label={label} className="prev-next">
      {previous ? (
        <Link to={previous.href} rel="prev">
          ← {previous.label}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link to={next.href} rel="next">
          {next.label} →
        </Link>
      ) : null}
    </nav>
  );
}
