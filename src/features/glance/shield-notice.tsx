import type { ReactNode } from 'react';
import { Link } from '../../lib/link';
import { paths } from '../../lib/paths';
import { codeOfOverall } from '../../shared/fan-store';

/** Where the fan has watched to, in words: "after S1E4", or that nothing is marked watched. */
export function progressPhrase(through: number): string {
  return through === 0
    ? 'you have not marked any episode as watched'
    : `they come after ${codeOfOverall(through).toUpperCase()}, the furthest episode you have watched`;
}

/**
 * What the spoiler shield keeps off a glance page, with one button that shows it all (and hides it again).
 * The button stays in place when pressed, so keyboard focus is not lost.
 */
export function ShieldNotice({
  children,
  revealed,
  onToggle,
}: {
  children: ReactNode;
  revealed: boolean;
  onToggle: () => void;
}) {
  return (
    <div className="glance-shield">
      <p>{revealed ? 'Showing everything, spoilers included.' : children}</p>
      <button type="button" onClick={onToggle}>
        {revealed ? 'Hide spoilers again' : 'Show them anyway'}
      </button>
      <Link to={paths.page('my-wiki')}>Change my progress</Link>
    </div>
  );
}

/** "1 character", "3 characters". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
