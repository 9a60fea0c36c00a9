/**
 * The search page's early results (src/features/search/early-search.ts) as a bundle of their own, built
 * after the app (`npm run build:site`) into the same dist/assets/. Built apart so that they share no chunk
 * with the app: as one more entry of the app's build, the modules both use (the page registry, the paths)
 * would move out of the app's entry chunk into a shared one, and every page's first load would change.
 * scripts/prerender.ts finds the file in the manifest written here and lists it on the search page.
 */
import { defineConfig } from 'vite';
import { eagerCompile } from './scripts/eager-compile';
import { siteConfig } from './scripts/site-config';

export const EARLY_SEARCH_ENTRY = 'src/features/search/early-search.ts';
export const EARLY_SEARCH_MANIFEST = '.vite/early-search-manifest.json';

export default defineConfig({
  base: siteConfig.basePath,
  publicDir: false,
  plugins: [eagerCompile()],
  build: {
    emptyOutDir: false,
    manifest: EARLY_SEARCH_MANIFEST,
    rolldownOptions: {
      input: EARLY_SEARCH_ENTRY,
      // The search page's script calls what the entry exports.
      preserveEntrySignatures: 'strict',
    },
  },
});
