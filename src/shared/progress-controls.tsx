/**
 * The controls of episode lists and My wiki: a tick box per episode, a season's progress bar, and what keeps
 * a tick box or radio button showing the fan's choice (the theme switch uses it too). Split from
 * ./fan-controls.tsx, which is part of the first load of every page, so the pages without them do not
 * carry them (one module, so they load as one file).
 */
import episodes from 'virtual:episode-list';
import { useState } from 'react';
import { type FanActions, withFanActions } from './fan-controls';
import { useFan } from './fan-store';

/**
 * A tick box or radio button's value as the fan last set it, shown at once. The store decides what a control
 * shows, and the code that changes the store may still be on its way (it loads after the page is ready): a
 * controlled box would show its old value until then, and Playwright's `check()`, like a fan, would see the
 * click undone. The choice is held here until that code has made the change, and the store shows it after.
 */
export function useFanChoice<T>(stored: T): [T, (next: T, change: (actions: FanActions) => void) => void] {
  const [chosen, setChosen] = useState<{ value: T }>();
  const choose = (next: T, change: (actions: FanActions) => void) => {
    setChosen({ value: next });
    withFanActions((actions) => {
      change(actions);
      setChosen(undefined);
    });
  };
  return [chosen ? chosen.value : stored, choose];
}

/** A tick box beside an episode in a list. */
export function WatchedCheckbox({ code, label }: { code: string; label: string }) {
  const [watched, choose] = useFanChoice(useFan((state) => state.watched.includes(code)));
  return (
    <input
      type="checkbox"
      className="watched-checkbox"
      checked={watched}
      onChange={() => choose(!watched, (actions) => actions.toggleWatched(code))}
      aria-label={`Watched ${label}`}
    />
  );
}

/** A season's share of watched episodes, as a labelled progress bar. */
export function SeasonProgress({ season }: { season: number }) {
  const inSeason = episodes.filter((episode) => episode.season === season);
  const count = useFan((state) => inSeason.filter((episode) => state.watched.includes(episode.code)).length);
  const labelId = `season-${season}-progress`;
  return (
    <div className="season-progress">
      <span id={labelId}>
        Season {season}: {count} of {inSeason.length} watched
      </span>
      <progress aria-labelledby={labelId} max={inSeason.length} value={count} />
    </div>
  );
}
