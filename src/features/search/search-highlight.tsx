/**
 * Highlights the searched words on the page a search result opened. This part is in every page's first
 * load but only reads the history state; the highlighter itself loads when there is something to highlight.
 */
import { lazy, Suspense, useState } from 'react';
import { useLocation } from 'react-router';
import { readHighlight } from './highlight-state';
import { useHydrated } from './use-hydrated';

const LandingHighlight = lazy(() =>
  import('./landing-highlight').then((module) => ({ default: module.LandingHighlight })),
);

export function SearchHighlight() {
  const hydrated = useHydrated();
  const location = useLocation();
  // Dismissing holds for this visit to this history entry; the address is left alone, so the page does not
  // jump back to the top as a navigation would make it.
  const [dismissed, setDismissed] = useState<string | undefined>(undefined);
  const terms = hydrated && dismissed !== location.key ? readHighlight(location.state) : [];
  if (terms.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <LandingHighlight key={location.key} terms={terms} onDismiss={() => setDismissed(location.key)} />
    </Suspense>
  );
}
