/**
 * Hover previews of links to characters, episodes and scenes (long-press on touch). This part is in every
 * page's first load and is only a loader: the previews' code and styles load once the page is idle, as a
 * chunk of their own, so they add nothing to the first load and never delay hydration.
 */
import { type ComponentType, lazy, Suspense, useEffect, useState } from 'react';

const Nothing: ComponentType = () => null;

// Offline or after a deploy the chunk may fail to load: the wiki works the same without previews.
const PreviewLayer = lazy(() =>
  import('./preview-layer').then(
    (module) => ({ default: module.PreviewLayer }),
    () => ({ default: Nothing }),
  ),
);

export function LinkPreviews() {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(() => setIdle(true), { timeout: 2000 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = window.setTimeout(() => setIdle(true), 200);
    return () => window.clearTimeout(handle);
  }, []);
  if (!idle) return null;
  return (
    <Suspense fallback={null}>
      <PreviewLayer />
    </Suspense>
  );
}
