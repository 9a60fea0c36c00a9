/**
 * Hover previews of links to characters, episodes and scenes (long-press on touch). This part is in every
 * page's first load and is only a loader (and the card's few styles): the previews' code loads once the page
 * is ready (the fan's saved state applied) and settled, and the browser is idle, as a chunk of its own, so it
 * adds almost nothing to the first load and never competes with what the page's controls need.
 */
import { type ComponentType, lazy, Suspense, useEffect, useState } from 'react';
import { useAppSettled } from '../../lib/page-ready';
// The card's styles ship with the page (under half a kilobyte): a stylesheet loaded with the chunk could fail
// on its own when the connection drops, and Vite reports that failure as an uncaught error.
import './previews.css';

const Nothing: ComponentType = () => null;

// Offline or after a deploy the chunk may fail to load: the wiki works the same without previews.
const PreviewLayer = lazy(() =>
  import('./preview-layer').then(
    (module) => ({ default: module.PreviewLayer }),
    () => ({ default: Nothing }),
  ),
);

export function LinkPreviews() {
  const settled = useAppSettled();
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!settled) return;
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(() => setIdle(true), { timeout: 2000 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = window.setTimeout(() => setIdle(true), 200);
    return () => window.clearTimeout(handle);
  }, [settled]);
  if (!idle) return null;
  return (
    <Suspense fallback={null}>
      <PreviewLayer />
    </Suspense>
  );
}
