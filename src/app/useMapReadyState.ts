import { useEffect, useState } from "react";

/** Past this, what waits for the map comes anyway: a map that never gets ready must not hold the panels back. */
export const MAP_READY_FALLBACK_MS = 5000;

/**
 * Is the map ready, for the MapReadyProvider: once a renderer has handed over
 * its handle (onReady), at once when no map is shown (the table view, no
 * geometry), and after MAP_READY_FALLBACK_MS whatever happens.
 */
export function useMapReadyState(handed: boolean, mapShown: boolean): boolean {
  const [timedOut, setTimedOut] = useState(false);
  useEffect(() => {
    if (handed || !mapShown) return;
    const timer = setTimeout(() => setTimedOut(true), MAP_READY_FALLBACK_MS);
    return () => clearTimeout(timer);
  }, [handed, mapShown]);
  return handed || !mapShown || timedOut;
}
