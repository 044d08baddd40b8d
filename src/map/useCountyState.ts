import { useEffect, useMemo, type RefObject } from "react";
import type { Map as MapLibreMap } from "maplibre-gl";
import { afterPaint } from "../ui/afterPaint";
import { flagOf, setCountyState, type CountyStateKey } from "./countyState";

/**
 * Keeps one key of every county's state in step with `valueOf` (give a stable function: a new one applies again).
 * `afterPanelPaint`: the panel that the same click opened paints first (ui/afterPaint.ts), the map follows.
 */
export function useCountyState(
  mapRef: RefObject<MapLibreMap | null>,
  codes: readonly string[],
  key: CountyStateKey,
  valueOf: (code: string) => string | number,
  { afterPanelPaint = false }: { afterPanelPaint?: boolean } = {},
) {
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const apply = () => setCountyState(map, codes, key, valueOf);
    // Set whenever the style is parsed: the first time, and after a restored WebGL context, whose rebuilt style
    // keeps no feature state. Before the first, there is nothing to set it on.
    map.on("style.load", apply);
    let cancelPaint = () => {};
    if (map.style?._loaded) {
      if (afterPanelPaint) cancelPaint = afterPaint(apply);
      else apply();
    }
    return () => {
      map.off("style.load", apply);
      cancelPaint();
    };
  }, [mapRef, codes, key, valueOf, afterPanelPaint]);
}

/** `key` is 1 on the counties in `flagged` and 0 on the rest (an outline's opacity); the same counties in a new array apply nothing. */
export function useCountyFlag(
  mapRef: RefObject<MapLibreMap | null>,
  codes: readonly string[],
  key: CountyStateKey,
  flagged: readonly string[],
  options?: { afterPanelPaint?: boolean },
) {
  const joined = flagged.join(",");
  const valueOf = useMemo(() => flagOf(joined ? joined.split(",") : []), [joined]);
  useCountyState(mapRef, codes, key, valueOf, options);
}
