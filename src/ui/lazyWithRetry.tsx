import { lazy, type ComponentType, type LazyExoticComponent } from "react";

/** Lazy components whose chunk failed to load, each with how to make it load anew. */
const failed = new Set<() => void>();

/**
 * Called by an error boundary before it renders its part again ("Try again",
 * or a new region): every chunk that failed to load is asked for anew on that
 * render (browsers fetch a failed dynamic import again). Not on React's own
 * re-render after an error, so a chunk that keeps failing shows the message
 * instead of being fetched in a loop.
 */
export function retryFailedImports(): void {
  const retries = [...failed];
  failed.clear();
  for (const retry of retries) retry();
}

/**
 * React.lazy for a chunk that can be loaded again after it failed (a dropped
 * connection, a redeploy while the page was open). React keeps a lazy
 * component's failed import for good, so plain React.lazy would fail again
 * at once on "Try again".
 */
export function lazyWithRetry<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  let current: LazyExoticComponent<ComponentType<P>>;
  const make = () => {
    current = lazy(() =>
      load().catch((error: unknown) => {
        failed.add(make);
        throw error;
      }),
    );
  };
  make();
  function Retryable(props: P) {
    const Current = current;
    return <Current {...props} />;
  }
  return Retryable;
}
