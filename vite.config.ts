import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { pageDataPlugin } from './scripts/page-data-plugin';
import { siteConfig } from './scripts/site-config';

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
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
});
