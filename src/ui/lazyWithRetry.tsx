import { lazy, useEffect, type ComponentType, type LazyExoticComponent } from "react";

/** Lazy components whose chunk failed to load, each with how to make it load anew. */
const failed = new Set<() => void>();
/** Every lazy chunk's loader, for preloading; a chunk's own lazy parts register when it loads. */
const loaders = new Set<() => Promise<unknown>>();

/**
 * Loads every lazy chunk now (the page calls it when idle after the map is ready), so that the table, the charts and the
 * comparison still open when the network goes away after the first load: a module once loaded is imported again
 * from memory. Loops until no chunk brought new ones; failures are left for the chunk's own error boundary.
 */
export async function preloadLazyChunks(): Promise<void> {
  const done = new Set<() => Promise<unknown>>();
  for (let pending = [...loaders]; pending.length > 0; pending = [...loaders].filter((load) => !done.has(load))) {
    for (const load of pending) done.add(load);
    await Promise.allSettled(pending.map((load) => load()));
  }
}

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
  loaders.add(load);
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

/** Preloads the lazy chunks once `ready` (the map drawn) and the browser is idle: after what the reader came for, not before. */
export function usePreloadWhenIdle(ready: boolean, delayMs = 3000): void {
  useEffect(() => {
    if (!ready) return;
    let idle: number | undefined;
    const timer = setTimeout(() => {
      idle = requestIdleCallback(() => void preloadLazyChunks(), { timeout: 5000 });
    }, delayMs);
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [ready, delayMs]);
}
