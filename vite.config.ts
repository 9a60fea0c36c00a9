import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { pageDataPlugin } from './scripts/page-data-plugin';

export default defineConfig({
  plugins: [react(), pageDataPlugin()],
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./vitest.setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
