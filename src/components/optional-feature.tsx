import { Component, type ReactNode, Suspense } from 'react';
import { useAppSettled } from '../lib/page-ready';

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
 * Code the page's controls do not need (the fan layer, the theme switch, offline reading): loaded once the
 * page is ready and settled (see src/lib/page-ready.ts), with the fan's saved state read, rendered nowhere
 * in the prerendered HTML, and never able to take the page down.
 */
export function OptionalFeature({ children }: { children: ReactNode }) {
  const settled = useAppSettled();
  if (!settled) return null;
  return (
    <QuietBoundary>
      <Suspense fallback={null}>{children}</Suspense>
    </QuietBoundary>
  );
}
