import episodes from 'virtual:episode-list';
import { type ChangeEvent, useId, useState } from 'react';
import { PageHeading } from '../../components/page-heading';
import { ThemeSwitch } from '../../features/fan/theme-switch';
import { exportFileName, exportMyWiki } from '../../features/fan/transfer';
import { Link } from '../../lib/link';
import { PageMeta } from '../../lib/page-meta';
import { hrefFor, pageDataKeys } from '../../lib/paths';
import { withFanActions } from '../../shared/fan-controls';
import { FAVOURITE_KINDS, type FavouriteKind } from '../../shared/fan-state';
import { codeOfOverall, shieldActive, useFan, watchedThrough } from '../../shared/fan-store';
import { SeasonProgress, useFanChoice } from '../../shared/progress-controls';
import { RoutePage } from '../route-page';

// Checking an imported file needs zod: fetched when a file is chosen, so it is not part of this page's first
// load (nor is the code that changes and saves the fan's state: see `withFanActions`).
const transferImport = () => import('../../features/fan/transfer-import');

const SEASONS = [...new Set(episodes.map((episode) => episode.season))];

const KIND_HEADINGS: Record<FavouriteKind, string> = {
  character: 'Characters',
  episode: 'Episodes',
  scene: 'Scenes',
  commentary: 'Quotes and commentary',
};

/** One episode of a season's checklist. */
function ChecklistEntry({ code, title }: { code: string; title: string }) {
  const [watched, choose] = useFanChoice(useFan((state) => state.watched.includes(code)));
  return (
    <li>
      <label>
        <input
          type="checkbox"
          checked={watched}
          onChange={() => choose(!watched, (actions) => actions.toggleWatched(code))}
        />
        {code.toUpperCase()}: {title}
      </label>
    </li>
  );
}

function Progress() {
  const watched = useFan((state) => state.watched);
  const through = watchedThrough(watched);
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">Watch progress</h2>
      <p>
        {through === 0
          ? 'You have not marked any episodes as watched.'
          : `You have watched up to ${codeOfOverall(through).toUpperCase()} (${watched.length} of ${episodes.length} episodes marked).`}
      </p>
      {SEASONS.map((season) => {
        const inSeason = episodes.filter((episode) => episode.season === season);
        const all = inSeason.every((episode) => watched.includes(episode.code));
        return (
          <fieldset key={season} className="season-episodes">
            <legend>Season {season}</legend>
            <SeasonProgress season={season} />
            <ul className="episode-checklist">
              {inSeason.map((episode) => (
                <ChecklistEntry key={episode.code} code={episode.code} title={episode.title} />
              ))}
            </ul>
            <button
              type="button"
              onClick={() => withFanActions((actions) => actions.setSeasonWatched(season, !all))}
            >
              {all ? `Unmark season ${season}` : `Mark all of season ${season} watched`}
            </button>
          </fieldset>
        );
      })}
      <p>
        <button
          type="button"
          onClick={() => withFanActions((actions) => actions.clearProgress())}
          disabled={watched.length === 0}
        >
          Clear my progress
        </button>
      </p>
    </section>
  );
}

function ShieldSetting() {
  const [active, choose] = useFanChoice(useFan(shieldActive));
  const choice = useFan((state) => state.shield);
  return (
    <section aria-labelledby="shield-heading">
      <h2 id="shield-heading">Spoiler shield</h2>
      <p>
        With the shield on, anything first revealed after your progress (later episodes’ scenes, characters
        who arrive later, relationships that begin later, commentary about later episodes) is hidden until you
        choose to reveal it. It switches on by itself once you mark an episode watched, unless you turn it off
        here.
      </p>
      <label className="switch">
        <input
          type="checkbox"
          // biome-ignore lint/a11y/useAriaPropsForRole: the checkbox's own checked state is the switch's; HTML forbids aria-checked on it (npm run check:html)
          role="switch"
          checked={active}
          onChange={() => choose(!active, (actions) => actions.setShield(active ? 'off' : 'on'))}
        />
        Hide spoilers past my progress
      </label>
      {choice === null ? <p className="muted">You have not chosen yet; this is the default.</p> : null}
    </section>
  );
}

