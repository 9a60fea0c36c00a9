import { Component, type ErrorInfo, type ReactNode } from 'react';
import {
  isChunkLoadError,
  mayReloadForStaleChunk,
  reloadOnceForStaleChunk,
  reloadPage,
} from '../lib/stale-chunk';

type Props = {
  onReset: () => void;
  fallback: (retry: () => void, error: Error) => ReactNode;
  children: ReactNode;
};
type State = {
  error: Error | null;
  /** The page's code failed to load and the page is about to reload once (see src/lib/stale-chunk.ts). */
  reloading: boolean;
};

/** Every error a page boundary catches is logged once, with this at the front. */
export const PAGE_ERROR_LOG_PREFIX = '[Heartstopper Wiki] A page failed to load or render:';

const logged = new WeakSet<object>();

/**
 * Logs a caught error once. React logs every error a boundary catches by itself as well (its default
 * `onCaughtError`), and a Retry that fails the same way rethrows the same error: each is logged only once.
 */
export function logPageError(error: unknown, componentStack?: string | null): void {
  if (typeof error === 'object' && error !== null) {
    if (logged.has(error)) return;
    logged.add(error);
  }
  console.error(PAGE_ERROR_LOG_PREFIX, error, componentStack ?? '');
}

/**
 * For `createRoot`/`hydrateRoot`'s `onCaughtError` option: React calls it just before the boundary's
 * `componentDidCatch`, and would otherwise log the error a second time, without the prefix.
 */
export function onCaughtError(error: unknown, info: { componentStack?: string | undefined }): void {
  logPageError(error, info.componentStack);
}

function PageReloading() {
  return (
    <div className="page-loading" role="status">
      <span>Loading the latest version of the wiki…</span>
    </div>
  );
}

/**
 * Catches a page's render or loading error and shows `fallback`, whose retry button resets it. A page whose
 * code failed to load (a tab older than the latest deploy) reloads once by itself instead; if its code still
 * fails after that, the fallback shows, and its retry reloads the page (React keeps a failed import failed
 * until the page is loaded again).
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, reloading: false };

  static getDerivedStateFromError(error: Error): State {
    return { error, reloading: isChunkLoadError(error) && mayReloadForStaleChunk() };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    logPageError(error, info.componentStack);
    if (this.state.reloading && !reloadOnceForStaleChunk()) this.setState({ reloading: false });
  }

  retry = () => {
    if (isChunkLoadError(this.state.error)) {
      reloadPage();
      return;
    }
    this.props.onReset();
    this.setState({ error: null, reloading: false });
  };

  override render() {
    if (this.state.error) {
      if (this.state.reloading) return <PageReloading />;
      return this.props.fallback(this.retry, this.state.error);
    }
    return this.props.children;
  }
}
