/**
 * The first page of the visit, in three steps:
 * - hydrated (`usePageReady`): rendered by React in the browser, lazy route code and all. Features that
 *   change what a page shows based on browser-only state (the spoiler shield) wait for this, because
 *   changing that content while React is still hydrating it would not match the prerendered HTML. Every
 *   route's top component calls `useMarkPageReady()`.
 * - ready (`markAppReady`, `<html data-app="ready">`): the fan's saved state is applied and every control
 *   works (src/shared/fan-start.tsx).
 * - settled (`useAppSettled`): the task after ready. Code the page's controls do not need (the fan layer,
 *   the theme switch, offline reading) starts loading only then, so none of its work delays ready.
 *
 * Each step is announced in a task of its own rather than inside the one before: the effects of a whole
 * page's hydration, the render that applies the fan's state and the start of the optional code were one
 * task of about 90 ms on an unthrottled CPU, which a phone four times slower spends unable to answer a tap.
 */
import { useEffect, useSyncExternalStore } from 'react';

type Step = {
  /** A task has been queued to reach the step: later calls change nothing. */
  queued: boolean;
  reached: boolean;
  readonly listeners: Set<() => void>;
  readonly subscribe: (listener: () => void) => () => void;
};

function step(): Step {
  const listeners = new Set<() => void>();
  return {
    queued: false,
    reached: false,
    listeners,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const hydrated = step();
const settled = step();

/** Marks the step reached in a task of its own, then tells its listeners; once, however often it is called. */
function reachSoon(step: Step): void {
  if (step.queued) return;
  step.queued = true;
  setTimeout(() => {
    step.reached = true;
    for (const listener of step.listeners) listener();
  }, 0);
}

function useStep(step: Step): boolean {
  return useSyncExternalStore(
    step.subscribe,
    () => step.reached,
    () => false,
  );
}

export function useMarkPageReady(): void {
  useEffect(() => reachSoon(hydrated), []);
}

export function usePageReady(): boolean {
  return useStep(hydrated);
}

/** Sets `<html data-app="ready">`; the page is settled in the next task. */
export function markAppReady(): void {
  document.documentElement.dataset.app = 'ready';
  reachSoon(settled);
}

export function useAppSettled(): boolean {
  return useStep(settled);
}
