import { Component, type ErrorInfo, type ReactNode } from "react";
import type { Lang } from "../i18n/strings";
import { RESILIENCE_STRINGS } from "../i18n/resilience";
import { retryFailedImports } from "./lazyWithRetry";
import "./errorBoundary.css";

type Props = {
  lang: Lang;
  /** What this boundary holds, for the log ("map", "region panel"…). */
  name: string;
  /** A change of any of these (a new region, a new dataset) clears a past failure. */
  resetKeys?: readonly unknown[];
  children: ReactNode;
};

type State = { error: Error | null };

/**
 * Keeps a failure inside one part of the page: a chart that throws shows a
 * short message and a retry button, and the map and other panels stay up.
 * React has error boundaries only as class components.
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // The console keeps the detail for whoever debugs it; the page keeps working.
    console.error(`[${this.props.name}] failed:`, error, info.componentStack);
  }

  componentDidUpdate(previous: Props) {
    const before = previous.resetKeys ?? [];
    const now = this.props.resetKeys ?? [];
    const changed = before.length !== now.length || now.some((key, i) => !Object.is(key, before[i]));
    if (this.state.error && changed) this.retry();
  }

  /** Renders the part again; a chunk that had failed to load is fetched anew (lazyWithRetry). */
  retry() {
    retryFailedImports();
    this.setState({ error: null });
  }

  render() {
    if (!this.state.error) return this.props.children;
    const t = RESILIENCE_STRINGS[this.props.lang];
    return (
      <div role="alert" className="error-boundary" data-testid="error-boundary" data-name={this.props.name}>
        <p>{t.panelFailed}</p>
        <button type="button" onClick={() => this.retry()}>
          {t.retry}
        </button>
      </div>
    );
  }
}
