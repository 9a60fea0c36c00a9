/**
 * Reads the fan's saved state once the first page has been rendered in the browser, and marks the page ready (`<html data-app="ready">`): from then on every control does what it says. Part of
 * every page's first load, so the page is ready as soon as it has hydrated: the saved state is read by
 * ./saved-quick-read, and only when that finds something it cannot vouch for does the page wait for the full
 * reader in ./fan-actions (which repairs and tells the fan).
 */
import { useEffect } from 'react';
import { markAppReady, usePageReady } from '../lib/page-ready';
import { withFanActions } from './fan-controls';
import { BOOT_CLASSES } from './fan-state';
import { savingCode, useFan } from './fan-store';
import { readSavedQuickly } from './saved-quick-read';

export function FanStart() {
  const pageReady = usePageReady();
  const loaded = useFan((state) => state.loaded);

  useEffect(() => {
    // Not during hydration: what the fan has saved changes what the page shows (the spoiler shield), and the
    // prerendered HTML was rendered without it.
    if (!pageReady || useFan.getState().loaded) return;
    // Once the code that saves has loaded (a test, or a page that loaded it early), it reads.
    const saved = savingCode.loaded ? undefined : readSavedQuickly();
    if (saved)
      useFan.setState({ ...saved.progress, favourites: saved.favourites, theme: saved.theme, loaded: true });
    else withFanActions((actions) => actions.loadFanState());
  }, [pageReady]);

  useEffect(() => {
    if (!loaded) return;
    // The shield has been applied in the render this effect follows: the page may show now.
    document.documentElement.classList.remove(BOOT_CLASSES.shieldPending);
    markAppReady();
  }, [loaded]);

  return null;
}
