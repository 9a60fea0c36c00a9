import { Component, type ErrorInfo, type ReactNode } from 'react';

type Props = {
  onReset: () => void;
  fallback: (retry: () => void, error: Error) => ReactNode;
  children: ReactNode;
};
type State = { error: Error | null };

/** Catches a page's render or loading error and shows `fallback`, whose retry button resets it. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('A page failed to render', error, info.componentStack);
  }

  retry = () => {
    this.props.onReset();
    this.setState({ error: null });
  };

  override render() {
    if (this.state.error) return this.props.fallback(this.retry, this.state.error);
    return this.props.children;
  }
}
