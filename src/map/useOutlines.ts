import { useEffect, type RefObject } from "react";
import type { Map as MapLibreMap } from "maplibre-gl";
import { OUTLINE_LAYER, codesFilter } from "./outlineLayers";
import { afterPaint } from "../ui/afterPaint";
import { whenStyleReady } from "./whenStyleReady";
import { NO_OUTLINES, type Outlines } from "../domain/outlines";

/** Keeps the outline layers' filters in step with the choice; the map itself is never touched otherwise. */
export function useOutlines(mapRef: RefObject<MapLibreMap | null>, outlines: Outlines = NO_OUTLINES) {
  const key = `${outlines.land.join(",")}|${outlines.sea.join(",")}|${outlines.compared.join(",")}`;
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const [land = "", sea = "", compared = ""] = key.split("|");
    const list = (s: string) => (s ? s.split(",") : []);
    const apply = () => {
      map.setFilter(OUTLINE_LAYER.landNeighbours, codesFilter(list(land)));
      map.setFilter(OUTLINE_LAYER.seaNeighbours, codesFilter(list(sea)));
      map.setFilter(OUTLINE_LAYER.compared, codesFilter(list(compared)));
    };
    // After the panel that the same click opened has painted (src/ui/afterPaint.ts).
    return afterPaint(() => whenStyleReady(map, apply));
  }, [mapRef, key]);
}
