/**
 * Reading and saving the fan's state, and every change to it. Loaded after the page has hydrated (and on
 * first use of a control), so none of it weighs on a page's first load: neither zustand's `persist`, nor the
 * zod schemas, nor the storage they check.
 *
 * `persist` is a function of a store's set, get and api, so it is applied here to the store every page
 * already has (./fan-store) rather than when that store is created. From then on every `useFan.setState`
 * also saves, through the slot storage of ./saved-storage: one localStorage key per part of the state, in
 * the format the wiki has always written. Every change is saved at once; a save the browser refuses keeps
 * the change for this visit and says so.
 */
import episodes from 'virtual:episode-list';
import type { Mutate, StoreApi } from 'zustand';
import { persist } from 'zustand/middleware';
import { isKnownEpisode, sortEpisodeCodes } from './episode-order';
import {
  type Favourite,
  favouritesSlot,
  type Progress,
  progressSlot,
  type SavedFan,
  type ShieldChoice,
  type Theme,
  themeSlot,
} from './fan-slots';
import { type FanState, initialFanState, savingCode, useFan } from './fan-store';
import { favouriteKey } from './favourite-key';
import { type Problem, slotStorage } from './saved-storage';
import { applyThemeColour } from './theme-colour';

/**
 * Notices are not saved, and are added while storage is being read: taken before `persist` wraps
 * `setState`, this setter changes them without starting a save in the middle of a read.
 */
const setUnsaved = useFan.setState;

const SLOT_NAMES: Record<keyof SavedFan, string> = {
  progress: 'watch progress',
  favourites: 'favourites',
  theme: 'theme',
};

function addNotice(id: string, message: string) {
  setUnsaved((state) =>
    state.notices.some((notice) => notice.id === id)
      ? state
      : { notices: [...state.notices, { id, message }] },
  );
}

export function dismissNotice(id: string) {
  setUnsaved((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) }));
}

function noticeFor(name: string, problem: Problem): string {
  switch (problem.kind) {
    case 'unavailable':
      return 'This browser is not letting the wiki save anything (private browsing or blocked storage), so your watch progress, favourites and theme will last only until you close this tab.';
    case 'damaged':
      return `Your saved ${name} could not be read, so it has been reset. A copy of the damaged data was kept in this browser's storage.`;
    case 'partly-damaged':
      return `Some of your saved ${name} could not be read and was left out (${problem.dropped === 1 ? '1 entry' : `${problem.dropped} entries`}); the rest is back. A copy of the original was kept in this browser's storage.`;
    case 'newer':
      return `Your saved ${name} was written by a newer version of the wiki. It has been left untouched; reload the page to use it. Changes made now last only for this visit.`;
    case 'unsaved':
      return `Your ${name} could not be saved (this browser's storage is full or blocked). The change lasts for this visit; what was saved before is unchanged.`;
  }
}

function tell(slot: keyof SavedFan, problem: Problem) {
  const id =
    problem.kind === 'unavailable'
      ? 'storage-unavailable'
      : `${slot}-${problem.kind === 'unsaved' ? 'write' : 'read'}`;
  addNotice(id, noticeFor(SLOT_NAMES[slot], problem));
}

const slots = slotStorage<SavedFan>(
  { progress: progressSlot, favourites: favouritesSlot, theme: themeSlot },
  tell,
);

persist<FanState, [], [], SavedFan>(() => initialFanState, {
  name: 'heartstopper-wiki',
  storage: {
    ...slots,
    // Nothing is saved while the state has not been read: it would replace what an earlier visit saved.
    setItem: (name, value) => (useFan.getState().loaded ? slots.setItem(name, value) : undefined),
  },
  partialize: ({ watched, shield, read, favourites, theme }) => ({
    progress: { watched, shield, read },
    favourites,
    theme,
  }),
  // The slot storage returns only what its schemas have read, one value for every slot.
  merge: (saved, current) => {
    const { progress, favourites, theme } = saved as SavedFan;
    return { ...current, ...progress, favourites, theme, loaded: true };
  },
  skipHydration: true,
})(useFan.setState, useFan.getState, useFan);

/** The same store, now carrying the `persist` api. */
const persisted = useFan as typeof useFan & Mutate<StoreApi<FanState>, [['zustand/persist', SavedFan]]>;

/**
 * Reads everything saved; later calls re-read (another tab may have changed it). The slot storage reads
 * synchronously, so the state is in place when this returns.
 */
export function loadFanState(): void {
  void persisted.persist.rehydrate();
}

// A theme the fan chooses, or another tab saves, applies at once. The saved one was applied before first
// paint by the boot script (scripts/boot-script.ts), and a read that resets it changes it here too. Other
// changes to the fan's state (a tick, a favourite) leave the page's theme alone.
useFan.subscribe(({ loaded, theme }, previous) => {
  if (!loaded || (previous.loaded && previous.theme === theme)) return;
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  applyThemeColour(theme);
});

// The page may have read the saved state already, without this module (./saved-quick-read): read it again, so
// that the slot storage knows what each slot holds before anything is saved over it.
savingCode.loaded = true;
if (useFan.getState().loaded) loadFanState();

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
}

function setFavourites(favourites: Favourite[]) {
  ensureLoaded();
  useFan.setState({ favourites });
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

/** How far the fan has read in the graphic novels (null: not said). */
export function setReadUpTo(volume: number | null) {
  setProgress({ read: volume });
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
}

/** Replaces progress and favourites with an imported file's (already validated). */
export function replaceAll(data: { progress: Progress; favourites: Favourite[] }) {
  ensureLoaded();
  useFan.setState({ ...data.progress, favourites: data.favourites });
}
