import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { pageDataPlugin } from './scripts/page-data-plugin';
import { siteConfig } from './scripts/site-config';
import { TIMEOUTS } from './scripts/test-slowness';

export default defineConfig({
  base: siteConfig.basePath,
  plugins: [react(), pageDataPlugin()],
  build: {
    // scripts/prerender.ts reads the manifest to preload each page's own code chunk.
    manifest: true,
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
});
