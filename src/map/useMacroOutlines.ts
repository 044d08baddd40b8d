import { useEffect, type RefObject } from "react";
import type { FeatureCollection } from "geojson";
import type { LayerSpecification, Map as MapLibreMap } from "maplibre-gl";
import type { MacroBoundaries } from "../geo/macroBoundaries";
import type { MacroGroupingId } from "../geo/macroRegions";
import { LAYER } from "./mapStyle";

export const MACRO_SOURCE = "macro-boundaries";
export const MACRO_LAYER = "macro-boundaries-line";
/** Thick and dark grey: above the white county lines, below the selection's black outline. */
export const MACRO_LINE_COLOR = "#3a3a3a";
export const MACRO_LINE_WIDTH = 3.2;

const layer: LayerSpecification = {
  id: MACRO_LAYER,
  type: "line",
  source: MACRO_SOURCE,
  layout: { visibility: "none", "line-join": "round", "line-cap": "round" },
  filter: ["==", ["get", "grouping"], ""],
  paint: { "line-color": MACRO_LINE_COLOR, "line-width": MACRO_LINE_WIDTH },
};

/**
 * The borders between NUTS 2 regions or landsdelar: one source and one line
 * layer, added once when the map has loaded; the choice only changes the
 * layer's filter and visibility (the map is never re-created, no setData).
 */
export function useMacroOutlines(
  mapRef: RefObject<MapLibreMap | null>,
  boundaries: MacroBoundaries | undefined,
  macro: MacroGroupingId | undefined,
) {
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !boundaries) return;
    const apply = () => {
      if (!map.getSource(MACRO_SOURCE)) {
        map.addSource(MACRO_SOURCE, { type: "geojson", data: boundaries as FeatureCollection });
        map.addLayer(layer, LAYER.focused);
      }
      map.setFilter(MACRO_LAYER, ["==", ["get", "grouping"], macro ?? ""]);
      map.setLayoutProperty(MACRO_LAYER, "visibility", macro ? "visible" : "none");
    };
    if (map.isStyleLoaded()) apply();
    else map.once("load", apply);
  }, [mapRef, boundaries, macro]);
}
