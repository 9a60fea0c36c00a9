/**
 * The fan's recent searches, kept in this browser only (localStorage), newest first.
 *
 * The store starts empty on the server and in the browser alike and reads storage only when a component
 * asks it to after mounting (`skipHydration`), so prerendered HTML and the first browser render agree.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export const MAX_RECENT_SEARCHES = 8;
const STORAGE_KEY = 'heartstopper-wiki:recent-searches';
const STORAGE_VERSION = 1;

type RecentSearchesState = {
  queries: string[];
  add: (query: string) => void;
  clear: () => void;
};

/**
 * Whatever storage holds, reduced to a valid list: another tab, an old version or a hand edit may have left
 * anything there, and a bad entry must not break the page.
 */
export function readStoredQueries(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || !('queries' in value)) return [];
  const { queries } = value;
  if (!Array.isArray(queries)) return [];
  const valid: string[] = [];
  for (const query of queries) {
    if (typeof query !== 'string') continue;
    const trimmed = query.trim();
    if (trimmed !== '' && trimmed.length <= 200 && !valid.includes(trimmed)) valid.push(trimmed);
  }
  return valid.slice(0, MAX_RECENT_SEARCHES);
}

export const useRecentSearches = create<RecentSearchesState>()(
  persist(
    (set) => ({
      queries: [],
      add: (query) => {
        const trimmed = query.trim();
        if (trimmed === '') return;
        set((state) => ({
          queries: [trimmed, ...state.queries.filter((item) => item !== trimmed)].slice(
            0,
            MAX_RECENT_SEARCHES,
          ),
        }));
      },
      clear: () => set({ queries: [] }),
    }),
    {
      name: STORAGE_KEY,
      version: STORAGE_VERSION,
      // A function, so nothing touches localStorage until the store is rehydrated in the browser.
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ queries: state.queries }),
      // Version 0 had no schema of its own; whatever list it left is kept if it reads as one.
      migrate: (persisted) => ({ queries: readStoredQueries(persisted) }),
      merge: (persisted, current) =>
        persisted === undefined ? current : { ...current, queries: readStoredQueries(persisted) },
      skipHydration: true,
    },
  ),
);

/** Reads storage once; later calls reuse what was read. */
export async function loadRecentSearches(): Promise<void> {
  if (!useRecentSearches.persist.hasHydrated()) await useRecentSearches.persist.rehydrate();
}

/** Records a search after reading storage, so an earlier visit's list is added to, not replaced. */
export async function recordRecentSearch(query: string): Promise<void> {
  await loadRecentSearches();
  useRecentSearches.getState().add(query);
}
