/**
 * Whether the first page of the visit has been rendered by React in the browser: hydrated, lazy route code
 * and all. Features that change what a page shows based on browser-only state (the spoiler shield) wait for
 * this, because changing that content while React is still hydrating it would not match the prerendered
 * HTML. Every route's top component calls `useMarkPageReady()`.
 */
import { useEffect, useSyncExternalStore } from 'react';

let ready = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useMarkPageReady(): void {
  useEffect(() => {
    if (ready) return;
    ready = true;
    for (const listener of listeners) listener();
  }, []);
}

export function usePageReady(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => ready,
    () => false,
  );
}
