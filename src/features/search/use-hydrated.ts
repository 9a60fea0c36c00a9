import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while React hydrates prerendered HTML (and on the server), true from then on and in any render that
 * is not a hydration. Content that depends on the address's query or on history state waits for it, so the
 * first browser render matches the HTML, which was rendered without them.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
