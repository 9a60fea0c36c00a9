import { defineConfig } from 'vite';

/**
 * The service worker's own build (`npm run build:site`): one classic script with no imports, so every
 * browser can run it, written to dist-sw/sw.js. scripts/precache.ts then writes it to dist/sw.js, at the
 * root of the site so that its scope is the whole wiki, with the build's precache list and version.
 */
export default defineConfig({
  publicDir: false,
  // Workbox keeps its logging and checks behind this; the worker ships without them.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist-sw',
    emptyOutDir: true,
    minify: true,
    lib: {
      entry: 'src/service-worker/sw.ts',
      formats: ['iife'],
      name: 'heartstopperServiceWorker',
      fileName: () => 'sw.js',
    },
  },
});
