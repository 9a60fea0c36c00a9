import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { eagerCompile } from './scripts/eager-compile';
import { pageDataPlugin } from './scripts/page-data-plugin';
import { reactDomMarkers } from './scripts/react-dom-build';
import { reactRouterProductionBuild, reactRouterTreeShaking } from './scripts/react-router-build';
import { appShellChunk } from './scripts/shell-chunk';
import { siteConfig } from './scripts/site-config';
import { TIMEOUTS } from './scripts/test-slowness';

/**
 * The code a page loads once it is ready and settled (src/lib/page-ready.ts): the fan layer, the theme
 * switch, offline reading, the link previews and the search shortcut. Their imports fetch each chunk's own
 * imports when it arrives instead of preloading them: the preload is a `<link rel="modulepreload">` per
 * chunk added to the page, which cost about 20 ms of an unthrottled CPU in one task, counted four times over
 * as blocking time on a phone. A route's chunks are still preloaded, since a fan is waiting for that page.
 */
const AFTER_READY_CHUNK = /(^|\/)(fan-layer|theme-switch|offline|preview-layer|search-shortcut)-[\w-]+\.js$/;

/** The print stylesheet prints in-app links with the site's address, which is only known at build time. */
function printAddresses(): Plugin {
  return {
    name: 'heartstopper-print-addresses',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/src/print.css')) return undefined;
      return code.replace(
        '--site-origin: "SITE_ORIGIN"',
        `--site-origin: ${JSON.stringify(siteConfig.siteUrl)}`,
      );
    },
  };
}

export default defineConfig(({ command, isSsrBuild }) => ({
  base: siteConfig.basePath,
  plugins: [
    react(),
    pageDataPlugin(),
    printAddresses(),
    reactRouterTreeShaking(),
    reactDomMarkers(),
    eagerCompile(),
  ],
  resolve: {
    // Builds, the browser's and the prerender's alike, use React Router's production build; the dev server
    // and the unit tests keep its warnings.
    alias: command === 'build' ? [{ find: /^react-router$/, replacement: reactRouterProductionBuild() }] : [],
  },
  build: {
    // The shell, what every page runs first, is one file: the entry (scripts/shell-chunk.ts). The prerender's
    // build has no page to load first.
    rolldownOptions: isSsrBuild
      ? {}
      : { output: { codeSplitting: { groups: [appShellChunk(import.meta.dirname)] } } },
    // scripts/prerender.ts reads the manifest to preload each page's own code chunk.
    manifest: true,
    // Every browser the wiki supports knows <link rel="modulepreload"> (Chromium 66, Safari 17, Firefox 115),
    // so Vite's polyfill for it would only add to every page's first load; where it is missing, the
    // preloads are skipped and the code still loads, a little later.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (file, deps, { hostType }) =>
        hostType === 'js' && AFTER_READY_CHUNK.test(file) ? [] : deps,
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./vitest.setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    // One worker per core (Vitest's default leaves one core free, which on two cores halves the speed).
    maxWorkers: '100%',
    testTimeout: TIMEOUTS.unitTest,
    hookTimeout: TIMEOUTS.unitTest,
    reporters: [
      'default',
      ['json', { outputFile: 'reports/vitest.json' }],
      './scripts/reporters/vitest-slowest.ts',
    ],
  },
}));
