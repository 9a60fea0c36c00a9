import type { ReactNode } from 'react';
import { Monogram } from './monogram';

/** The "At a glance" box of an actor or a person: monogram, pronouns where sourced, then their own rows. */
export function ProfileInfobox({
  name,
  pronouns,
  children,
}: {
  name: string;
  pronouns?: string;
  children: ReactNode;
}) {
  return (
    <aside className="infobox" aria-label="At a glance">
      <Monogram name={name} />
      <dl>
        {pronouns ? (
          <>
            <dt>Pronouns</dt>
            <dd>{pronouns}</dd>
          </>
        ) : null}
        {children}
      </dl>
    </aside>
  );
}
