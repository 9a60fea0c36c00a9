import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { TIMEOUTS } from './scripts/test-slowness';

// findBy… and waitFor wait for what a fan would see, up to this bound (scaled by TEST_SLOWNESS).
configure({ asyncUtilTimeout: TIMEOUTS.domWait });

// jsdom has no layout: scrolling is a no-op here, checked for real in the browser tests.
window.scrollTo = () => {};
Element.prototype.scrollIntoView = () => {};

afterEach(() => {
  cleanup();
});

// The fan's saved state lives in localStorage and a module-level store: each test starts as a new visitor.
afterEach(async () => {
  const { useFan } = await import('./src/shared/fan-store');
  localStorage.clear();
  useFan.setState(useFan.getInitialState(), true);
  document.documentElement.removeAttribute('data-theme');
});
