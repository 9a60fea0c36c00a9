/**
 * How builds take React DOM: its production build, with the five errors it makes as its module first runs
 * made without a stack trace (docs/decisions/0026).
 *
 * React DOM keeps five errors as markers it throws and recognises by identity (`SuspenseException` and the
 * like), never shown to anyone. It makes them with `Error(...)` while its module runs, inside the entry
 * chunk's own top-level code. When a debugger client is attached (DevTools, or the Playwright of
 * `npm run ready-time`), Chromium wants each new error's stack with lines and columns, and V8 works those
 * out by parsing every function on the stack again: the whole entry chunk and all of React DOM, some
 * 300 kB. With the CPU slowed four times that made the entry's evaluation about 120 ms instead of 30 ms
 * (40 ms in a browser with no debugger attached).
 * The markers are made here as objects that inherit from `Error.prototype`: what React does with them
 * (throw, compare, read the message) is unchanged, and no stack is asked for.
 */
import type { Plugin } from 'vite';

/** React DOM's client build for production, as a module id ends (Vite writes ids with `/` on every system). */
const REACT_DOM_CLIENT = '/react-dom/cjs/react-dom-client.production.js';

/** The markers, each made once at the top level of React DOM's module. */
export const REACT_DOM_MARKERS = [
  'HydrationMismatchException',
  'SuspenseException',
  'SuspenseyCommitException',
  'SuspenseActionException',
  'SelectiveHydrationException',
] as const;

const MARKER = new RegExp(`\\b(${REACT_DOM_MARKERS.join('|')}) = Error\\(`, 'g');

const MAKE_MARKER = 'heartstopperMarkerError';

/**
 * React DOM's code with its markers made without a stack; undefined if it does not make exactly the five
 * this expects. The function that makes them is declared on a line added at the end, so the module's
 * `"use strict"` stays its first statement and every other line stays where it was.
 */
export function markersWithoutStacks(code: string): string | undefined {
  let made = 0;
  const changed = code.replace(MARKER, (_declaration, name: string) => {
    made += 1;
    return `${name} = ${MAKE_MARKER}(`;
  });
  if (made !== REACT_DOM_MARKERS.length) return undefined;
  return `${changed}\nfunction ${MAKE_MARKER}(message) { return Object.create(Error.prototype, { message: { value: message, writable: true, configurable: true } }); }\n`;
}

/** The build's plugin. It fails the build, naming the file, if React DOM no longer makes the five markers. */
export function reactDomMarkers(): Plugin {
  return {
    name: 'heartstopper-react-dom-markers',
    apply: 'build',
    transform(code, id) {
      if (!id.endsWith(REACT_DOM_CLIENT)) return undefined;
      const changed = markersWithoutStacks(code);
      if (changed === undefined) {
        this.error(
          `${id} does not make React DOM's markers (${REACT_DOM_MARKERS.join(', ')}) as \`Name = Error(\` once each; check scripts/react-dom-build.ts against this version of React DOM.`,
        );
      }
      return { code: changed, map: null };
    },
  };
}
