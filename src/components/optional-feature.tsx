import { Component, type ReactNode, Suspense } from 'react';
import { usePageReady } from '../lib/page-ready';

/** Renders nothing instead of its children if they fail (their code could not load, say). */
class QuietBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.warn('[Heartstopper Wiki] An optional feature could not load:', error);
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * Code the first paint does not need (the fan's saved state, the theme switch): loaded once the first page
 * has been rendered in the browser (see src/lib/page-ready.ts), rendered nowhere in the prerendered HTML,
 * and never able to take the page down.
 */
export function OptionalFeature({ children }: { children: ReactNode }) {
  const ready = usePageReady();
  if (!ready) return null;
  return (
    <QuietBoundary>
      <Suspense fallback={null}>{children}</Suspense>
    </QuietBoundary>
  );
}
