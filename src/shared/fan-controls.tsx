/**
 * The small controls pages use to record what a fan has watched and likes. They render from the store;
 * the code that changes and saves it is fetched on first use (it is usually loaded already).
 */

import { Link } from '../lib/link';
import { paths } from '../lib/paths';
import type { Favourite } from './fan-slots';
import { useFan } from './fan-store';
import { favouriteKey } from './favourite-key';

export type FanActions = typeof import('./fan-actions');

let loadedActions: FanActions | undefined;

/**
 * Runs `change` with the code that changes and saves the fan's state (./fan-actions): at once when it has
 * loaded, as it has once the fan layer has read the saved state, else as soon as it has. A tick box is
 * controlled by the store, so it shows the fan's choice meanwhile through `useFanChoice` (./progress-controls.tsx).
 */
export function withFanActions(change: (actions: FanActions) => void): void {
  if (loadedActions) {
    change(loadedActions);
    return;
  }
  void import('./fan-actions').then((actions) => {
    loadedActions = actions;
    change(actions);
  });
}

/** A star that adds the page's subject to the fan's favourites, or takes it off. */
export function FavouriteButton({ item }: { item: Favourite }) {
  const key = favouriteKey(item);
  const starred = useFan((state) => state.favourites.some((existing) => favouriteKey(existing) === key));
  return (
    <button
      type="button"
      className="favourite-button"
      aria-pressed={starred}
      aria-label={`Favourite: ${item.label}`}
      onClick={() => withFanActions((actions) => actions.toggleFavourite(item))}
    >
      <span aria-hidden="true" className="favourite-button__star">
        {starred ? '★' : '☆'}
      </span>{' '}
      Favourite
    </button>
  );
}

/** "Watched" for one episode, and "watched up to here" for everything before it too. */
export function WatchedControls({ code, title }: { code: string; title: string }) {
  const watched = useFan((state) => state.watched.includes(code));
  const label = code.toUpperCase();
  return (
    <div className="watched-controls">
      <button
        type="button"
        aria-pressed={watched}
        aria-label={`Watched: ${label} ${title}`}
        onClick={() => withFanActions((actions) => actions.toggleWatched(code))}
      >
        <span aria-hidden="true">{watched ? '✓' : '○'}</span> Watched
      </button>
      <button type="button" onClick={() => withFanActions((actions) => actions.watchUpTo(code))}>
        I’ve watched up to {label}
      </button>
    </div>
  );
}

/**
 * A newcomer on a page that could spoil something is offered the shield; it is never switched on for them.
 * It sits at the top of the page, in its flow, so it never covers what they came to read. The boot script
 * marks <html> before first paint when nothing is saved about the shield (`BOOT_CLASSES`), and the stylesheet shows the offer
 * only then, so it is in place from the first frame and its arrival moves nothing. Once the fan's saved
 * state is read, the store decides.
 */
export function ShieldOffer() {
  const answered = useFan((state) => state.loaded && (state.shield !== null || state.watched.length > 0));
  if (answered) return null;
  return (
    <aside className="shield-offer" aria-label="Spoiler shield">
      <p>Still watching? The spoiler shield hides what comes after your episode.</p>
      <p className="shield-offer__actions">
        <Link to={paths.page('my-wiki')} onClick={() => withFanActions((actions) => actions.setShield('on'))}>
          Turn it on
        </Link>
        <button
          type="button"
          className="link-button"
          onClick={() => withFanActions((actions) => actions.setShield('off'))}
        >
          No thanks
        </button>
      </p>
    </aside>
  );
}
