import type { ReactNode } from 'react';
import type { LinkRef } from '../content/view-model';
import { Link } from '../lib/link';
import { Spoiler } from '../shared/spoiler';
import { Monogram } from './monogram';

/** A character, actor or person in a list: monogram, linked name, and a line or two about them. */
export function PersonCard({ link, children }: { link: LinkRef; children: ReactNode }) {
  return (
    <li className="person-card">
      <Spoiler mark={link.revealedIn} what="a character who arrives later" block>
        <Monogram name={link.label} size="small" />
        <div>
          <Link to={link.href} className="card-title">
            {link.label}
          </Link>
          {children}
        </div>
      </Spoiler>
    </li>
  );
}
