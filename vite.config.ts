import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { pageDataPlugin } from './scripts/page-data-plugin';
import { reactRouterProductionBuild, reactRouterTreeShaking } from './scripts/react-router-build';
import { siteConfig } from './scripts/site-config';
import { TIMEOUTS } from './scripts/test-slowness';

/** The chunks src/main.tsx imports statically (Vite names a chunk after its first module). */
const ENTRY_STATIC_CHUNK = /(^|\/)(react|jsx-runtime|rolldown-runtime)-[\w-]+\.js$/;

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

export default defineConfig(({ command }) => ({
  base: siteConfig.basePath,
  plugins: [react(), pageDataPlugin(), printAddresses(), reactRouterTreeShaking()],
  resolve: {
    // Builds, the browser's and the prerender's alike, use React Router's production build; the dev server
    // and the unit tests keep its warnings.
    alias: command === 'build' ? [{ find: /^react-router$/, replacement: reactRouterProductionBuild() }] : [],
  },
  build: {
    // scripts/prerender.ts reads the manifest to preload each page's own code chunk.
    manifest: true,
    // Every browser the wiki supports knows <link rel="modulepreload"> (Chromium 66, Safari 17, Firefox 115),
    // so Vite's polyfill for it would only add to every page's first load; where it is missing, the
    // preloads are skipped and the code still loads, a little later.
    modulePreload: {
      polyfill: false,
      // A lazy chunk's list of files to preload leaves out the chunks the entry imports statically (React and
      // the bundler's runtime): they have always loaded before any lazy import runs, and naming them in every
      // list cost the first load about 50 bytes gzip.
      resolveDependencies: (_file, deps, { hostType }) =>
        hostType === 'js' ? deps.filter((dep) => !ENTRY_STATIC_CHUNK.test(dep)) : deps,
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
