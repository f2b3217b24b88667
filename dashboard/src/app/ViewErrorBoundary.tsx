import { Component, type ReactNode } from "react";

interface Props {
  /** Rendered instead of the view when it throws (e.g. its chunk failed to download). */
  fallback: (error: unknown, reset: () => void) => ReactNode;
  /** Changing it (the path) clears the error, so navigating away recovers. */
  resetKey: string;
  children: ReactNode;
}

export class ViewErrorBoundary extends Component<Props, { error: unknown; key: string }> {
  state = { error: null as unknown, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: { error: unknown; key: string }) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  render() {
    if (this.state.error) return this.props.fallback(this.state.error, () => this.setState({ error: null }));
    return this.props.children;
  }
}
