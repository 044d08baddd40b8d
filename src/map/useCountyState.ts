import { useEffect, type RefObject } from "react";
import type { Map as MapLibreMap } from "maplibre-gl";
import { afterPaint } from "../ui/afterPaint";
import { setCountyState, type CountyStateKey } from "./countyState";
import { whenStyleReady } from "./whenStyleReady";

/**
 * Keeps one key of every county's state in step with `valueOf` (give a stable function: a new one applies again).
 * `afterPanelPaint`: the panel that the same click opened paints first (ui/afterPaint.ts), the map follows.
 * A restored WebGL context rebuilds the style from a snapshot that keeps no feature state: it is set again then.
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
    map.on("style.load", apply);
    let cancelWait = () => {};
    let cancelPaint = () => {};
    const wait = () => {
      cancelWait = whenStyleReady(map, apply);
    };
    if (afterPanelPaint) cancelPaint = afterPaint(wait);
    else wait();
    return () => {
      map.off("style.load", apply);
      cancelPaint();
      cancelWait();
    };
  }, [mapRef, codes, key, valueOf, afterPanelPaint]);
}
