/**
 * Reading and saving the fan's state, and every change to it. Loaded after the page has hydrated (and on
 * first use of a control), so none of it weighs on a page's first load. Every change is saved at once; a
 * save the browser refuses keeps the change for this visit and says so.
 */
import episodes from 'virtual:episode-list';
import { favouritesSlot, isKnownEpisode, progressSlot, sortEpisodeCodes, themeSlot } from './fan-slots';
import { type Favourite, favouriteKey, type Progress, type ShieldChoice, type Theme } from './fan-state';
import { useFan } from './fan-store';
import { type ReadOutcome, readSlot, type Slot, writeSlot } from './saved-storage';

type SlotName = 'progress' | 'favourites' | 'theme';

/** Slots whose saved value must not be overwritten this visit (unreadable storage, a newer build's value). */
const readOnly = new Set<SlotName>();

function addNotice(id: string, message: string) {
  useFan.setState((state) =>
    state.notices.some((notice) => notice.id === id)
      ? state
      : { notices: [...state.notices, { id, message }] },
  );
}

export function dismissNotice(id: string) {
  useFan.setState((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) }));
}

function noticeFor(slot: Slot<unknown>, problem: ReadOutcome<unknown>['problem']): string | undefined {
  switch (problem) {
    case 'unavailable':
      return 'This browser is not letting the wiki save anything (private browsing or blocked storage), so your watch progress, favourites and theme will last only until you close this tab.';
    case 'damaged':
      return `Your saved ${slot.name} could not be read, so it has been reset. A copy of the damaged data was kept in this browser's storage.`;
    case 'partly-damaged':
      return `Some of your saved ${slot.name} could not be read and was left out; the rest is back. A copy of the original was kept in this browser's storage.`;
    case 'newer':
      return `Your saved ${slot.name} was written by a newer version of the wiki. It has been left untouched; reload the page to use it. Changes made now last only for this visit.`;
    default:
      return undefined;
  }
}

function load<T>(name: SlotName, slot: Slot<T>): T {
  const outcome = readSlot(slot);
  if (outcome.readOnly) readOnly.add(name);
  else readOnly.delete(name);
  const message = noticeFor(slot as Slot<unknown>, outcome.problem);
  if (message) addNotice(outcome.problem === 'unavailable' ? 'storage-unavailable' : `${name}-read`, message);
  return outcome.value;
}

/** Reads everything saved; later calls re-read (another tab may have changed it). */
export function loadFanState(): void {
  const progress = load('progress', progressSlot);
  const favourites = load('favourites', favouritesSlot);
  const theme = load('theme', themeSlot);
  useFan.setState({ ...progress, favourites, theme, loaded: true });
}

function save<T>(name: SlotName, slot: Slot<T>, value: T): void {
  if (readOnly.has(name)) return;
  if (!writeSlot(slot, value)) {
    addNotice(
      `${name}-write`,
      `Your ${slot.name} could not be saved (this browser's storage is full or blocked). The change lasts for this visit; what was saved before is unchanged.`,
    );
  }
}

/**
 * A change made before storage was read (a click that beat the page's own start-up) must add to what was
 * saved, never replace it with an empty list: read first.
 */
function ensureLoaded() {
  if (!useFan.getState().loaded) loadFanState();
}

function setProgress(progress: Partial<Progress>) {
  ensureLoaded();
  useFan.setState(progress);
  const { watched, shield } = useFan.getState();
  save('progress', progressSlot, { watched, shield });
}

function setFavourites(favourites: Favourite[]) {
  ensureLoaded();
  useFan.setState({ favourites });
  save('favourites', favouritesSlot, favourites);
}

export function toggleWatched(code: string) {
  if (!isKnownEpisode(code)) return;
  ensureLoaded();
  const { watched } = useFan.getState();
  setProgress({
    watched: watched.includes(code)
      ? watched.filter((item) => item !== code)
      : sortEpisodeCodes([...watched, code]),
  });
}

/** Marks this episode and every one before it watched, and every later one not. */
export function watchUpTo(code: string) {
  const target = episodes.find((episode) => episode.code === code);
  if (!target) return;
  setProgress({
    watched: episodes.filter((episode) => episode.overall <= target.overall).map((episode) => episode.code),
  });
}

export function setSeasonWatched(season: number, watched: boolean) {
  ensureLoaded();
  const inSeason = episodes.filter((episode) => episode.season === season).map((episode) => episode.code);
  const current = useFan.getState().watched;
  setProgress({
    watched: watched
      ? sortEpisodeCodes([...current, ...inSeason])
      : current.filter((code) => !inSeason.includes(code)),
  });
}

export function clearProgress() {
  setProgress({ watched: [] });
}

export function setShield(shield: ShieldChoice) {
  setProgress({ shield });
}

export function toggleFavourite(item: Favourite) {
  ensureLoaded();
  const { favourites } = useFan.getState();
  const key = favouriteKey(item);
  setFavourites(
    favourites.some((existing) => favouriteKey(existing) === key)
      ? favourites.filter((existing) => favouriteKey(existing) !== key)
      : [...favourites, item],
  );
}

export function removeFavourite(item: Pick<Favourite, 'kind' | 'id'>) {
  ensureLoaded();
  const key = favouriteKey(item);
  setFavourites(useFan.getState().favourites.filter((existing) => favouriteKey(existing) !== key));
}

export function setTheme(theme: Theme) {
  ensureLoaded();
  useFan.setState({ theme });
  save('theme', themeSlot, theme);
}

/** Replaces progress and favourites with an imported file's (already validated). */
export function replaceAll(data: { progress: Progress; favourites: Favourite[] }) {
  setProgress(data.progress);
  setFavourites(data.favourites);
}
