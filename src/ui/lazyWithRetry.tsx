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
 * render, under a fresh address where the failure named one. Not on React's own
 * re-render after an error, so a chunk that keeps failing shows the message
 * instead of being fetched in a loop.
 */
export function retryFailedImports(): void {
  const retries = [...failed];
  failed.clear();
  for (const retry of retries) retry();
}

/**
 * The address of the module a failed dynamic import asked for, where the browser names it in its message
 * (Chromium: "Failed to fetch dynamically imported module: <url>"; Firefox: "error loading dynamically imported
 * module: <url>"). Safari names none: there the same import is asked for again.
 */
export function failedModuleUrl(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module:?\s+(\S+)/u.exec(message)?.[1];
}

let attempts = 0;
/**
 * The same module under an address the browser has not seen: a failed import stays in the browser's module map for
 * good (current Chromium answers a second import() of the same address with the same failure, without a request), so
 * only a new address makes it ask the server again.
 */
export function freshModuleUrl(url: string): string {
  attempts += 1;
  return `${url}${url.includes("?") ? "&" : "?"}retry=${attempts}`;
}

type Module<P> = { default: ComponentType<P> };
const importUrl = <P,>(url: string) => import(/* @vite-ignore */ url) as Promise<Module<P>>;

/**
 * React.lazy for a chunk that can be loaded again after it failed (a dropped
 * connection, a redeploy while the page was open). React keeps a lazy
 * component's failed import for good, and so does the browser's module map,
 * so "Try again" asks for the chunk under a fresh address (`importAgain`
 * stands in for import() in unit tests).
 */
export function lazyWithRetry<P extends object>(
  load: () => Promise<Module<P>>,
  importAgain: (url: string) => Promise<Module<P>> = importUrl,
): ComponentType<P> {
  loaders.add(load);
  let current: LazyExoticComponent<ComponentType<P>>;
  /** The chunk's address, once a failure has named it. */
  let url: string | undefined;
  const make = () => {
    const known = url;
    const attempt = known === undefined ? load : () => importAgain(freshModuleUrl(known));
    current = lazy(() =>
      attempt().catch((error: unknown) => {
        url = failedModuleUrl(error) ?? url;
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

/**
 * A module's code (not a component) loaded on first use rather than with the map: loaded once, asked for anew under a
 * fresh address after a failure (as lazyWithRetry), and preloaded with the lazy chunks when the page is idle after the
 * map is ready, so that it is there when the network has gone. `importAgain` stands in for import() in unit tests.
 */
export function lazyModule<M>(
  load: () => Promise<M>,
  importAgain: (url: string) => Promise<M> = (url) => import(/* @vite-ignore */ url),
): () => Promise<M> {
  let loading: Promise<M> | undefined;
  /** The chunk's address, once a failure has named it. */
  let url: string | undefined;
  const get = (): Promise<M> => {
    if (!loading) {
      const known = url;
      loading = (known === undefined ? load() : importAgain(freshModuleUrl(known))).catch((error: unknown) => {
        url = failedModuleUrl(error) ?? url;
        loading = undefined;
        throw error;
      });
    }
    return loading;
  };
  loaders.add(get);
  return get;
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
