import { Component, type ErrorInfo, type ReactNode } from "react";
import { PRESENT_STRINGS } from "../i18n/present";
import type { Lang } from "../i18n/strings";
import { retryFailedImports } from "../ui/lazyWithRetry";

type Props = { lang: Lang; children: ReactNode };
type State = { error: Error | null; attempt: number };

/**
 * The presenter view's own boundary: whatever breaks it (a message the schema let through that the view could not
 * draw, a chunk that did not load), the window says so and offers "Återanslut", which starts the view afresh — a new
 * channel and a hello, so the presentation window tells it the state again. Never a white window until a reload.
 */
export class PresenterBoundary extends Component<Props, State> {
  state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error("[presenter view] failed:", error, info.componentStack);
  }

  reconnect() {
    retryFailedImports();
    this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));
  }

  render() {
    const t = PRESENT_STRINGS[this.props.lang];
    if (!this.state.error) return <PresenterAttempt key={this.state.attempt}>{this.props.children}</PresenterAttempt>;
    return (
      <main className="presenter presenter-message presenter-failed">
        <h1>{t.presenterTitle}</h1>
        <p role="alert" data-testid="presenter-failed">
          {t.presenterFailed}
        </p>
        <button type="button" onClick={() => this.reconnect()} data-testid="presenter-reconnect">
          {t.presenterReconnect}
        </button>
      </main>
    );
  }
}

/** Keyed by the attempt: a reconnect mounts the view anew, with its own channel and hello. */
function PresenterAttempt({ children }: { children: ReactNode }) {
  return children;
}
