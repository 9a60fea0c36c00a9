import { lazy } from 'react';

/**
 * The 404 page's code loads only when an address names nothing, so no other page carries it; 404.html
 * preloads it (scripts/prerender.ts).
 */
export const NotFoundPage = lazy(() =>
  import('./routes/not-found').then((module) => ({ default: module.NotFoundPage })),
);
