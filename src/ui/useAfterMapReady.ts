import { useEffect, useState } from "react";

const MARK = "rus:map-ready";
/** Past this, charts load anyway: a map that never gets ready must not hold them back. */
const FALLBACK_MS = 5000;

const markSet = () => typeof performance !== "undefined" && performance.getEntriesByName(MARK).length > 0;

/**
 * True once the map has first been drawn (its User Timing mark), or at once
 * when no map is on the page (table view, no geometry, component tests).
 * Charts wait for it so recharts (~115 KB gzip) is not fetched and parsed
 * while the map is still starting — the map comes first on a projector.
 */
export function useAfterMapReady(): boolean {
  const [ready, setReady] = useState(markSet);
  useEffect(() => {
    if (ready) return;
    const done = () => setReady(true);
    const noMap = !document.querySelector('[data-testid="map"]');
    // Deferred a tick: the map's container and the mark may arrive in this same commit.
    const timer = setTimeout(done, noMap || markSet() ? 0 : FALLBACK_MS);
    let observer: PerformanceObserver | undefined;
    if (typeof PerformanceObserver !== "undefined") {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName(MARK).length > 0) done();
      });
      observer.observe({ type: "mark" });
    }
    return () => {
      clearTimeout(timer);
      observer?.disconnect();
    };
  }, [ready]);
  return ready;
}