/** How far the fan has read in the graphic novels: a second cursor beside the watch progress. */
function ReadingSetting({ volumes }: { volumes: { number: number; title: string }[] }) {
  const read = useFan((state) => state.read);
  return (
    <section aria-labelledby="reading-heading">
      <h2 id="reading-heading">The books</h2>
      <p>
        A fan can be ahead in the books and behind on screen. What a volume tells (its page, and where the
        show departs from it) stays hidden only until you have watched the episodes that adapt it or read it.
      </p>
      <label>
        I’ve read the graphic novels up to{' '}
        <select
          value={read ?? ''}
          onChange={(event) => {
            const volume = event.target.value === '' ? null : Number(event.target.value);
            withFanActions((actions) => actions.setReadUpTo(volume));
          }}
        >
          <option value="">none of them</option>
          {volumes.map((volume) => (
            <option key={volume.number} value={volume.number}>
              {volume.title}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}

function Favourites() {
  const favourites = useFan((state) => state.favourites);
  return (
    <section aria-labelledby="favourites-heading">
      <h2 id="favourites-heading">Favourites</h2>
      {favourites.length === 0 ? (
        <p>No favourites yet. Press “Favourite” on any character, episode, scene or quote to keep it here.</p>
      ) : (
        FAVOURITE_KINDS.map((kind) => {
          const items = favourites.filter((item) => item.kind === kind);
          if (items.length === 0) return null;
          return (
            <div key={kind}>
              <h3>{KIND_HEADINGS[kind]}</h3>
              <ul className="favourite-list">
                {items.map((item) => (
                  <li key={item.id}>
                    <Link to={hrefFor(item.kind, item.id)}>{item.label}</Link>{' '}
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Remove ${item.label}`}
                      onClick={() => withFanActions((actions) => actions.removeFavourite(item))}
                    >
                      Remove
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          );
        })
      )}
    </section>
  );
}

function Transfer() {
  const [status, setStatus] = useState<{ ok: boolean; message: string } | undefined>();
  const inputId = useId();

  const download = () => {
    const { watched, shield, read, favourites } = useFan.getState();
    const blob = new Blob([exportMyWiki({ watched, shield, read }, favourites)], {
      type: 'application/json',
    });
    const url = URL.createObjectURL(blob);
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = exportFileName();
    anchor.click();
    URL.revokeObjectURL(url);
    setStatus({
      ok: true,
      message: `Exported ${favourites.length} favourites and ${watched.length} watched episodes.`,
    });
  };

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const [text, { importMyWiki }] = await Promise.all([file.text(), transferImport()]);
    const result = importMyWiki(text);
    if (!result.ok) {
      setStatus({ ok: false, message: `Nothing was imported. ${result.message}` });
      return;
    }
    setStatus({
      ok: true,
      message: `Imported ${result.favourites.length} favourites and ${result.progress.watched.length} watched episodes.`,
    });
  };

  return (
    <section aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Export and import</h2>
      <p>
        Save your progress and favourites to a file, and load them in another browser. Importing replaces what
        this browser has.
      </p>
      <p className="transfer-actions">
        <button type="button" onClick={download}>
          Export to a file
        </button>
        <label htmlFor={inputId}>Import from a file</label>
        <input id={inputId} type="file" accept="application/json,.json" onChange={upload} />
      </p>
      <p
        role="status"
        className={status && !status.ok ? 'transfer-status transfer-status--error' : 'transfer-status'}
      >
        {status?.message}
      </p>
    </section>
  );
}

export function MyWikiRoute() {
  return (
    <RoutePage pageKey={pageDataKeys.page('my-wiki')} kind="my-wiki">
      {(data) => (
        <div className="my-wiki">
          <PageMeta meta={data.meta} />
          <PageHeading>My wiki</PageHeading>
          <p className="lede">
            Your watch progress, spoiler shield and favourites. They are kept in this browser only; nothing is
            sent anywhere.
          </p>
          <Progress />
          <ShieldSetting />
          <ReadingSetting volumes={data.volumes} />
          <Favourites />
          <section aria-labelledby="appearance-heading">
            <h2 id="appearance-heading">Appearance</h2>
            <ThemeSwitch />
          </section>
          <Transfer />
        </div>
      )}
    </RoutePage>
  );
}
