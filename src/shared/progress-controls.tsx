/**
 * The controls of episode lists and My wiki: a tick box per episode and a season's progress bar. Split from
 * ./fan-controls.tsx, which is part of the first load of every page, so the pages without them do not
 * carry them.
 */
import episodes from 'virtual:episode-list';
import { withFanActions } from './fan-controls';
import { useFan } from './fan-store';

/** A tick box beside an episode in a list. */
export function WatchedCheckbox({ code, label }: { code: string; label: string }) {
  const watched = useFan((state) => state.watched.includes(code));
  return (
    <input
      type="checkbox"
      className="watched-checkbox"
      checked={watched}
      onChange={() => withFanActions((actions) => actions.toggleWatched(code))}
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
