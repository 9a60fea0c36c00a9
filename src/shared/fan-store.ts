/**
 * The fan's own state: which episodes they have watched, the spoiler shield, favourites and theme.
 *
 * This module is the part every page needs to render (the state and what it means for spoilers): a plain
 * zustand store. Reading and saving it live in ./fan-actions, a separate chunk loaded after the page has
 * hydrated, which applies zustand's `persist` to this same store. The store starts empty on the server and in
 * the browser alike, so the first browser render always matches the HTML.
 */
import episodes from 'virtual:episode-list';
import { create } from 'zustand';
import type { Favourite, Progress, Theme } from './fan-slots';

export type Notice = { id: string; message: string };

export type FanState = Progress & {
  /** False until storage has been read (always false on the server and during hydration). */
  loaded: boolean;
  favourites: Favourite[];
  theme: Theme;
  notices: Notice[];
};

export const initialFanState: FanState = {
  loaded: false,
  watched: [],
  shield: null,
  read: null,
  favourites: [],
  theme: 'system',
  notices: [],
};

export const useFan = create<FanState>()(() => initialFanState);

/**
 * Whether the code that saves (./fan-actions) has loaded. From then on the saved state is read only through
 * it: it must know what each slot holds before it saves over it.
 */
export const savingCode = { loaded: false };

/** Whether the shield is on: the fan's choice, else on as soon as they have recorded any progress. */
export function shieldActive(state: Pick<FanState, 'shield' | 'watched'>): boolean {
  return state.shield === 'on' || (state.shield === null && state.watched.length > 0);
}

/** The overall number of the furthest episode watched (0 when none). */
export function watchedThrough(watched: readonly string[]): number {
  let furthest = 0;
  for (const code of watched) {
    const overall = episodes.find((episode) => episode.code === code)?.overall ?? 0;
    if (overall > furthest) furthest = overall;
  }
  return furthest;
}

export function codeOfOverall(overall: number): string {
  return episodes.find((episode) => episode.overall === overall)?.code ?? '';
}
