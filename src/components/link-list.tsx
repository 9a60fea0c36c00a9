import type { LinkRef } from '../content/view-model';
import { Link } from '../lib/link';
import { Spoiler } from '../shared/spoiler';

/** A link to an entry, kept behind the spoiler shield when the entry is revealed after the fan's progress. */
export function ShieldedLink({ link, what = 'a link' }: { link: LinkRef; what?: string }) {
  return (
    <Spoiler mark={link.revealedIn} what={what}>
      <Link to={link.href}>{link.label}</Link>
    </Spoiler>
  );
}

type LinkListProps = { links: LinkRef[]; empty?: string };

/** Links written inline as prose: "Kit Connor, Joe Locke and William Gao". */
export function InlineLinks({ links, empty = 'None recorded' }: LinkListProps) {
  if (links.length === 0) return <span className="muted">{empty}</span>;
  return (
    <>
      {links.map((link, index) => (
        <span key={link.href}>
          {index > 0 && (index === links.length - 1 ? ' and ' : ', ')}
          <ShieldedLink link={link} />
        </span>
      ))}
    </>
  );
}

/** Links as a list, for anything longer than a sentence. */
export function LinkList({ links, empty = 'None recorded' }: LinkListProps) {
  if (links.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="link-list">
      {links.map((link) => (
        <li key={link.href}>
          <ShieldedLink link={link} />
        </li>
      ))}
    </ul>
  );
}
